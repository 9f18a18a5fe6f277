package io.mediacapture.linux.photo;

import static io.mediacapture.bindings.turbojpeg.turbojpeg_h.*;

import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.linux.mjpeg.TurboJpeg;
import io.mediacapture.spi.PhotoEncoder;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JPEG photos through libjpeg-turbo's TurboJPEG API ({@code libturbojpeg.so.0}), ahead of core's ImageIO encoder
 * (priority {@value #PRIORITY} against its 0) wherever the library loads; without it {@link #isAvailable()} is false
 * and core's encoder makes the photo.
 *
 * <p>How a frame gets to the encoder ({@link Route}): TurboJPEG writes JFIF, that is YCbCr with the BT.601 matrix in
 * full range. Frames whose colour space says exactly that (Motion-JPEG cameras' frames carry
 * {@link VideoColorSpace#JPEG}) go in as YCbCr: I420 and I422 straight from their planes
 * ({@code tjCompressFromYUVPlanes}, 4:2:0 and 4:2:2), NV12, YUY2 and UYVY after one conversion to I420 or I422 by
 * core ({@link VideoFrame#convertTo}, which keeps the samples). Any other YUV frame (limited range, BT.709, or
 * untagged, which the library takes as limited range like Chromium) would come out washed out or tinted if its
 * samples were passed through, so core converts it to RGB first, honouring its colour space. Packed RGB frames go
 * in as they are ({@code tjCompress2}, 4:2:0 like ImageIO's writer and browsers).
 *
 * <p>Quality {@value #QUALITY}, the ImageIO encoder's 0.92 (what browsers default to). Native memory: one confined
 * arena per photo holds the output buffer (sized by {@code tjBufSize}, so TurboJPEG never reallocates it:
 * {@code TJFLAG_NOREALLOC}) and the argument arrays; the TurboJPEG handle is made and destroyed per photo. Both go
 * on every path out, errors included. Stateless, so thread-safe.
 */
public final class TurboJpegPhotoEncoder implements PhotoEncoder {
    static final int QUALITY = 92;
    static final int PRIORITY = 100;
    private static final System.Logger LOG = System.getLogger("io.mediacapture.photo");
    /** Photos this class has made, for tests that check which encoder won. */
    private static final AtomicLong ENCODED = new AtomicLong();

    /** How a frame reaches TurboJPEG (see the class comment). */
    enum Route {
        /** I420 or I422 JFIF samples, straight from the frame's planes. */
        YUV_PLANES,
        /** NV12, YUY2 or UYVY JFIF samples, converted once to I420 or I422. */
        YUV_CONVERTED,
        /** Packed RGB, straight from the frame. */
        RGB,
        /** YUV that is not JFIF (limited range, another matrix, untagged), converted once to BGRX. */
        RGB_CONVERTED
    }

    /** For ServiceLoader. */
    public TurboJpegPhotoEncoder() {
    }

    @Override
    public String mimeType() {
        return "image/jpeg";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public boolean isAvailable() {
        return TurboJpeg.libraryUnavailableReason().isEmpty();
    }

    /** How many photos this class has encoded in this JVM. */
    static long encodedCount() {
        return ENCODED.get();
    }

    /** The way {@code frame} goes to TurboJPEG. */
    static Route route(VideoFrame frame) {
        VideoPixelFormat f = frame.format();
        if (!f.isYuv()) {
            return Route.RGB;
        }
        if (!isJfif(frame.colorSpace())) {
            return Route.RGB_CONVERTED;
        }
        return f == VideoPixelFormat.I420 || f == VideoPixelFormat.I422 ? Route.YUV_PLANES : Route.YUV_CONVERTED;
    }

    /** Whether YCbCr samples in {@code space} mean what JFIF's do: BT.601 matrix, full range. */
    static boolean isJfif(VideoColorSpace space) {
        String matrix = space.matrix().orElse("");
        return space.fullRange().orElse(false) && (matrix.equals("smpte170m") || matrix.equals("bt470bg"));
    }

    @Override
    public byte[] encode(VideoFrame frame) throws IOException {
        Objects.requireNonNull(frame, "frame");
        var missing = TurboJpeg.libraryUnavailableReason();
        if (missing.isPresent()) {
            throw new IOException("libjpeg-turbo is not available: " + missing.get());
        }
        Route route = route(frame);
        byte[] jpeg = switch (route) {
            case YUV_PLANES -> encodeYuv(frame);
            case YUV_CONVERTED -> {
                VideoPixelFormat planar = frame.format() == VideoPixelFormat.NV12 ? VideoPixelFormat.I420
                        : VideoPixelFormat.I422;
                try (VideoFrame converted = frame.convertTo(planar)) {
                    yield encodeYuv(converted);
                }
            }
            case RGB -> encodeRgb(frame);
            case RGB_CONVERTED -> {
                try (VideoFrame converted = frame.convertTo(VideoPixelFormat.BGRX)) {
                    yield encodeRgb(converted);
                }
            }
        };
        ENCODED.incrementAndGet();
        LOG.log(System.Logger.Level.DEBUG, () -> "photo: " + frame.codedWidth() + "x" + frame.codedHeight() + " "
                + frame.format() + " -> " + jpeg.length + " bytes of JPEG by libjpeg-turbo (" + route + ")");
        return jpeg;
    }

    /** An I420 (4:2:0) or I422 (4:2:2) frame of JFIF samples, from its planes. */
    private static byte[] encodeYuv(VideoFrame frame) throws IOException {
        int subsampling = frame.format() == VideoPixelFormat.I420 ? TJSAMP_420() : TJSAMP_422();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment planes = arena.allocate(ValueLayout.ADDRESS, 3);
            MemorySegment strides = arena.allocate(ValueLayout.JAVA_INT, 3);
            for (int p = 0; p < 3; p++) {
                // The addresses go in an array, so nothing keeps the views' scope alive for the call: the frame is
                // the caller's and stays open until encode returns (PhotoEncoder's contract).
                planes.setAtIndex(ValueLayout.ADDRESS, p, frame.plane(p));
                strides.setAtIndex(ValueLayout.JAVA_INT, p, frame.stride(p));
            }
            return compress(arena, frame.codedWidth(), frame.codedHeight(), subsampling, (handle, out, size) ->
                    tjCompressFromYUVPlanes(handle, planes, frame.codedWidth(), strides, frame.codedHeight(),
                            subsampling, out, size, QUALITY, TJFLAG_NOREALLOC()));
        }
    }

    /** A packed RGB frame (RGB24, BGR24, RGBA, RGBX, BGRA, BGRX; alpha is dropped), as 4:2:0. */
    private static byte[] encodeRgb(VideoFrame frame) throws IOException {
        int pixelFormat = switch (frame.format()) {
            case RGB24 -> TJPF_RGB();
            case BGR24 -> TJPF_BGR();
            case RGBA, RGBX -> TJPF_RGBX();
            case BGRA, BGRX -> TJPF_BGRX();
            default -> throw new IllegalArgumentException(frame.format() + " is not packed RGB");
        };
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pixels = frame.plane(0); // frames' planes are native memory (VideoFrame.plane)
            return compress(arena, frame.codedWidth(), frame.codedHeight(), TJSAMP_420(), (handle, out, size) ->
                    tjCompress2(handle, pixels, frame.codedWidth(), frame.stride(0), frame.codedHeight(), pixelFormat,
                            out, size, TJSAMP_420(), QUALITY, TJFLAG_NOREALLOC()));
        }
    }

    /** One TurboJPEG compression call, given a handle, {@code unsigned char **jpegBuf} and {@code unsigned long *}. */
    @FunctionalInterface
    private interface Compression {
        int run(MemorySegment handle, MemorySegment jpegBuf, MemorySegment jpegSize);
    }

    /**
     * Runs {@code compression} with a fresh handle into a worst-case output buffer from {@code arena}.
     *
     * @throws IOException naming TurboJPEG's error
     */
    private static byte[] compress(Arena arena, int width, int height, int subsampling, Compression compression)
            throws IOException {
        long capacity = tjBufSize(width, height, subsampling);
        if (capacity <= 0) {
            throw new IOException("libjpeg-turbo cannot encode a " + width + "x" + height + " JPEG (tjBufSize failed)");
        }
        MemorySegment out = arena.allocate(capacity);
        MemorySegment jpegBuf = arena.allocate(ValueLayout.ADDRESS);
        jpegBuf.set(ValueLayout.ADDRESS, 0, out);
        MemorySegment jpegSize = arena.allocate(ValueLayout.JAVA_LONG);
        jpegSize.set(ValueLayout.JAVA_LONG, 0, capacity);
        MemorySegment handle = tjInitCompress();
        if (handle.equals(MemorySegment.NULL)) {
            throw new IOException("libjpeg-turbo: tjInitCompress failed");
        }
        try {
            if (compression.run(handle, jpegBuf, jpegSize) != 0) {
                throw new IOException("libjpeg-turbo could not encode the " + width + "x" + height + " photo: "
                        + errorString(handle));
            }
            long size = jpegSize.get(ValueLayout.JAVA_LONG, 0);
            if (!jpegBuf.get(ValueLayout.ADDRESS, 0).equals(out) || size <= 0 || size > capacity) {
                // NOREALLOC promises neither happens; a library that broke it must not make us read stray memory.
                throw new IOException("libjpeg-turbo returned " + size + " bytes outside the " + capacity
                        + "-byte output buffer");
            }
            return out.asSlice(0, size).toArray(ValueLayout.JAVA_BYTE);
        } finally {
            tjDestroy(handle);
        }
    }

    private static String errorString(MemorySegment handle) {
        MemorySegment m = tjGetErrorStr2(handle);
        return m.equals(MemorySegment.NULL) ? "unknown TurboJPEG error" : m.reinterpret(1024).getString(0);
    }

    @Override
    public String toString() {
        return "TurboJpegPhotoEncoder[libturbojpeg.so.0, quality " + QUALITY + "]";
    }
}
