/** CoreMedia, CoreVideo and CoreAudio structs and functions, and the mapping of their formats. */
package io.mediacapture.macos.media;
