package io.mediacapture.internal.photo;

import io.mediacapture.VideoFrame;
import io.mediacapture.internal.Log;
import io.mediacapture.spi.PhotoEncoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The photo encoders: the built-in ImageIO ones and those other modules provide ({@link PhotoEncoder}), looked up
 * once. For a MIME type they are tried by priority, highest first, until one succeeds.
 */
public final class PhotoEncoders {
    private static final System.Logger LOG = Log.get("photo");
    private static volatile List<PhotoEncoder> all;

    private PhotoEncoders() {
    }

    static List<PhotoEncoder> all() {
        List<PhotoEncoder> a = all;
        if (a == null) {
            List<PhotoEncoder> found = new ArrayList<>(List.of(ImageIoPhotoEncoder.jpeg(), ImageIoPhotoEncoder.png()));
            try {
                for (PhotoEncoder e : ServiceLoader.load(PhotoEncoder.class, PhotoEncoders.class.getClassLoader())) {
                    found.add(e);
                }
            } catch (java.util.ServiceConfigurationError e) {
                LOG.log(System.Logger.Level.WARNING, "a photo encoder provider failed to load", e);
            }
            found.sort(Comparator.comparingInt(PhotoEncoder::priority).reversed());
            a = List.copyOf(found);
            all = a;
        }
        return a;
    }

    /** Whether any encoder makes {@code mimeType}. */
    public static boolean supports(String mimeType) {
        return all().stream().anyMatch(e -> e.mimeType().equals(mimeType));
    }

    /**
     * Encodes with the best available encoder of {@code mimeType}, falling back on failure.
     *
     * @throws IOException when every encoder of the type fails (the last failure, with the others suppressed)
     */
    public static byte[] encode(VideoFrame frame, String mimeType) throws IOException {
        IOException failure = null;
        for (PhotoEncoder e : all()) {
            if (!e.mimeType().equals(mimeType) || !e.isAvailable()) {
                continue;
            }
            try {
                return e.encode(frame);
            } catch (IOException | RuntimeException ex) {
                LOG.log(System.Logger.Level.DEBUG, "photo encoder " + e + " failed; trying the next", ex);
                IOException io = ex instanceof IOException i ? i : new IOException(ex.getMessage(), ex);
                if (failure != null) {
                    io.addSuppressed(failure);
                }
                failure = io;
            }
        }
        throw failure != null ? failure : new IOException("no photo encoder makes " + mimeType);
    }
}
