/**
 * The AVFoundation backend: device discovery, capture sessions, sample-buffer delegates, permission and
 * hot-plug, on top of the Objective-C bridge in {@code io.mediacapture.macos.objc}.
 */
package io.mediacapture.macos.avfoundation;
