/** macOS backend: AVFoundation and CoreMedia through the Objective-C runtime. */
module io.mediacapture.macos {
    requires io.mediacapture.core;
}
