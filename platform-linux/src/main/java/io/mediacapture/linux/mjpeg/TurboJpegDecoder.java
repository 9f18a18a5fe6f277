package io.mediacapture.linux.mjpeg;

import static io.mediacapture.bindings.turbojpeg.turbojpeg_h.*;

import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Decodes JPEGs of one negotiated size with TurboJPEG straight into the planes of an I420 or I422 frame: the JPEG's
 * own YCbCr samples, untouched (no RGB round trip, no range map): the frames are tagged as what they are,
 * {@link VideoColorSpace#JPEG} (BT.601 matrix, full range), as Chromium does, and every conversion to RGB in the
 * library honours that. 4:2:0 JPEGs decode into the planes of an I420 frame and 4:2:2 JPEGs (the webcam convention)
 * into those of an I422 frame, directly; other subsamplings (4:4:4, 4:4:0, 4:1:1) decode their chroma into scratch
 * planes that are brought to 4:2:0. {@link #format()} says which format the last decoded frame has.
 *
 * <p>The header is read first: a JPEG that declares another size than the negotiated one is refused before
 * anything is decoded, so no input can make it allocate (all memory is allocated here, once, for the negotiated
 * size). Warnings are errors (TJFLAG_STOPONWARNING): a truncated or corrupt JPEG is refused, never delivered
 * half-grey. Progressive JPEGs are limited to libjpeg-turbo's scan limit (TJFLAG_LIMITSCANS).
 *
 * <p>Owned by one thread (not thread-safe); {@link #close()} frees the handle and scratch memory.
 */
public final class TurboJpegDecoder implements AutoCloseable {
    private static final int FLAGS = TJFLAG_STOPONWARNING() | TJFLAG_LIMITSCANS();

    private final int width;
    private final int height;
    private final int chromaWidth;
    private final int chromaHeight;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment handle;
    private final MemorySegment header; // width, height, subsampling, colour space
    private final MemorySegment headerWidth;
    private final MemorySegment headerHeight;
    private final MemorySegment headerSubsampling;
    private final MemorySegment headerColourSpace;
    private final MemorySegment planes; // unsigned char *[3]
    private final MemorySegment strides; // int[3]
    private MemorySegment scratch; // chroma planes of non-4:2:0 JPEGs, allocated on first need
    private final byte[] row0;
    private final byte[] row1;
    private final byte[] out;
    private VideoPixelFormat format = VideoPixelFormat.I420;

    /** @throws IllegalStateException when TurboJPEG cannot be initialised */
    public TurboJpegDecoder(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.chromaWidth = (width + 1) / 2;
        this.chromaHeight = (height + 1) / 2;
        MemorySegment h = tjInitDecompress();
        if (h.equals(MemorySegment.NULL)) {
            arena.close();
            throw new IllegalStateException("tjInitDecompress failed");
        }
        handle = h;
        header = arena.allocate(ValueLayout.JAVA_INT, 4);
        headerWidth = header.asSlice(0, 4);
        headerHeight = header.asSlice(4, 4);
        headerSubsampling = header.asSlice(8, 4);
        headerColourSpace = header.asSlice(12, 4);
        planes = arena.allocate(ValueLayout.ADDRESS, 3);
        strides = arena.allocate(ValueLayout.JAVA_INT, 3);
        row0 = new byte[width];
        row1 = new byte[width];
        out = new byte[width];
    }

    /** The TJSAMP_* chroma subsampling of the last JPEG whose header was read (for tests and diagnostics). */
    int lastSubsampling() {
        return headerSubsampling.get(ValueLayout.JAVA_INT, 0);
    }

    /** Bytes of the largest packed frame this decoder writes (I422); an I420 frame uses the start of them. */
    public long frameBytes() {
        return VideoPixelFormat.I422.frameBytes(width, height);
    }

    /** The format of the last frame {@link #decode} decoded: I422 for 4:2:2 JPEGs, else I420. */
    public VideoPixelFormat format() {
        return format;
    }

    /**
     * Decodes the first {@code length} bytes of {@code jpeg} into the packed frame at the start of {@code dst}
     * ({@link #frameBytes()} bytes), in {@link #format()}.
     *
     * The samples are the JPEG's own (JFIF: BT.601, full range): frames made of them carry
     * {@link VideoColorSpace#JPEG}.
     *
     * @return null when the frame was decoded, else why it was refused (nothing usable was written)
     */
    public String decode(MemorySegment jpeg, long length, MemorySegment dst) {
        if (length < 4 || length > jpeg.byteSize()) {
            return "a JPEG of " + length + " bytes";
        }
        if (!dst.isNative() || !jpeg.isNative()) {
            throw new IllegalArgumentException("TurboJPEG reads and writes native memory only");
        }
        if (dst.byteSize() < frameBytes()) {
            throw new IllegalArgumentException("destination of " + dst.byteSize() + " bytes for " + frameBytes());
        }
        if (tjDecompressHeader3(handle, jpeg, length, headerWidth, headerHeight, headerSubsampling,
                headerColourSpace) != 0) {
            return "corrupt JPEG header: " + error();
        }
        int jw = header.getAtIndex(ValueLayout.JAVA_INT, 0);
        int jh = header.getAtIndex(ValueLayout.JAVA_INT, 1);
        int sub = header.getAtIndex(ValueLayout.JAVA_INT, 2);
        int space = header.getAtIndex(ValueLayout.JAVA_INT, 3);
        if (jw != width || jh != height) {
            return "a JPEG of " + jw + "x" + jh + " where " + width + "x" + height + " was negotiated";
        }
        if (space != TJCS_YCbCr() && space != TJCS_GRAY()) {
            return "a JPEG in colour space " + space + " (only YCbCr and grey)";
        }
        long ySize = (long) width * height;
        int hs;
        int vs;
        if (sub == TJSAMP_420()) {
            hs = 2;
            vs = 2;
        } else if (sub == TJSAMP_422()) {
            hs = 2;
            vs = 1;
        } else if (sub == TJSAMP_444()) {
            hs = 1;
            vs = 1;
        } else if (sub == TJSAMP_440()) {
            hs = 1;
            vs = 2;
        } else if (sub == TJSAMP_411()) {
            hs = 4;
            vs = 1;
        } else if (sub == TJSAMP_GRAY()) {
            hs = 0;
            vs = 0;
        } else {
            return "a JPEG with chroma subsampling " + sub;
        }
        boolean direct = sub == TJSAMP_420() || sub == TJSAMP_422() || sub == TJSAMP_GRAY();
        VideoPixelFormat decoded = sub == TJSAMP_422() ? VideoPixelFormat.I422 : VideoPixelFormat.I420;
        long cSize = (long) chromaWidth * decoded.planeRows(1, height);
        int sw = hs == 0 ? 0 : (width + hs - 1) / hs;
        int sh = vs == 0 ? 0 : (height + vs - 1) / vs;
        long plane = (long) sw * sh;
        // Plane addresses as plain longs (unsigned char *[3]): no segment per plane per frame.
        long base = dst.address();
        long uAddress = base + ySize;
        long vAddress = base + ySize + cSize;
        if (!direct) {
            if (scratch == null) {
                scratch = arena.allocate(2L * width * height); // the largest chroma (4:4:4), once
            }
            uAddress = scratch.address();
            vAddress = scratch.address() + plane;
        }
        planes.setAtIndex(ValueLayout.JAVA_LONG, 0, base);
        planes.setAtIndex(ValueLayout.JAVA_LONG, 1, uAddress);
        planes.setAtIndex(ValueLayout.JAVA_LONG, 2, vAddress);
        strides.setAtIndex(ValueLayout.JAVA_INT, 0, width);
        strides.setAtIndex(ValueLayout.JAVA_INT, 1, direct ? chromaWidth : sw);
        strides.setAtIndex(ValueLayout.JAVA_INT, 2, direct ? chromaWidth : sw);
        if (tjDecompressToYUVPlanes(handle, jpeg, length, planes, width, strides, height, FLAGS) != 0) {
            return "corrupt JPEG: " + error();
        }
        format = decoded;
        if (sub == TJSAMP_GRAY()) {
            dst.asSlice(ySize, 2 * cSize).fill((byte) 128);
        } else if (!direct) {
            toQuarter(scratch, 0, sw, sh, dst, ySize);
            toQuarter(scratch, plane, sw, sh, dst, ySize + cSize);
        }
        return null;
    }

    /** Brings a chroma plane of sw x sh to 4:2:0 size: row pairs averaged when it has full height, else nearest. */
    private void toQuarter(MemorySegment src, long srcAt, int sw, int sh, MemorySegment dst, long dstAt) {
        for (int r = 0; r < chromaHeight; r++) {
            if (sh == height) {
                int a = Math.min(2 * r, sh - 1);
                int b = Math.min(2 * r + 1, sh - 1);
                MemorySegment.copy(src, ValueLayout.JAVA_BYTE, srcAt + (long) a * sw, row0, 0, sw);
                MemorySegment.copy(src, ValueLayout.JAVA_BYTE, srcAt + (long) b * sw, row1, 0, sw);
                for (int x = 0; x < sw; x++) {
                    row0[x] = (byte) (((row0[x] & 0xFF) + (row1[x] & 0xFF) + 1) >> 1);
                }
            } else {
                MemorySegment.copy(src, ValueLayout.JAVA_BYTE,
                        srcAt + Math.min((long) r * sh / chromaHeight, sh - 1) * sw, row0, 0, sw);
            }
            if (sw == chromaWidth) {
                MemorySegment.copy(row0, 0, dst, ValueLayout.JAVA_BYTE, dstAt + (long) r * chromaWidth, chromaWidth);
            } else {
                for (int x = 0; x < chromaWidth; x++) {
                    out[x] = sw > chromaWidth
                            ? (byte) (((row0[Math.min(2 * x, sw - 1)] & 0xFF) + (row0[Math.min(2 * x + 1, sw - 1)] & 0xFF) + 1) >> 1)
                            : row0[(int) Math.min((long) x * sw / chromaWidth, sw - 1)];
                }
                MemorySegment.copy(out, 0, dst, ValueLayout.JAVA_BYTE, dstAt + (long) r * chromaWidth, chromaWidth);
            }
        }
    }

    private String error() {
        MemorySegment m = tjGetErrorStr2(handle);
        return m.equals(MemorySegment.NULL) ? "unknown TurboJPEG error" : m.reinterpret(1024).getString(0);
    }

    @Override
    public void close() {
        tjDestroy(handle);
        arena.close();
    }
}
