/** macOS backend: AVFoundation and CoreMedia through the Objective-C runtime, with FFM. */
module io.mediacapture.macos {
    requires io.mediacapture.core;

    provides io.mediacapture.spi.BackendProvider with io.mediacapture.macos.avfoundation.AVFoundationBackendProvider;
}
