package io.mediacapture.linux.mjpeg;

import io.mediacapture.bindings.NativeLibrary;
import io.mediacapture.bindings.NativeLibraryUnavailableException;
import io.mediacapture.bindings.turbojpeg.turbojpeg_h;
import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * Whether libjpeg-turbo's TurboJPEG library ({@code libturbojpeg.so.0}, Debian {@code libturbojpeg0}) can decode
 * here. Nothing is loaded until the first question; the answer is computed once. Without the library (or with
 * {@value #PROPERTY}{@code =imageio}) Motion-JPEG goes to core's decoder (javax.imageio) instead.
 */
public final class TurboJpeg {
    /** System property: {@code imageio} forces core's javax.imageio decoder (for comparisons and as an escape hatch). */
    public static final String PROPERTY = "io.mediacapture.mjpeg.decoder";
    private static final System.Logger LOG = System.getLogger("io.mediacapture.mjpeg");
    /** Loaded through the bindings' one loader, as libpipewire and libasound are. */
    private static final NativeLibrary LIBRARY =
            new NativeLibrary("libturbojpeg.so.0", "Debian package libturbojpeg0", turbojpeg_h.class);
    private static volatile Optional<String> unavailable;

    private TurboJpeg() {
    }

    /** Why TurboJPEG is not used here, or empty when it is. Loads the library on the first call. */
    public static Optional<String> unavailableReason() {
        Optional<String> r = unavailable;
        if (r == null) {
            synchronized (TurboJpeg.class) {
                r = unavailable;
                if (r == null) {
                    r = probe();
                    unavailable = r;
                    String d = describe(r);
                    LOG.log(System.Logger.Level.INFO, d);
                }
            }
        }
        return r;
    }

    /** Whether frames are decoded with TurboJPEG. */
    public static boolean available() {
        return unavailableReason().isEmpty();
    }

    /** One line for the backends' availability and the log: which decoder Motion-JPEG frames go through. */
    public static String decoderInUse() {
        return describe(unavailableReason());
    }

    /**
     * Why {@code libturbojpeg.so.0} cannot be loaded here, or empty when it can; unlike {@link #unavailableReason()}
     * this ignores {@value #PROPERTY}, which chooses the Motion-JPEG decoder only. The photo encoder
     * ({@code io.mediacapture.linux.photo.TurboJpegPhotoEncoder}) asks this, so that the library is loaded by this
     * one loader whatever uses it first.
     */
    public static Optional<String> libraryUnavailableReason() {
        try {
            LIBRARY.load();
            return Optional.empty();
        } catch (NativeLibraryUnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String describe(Optional<String> reason) {
        return reason.map(why -> "MJPEG decoder: javax.imageio (" + why + ")")
                .orElse("MJPEG decoder: libjpeg-turbo (libturbojpeg.so.0)");
    }

    private static Optional<String> probe() {
        if ("imageio".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return Optional.of(PROPERTY + "=imageio");
        }
        try {
            LIBRARY.load();
        } catch (NativeLibraryUnavailableException e) {
            return Optional.of(e.getMessage());
        }
        MemorySegment h = turbojpeg_h.tjInitDecompress();
        if (h.equals(MemorySegment.NULL)) {
            return Optional.of("tjInitDecompress failed");
        }
        turbojpeg_h.tjDestroy(h);
        return Optional.empty();
    }
}
