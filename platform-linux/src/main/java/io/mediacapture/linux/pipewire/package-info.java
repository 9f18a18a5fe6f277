/**
 * The PipeWire backend ({@link io.mediacapture.linux.pipewire.PipeWireBackendProvider}, name {@code pipewire}):
 * capture nodes of media class {@code Video/Source}, {@code Audio/Source} and {@code Audio/Source/Virtual} from
 * the registry, one {@code pw_stream} per opened source, zero-copy frames. See platform-linux/README.md.
 */
package io.mediacapture.linux.pipewire;
