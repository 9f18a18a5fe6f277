/** Windows backend: Media Foundation cameras and WASAPI microphones through COM vtables. */
module io.mediacapture.windows {
    requires io.mediacapture.core;
}
