/**
 * The PipeWire backend ({@link io.mediacapture.linux.pipewire.PipeWireBackendProvider}, name {@code pipewire}):
 * capture nodes of media class {@code Video/Source}, {@code Audio/Source} and {@code Audio/Source/Virtual} from
 * the registry, one {@code pw_stream} per opened source, zero-copy frames. As in the other backends,
 * {@link io.mediacapture.linux.pipewire.PipeWireSource} captures, {@link io.mediacapture.linux.pipewire.PwEnumerator}
 * lists the devices and what they offer, {@link io.mediacapture.linux.pipewire.PwWatcher} follows the registry
 * and notices devices coming and going. See platform-linux/README.md.
 */
package io.mediacapture.linux.pipewire;
