package io.mediacapture.linux.v4l2;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.linux.LinuxBackendProvider;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.AvailabilityProbe;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Cameras through V4L2, the kernel's video API: the camera backend where no PipeWire daemon runs
 * (servers, embedded boards, containers given {@code /dev/video*}). Priority {@value #PRIORITY}, below
 * PipeWire, so {@code MediaDevices.system()} picks it only without a reachable daemon;
 * {@code -Dio.mediacapture.backend=v4l2} forces it. Available on Linux whenever {@code /dev} can be read;
 * having no camera is an empty device list, not unavailability.
 */
public final class V4l2BackendProvider extends LinuxBackendProvider {
    static final String NAME = "v4l2";
    static final int PRIORITY = PRIORITY_DIRECT;
    /** Computed once per JVM, when first asked for. */
    private static final AvailabilityProbe AVAILABILITY = onLinux("V4L2", V4l2BackendProvider::probe);

    /** For {@link java.util.ServiceLoader}; loads nothing. Every instance shares one probe. */
    public V4l2BackendProvider() {
        super(NAME, Set.of(MediaDeviceKind.VIDEOINPUT), PRIORITY, AVAILABILITY);
    }

    private static Availability probe() {
        Path dev = Path.of("/dev");
        if (!Files.isDirectory(dev) || !Files.isReadable(dev)) {
            return Availability.unavailable("/dev cannot be read, so no camera can be found");
        }
        try {
            Class.forName("io.mediacapture.bindings.libc.inline.Syscalls", true, V4l2BackendProvider.class.getClassLoader());
        } catch (ReflectiveOperationException | LinkageError e) {
            return Availability.unavailable("the C library calls V4L2 needs cannot be linked: " + e, e);
        }
        return Availability.available(io.mediacapture.linux.mjpeg.TurboJpeg.decoderInUse());
    }

    @Override
    protected Backend openAvailable(BackendContext context) throws BackendException {
        return V4l2Backend.open(context);
    }
}
