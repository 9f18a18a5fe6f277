package io.mediacapture.macos.avfoundation;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.macos.objc.ObjcException;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.AvailabilityProbe;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import java.util.Locale;
import java.util.Set;

/**
 * Cameras and microphones on macOS through AVFoundation, called through the Objective-C runtime with FFM.
 * On any other OS it is unavailable ("not macOS") and loads nothing. Priority 100: the only backend there.
 */
public final class AVFoundationBackendProvider implements BackendProvider {
    /** The only backend of its kind on this OS. */
    static final int PRIORITY = 100;

    private final AvailabilityProbe availability =
            new AvailabilityProbe(() -> probe(System.getProperty("os.name", "")));

    @Override
    public String name() {
        return "avfoundation";
    }

    @Override
    public Set<MediaDeviceKind> kinds() {
        return Set.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT);
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Availability availability() {
        return availability.get();
    }

    /** Visible for tests: the verdict for an OS name, loading frameworks only when it is macOS. */
    static Availability probe(String osName) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return Availability.unavailable("not macOS (this is " + osName + "); AVFoundation exists only there");
        }
        try {
            AVCapture.get();
            return Availability.available();
        } catch (ObjcException | LinkageError e) {
            return Availability.unavailable("AVFoundation cannot be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public Backend open(BackendContext context) throws BackendException {
        availability.require();
        return AVFoundationBackend.open(context);
    }
}
