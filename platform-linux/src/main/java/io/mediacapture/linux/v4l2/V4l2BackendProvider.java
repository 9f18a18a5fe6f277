package io.mediacapture.linux.v4l2;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.AvailabilityProbe;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Cameras through V4L2, the kernel's video API: the camera backend where no PipeWire daemon runs
 * (servers, embedded boards, containers given {@code /dev/video*}). Priority 50, below PipeWire (100), so
 * {@code MediaDevices.system()} picks it only without a reachable daemon; {@code -Dio.mediacapture.backend=v4l2}
 * forces it. Available on Linux whenever {@code /dev} can be read; having no camera is an empty device
 * list, not unavailability.
 */
public final class V4l2BackendProvider implements BackendProvider {
    private final AvailabilityProbe availability = new AvailabilityProbe(V4l2BackendProvider::probe);

    @Override
    public String name() {
        return "v4l2";
    }

    @Override
    public Set<MediaDeviceKind> kinds() {
        return Set.of(MediaDeviceKind.VIDEOINPUT);
    }

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public Availability availability() {
        return availability.get();
    }

    private static Availability probe() {
        String os = System.getProperty("os.name", "");
        if (!os.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Availability.unavailable("V4L2 is a Linux API; this is " + os);
        }
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
    public Backend open(BackendContext context) throws BackendException {
        availability.require();
        return V4l2Backend.open(context);
    }
}
