/** Windows backend: Media Foundation cameras and WASAPI microphones through COM vtables. */
module io.mediacapture.windows {
    requires io.mediacapture.core;

    provides io.mediacapture.spi.BackendProvider with io.mediacapture.windows.mf.MediaFoundationBackendProvider,
            io.mediacapture.windows.wasapi.WasapiBackendProvider;
}
