/**
 * The macOS backend (AVFoundation, CoreMedia, CoreVideo through the Objective-C runtime and FFM). The provider
 * is {@link io.mediacapture.macos.avfoundation.AVFoundationBackendProvider}; see the module README for what has
 * and has not been run.
 */
package io.mediacapture.macos;
