package io.mediacapture.internal.convert;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes one Motion-JPEG frame to an I420 frame with the JDK's JPEG reader (javax.imageio). The JPEG's
 * own YCbCr samples are used (a raster read, no RGB round trip), kept as they are (JFIF: BT.601, full range;
 * the frame says so, {@link io.mediacapture.VideoColorSpace#JPEG}, as libjpeg-turbo's frames do), chroma
 * averaged to 4:2:0.
 *
 * <p>Frames without Huffman tables (the webcam convention) get the standard tables of the JPEG spec inserted
 * before the scan. The marker structure is checked before decoding and any decoder warning (which libjpeg
 * raises for truncated or damaged entropy data while still producing grey pixels) fails the frame, so a
 * corrupt frame is an {@link IllegalArgumentException}, never a half-grey picture. Stateless and thread-safe.
 */
public final class MjpegDecoder {
    private static final int MAX_BYTES = 256 << 20;

    private MjpegDecoder() {
    }

    /**
     * @param jpeg      one complete JPEG image (read during the call only)
     * @param timestamp capture time in microseconds
     * @param duration  in microseconds, or -1 when unknown
     * @return a new I420 frame tagged {@link io.mediacapture.VideoColorSpace#JPEG} that the caller owns and must close
     * @throws IllegalArgumentException when the data is not a decodable baseline/progressive JPEG, naming why
     */
    public static VideoFrame decode(MemorySegment jpeg, long timestamp, long duration) {
        return decode(jpeg, 0, 0, timestamp, duration);
    }

    /**
     * As {@link #decode(MemorySegment, long, long)}, for a frame of a device that negotiated
     * {@code width}x{@code height}: a JPEG whose frame header declares another size is refused before anything
     * is decoded or allocated for it (a few hundred bytes can declare 16384x16384, which the JDK reader would
     * allocate 768 MiB for).
     *
     * @param width  the negotiated width, or 0 to accept any
     * @param height the negotiated height, or 0 to accept any
     */
    public static VideoFrame decode(MemorySegment jpeg, int width, int height, long timestamp, long duration) {
        Objects.requireNonNull(jpeg, "jpeg");
        if (jpeg.byteSize() > MAX_BYTES) {
            throw new IllegalArgumentException("MJPEG frame of " + jpeg.byteSize() + " bytes exceeds " + MAX_BYTES);
        }
        byte[] data = jpeg.toArray(ValueLayout.JAVA_BYTE);
        JpegStructure s = JpegStructure.parse(data);
        if (width > 0 && height > 0 && (s.width() != width || s.height() != height)) {
            throw new IllegalArgumentException("JPEG of " + s.width() + "x" + s.height() + " where the device negotiated "
                    + width + "x" + height);
        }
        if (!s.hasHuffmanTables()) {
            data = insert(data, s.scanOffset(), JpegHuffmanTables.dhtSegment());
        }
        Raster raster = read(data);
        if (raster.getWidth() != s.width() || raster.getHeight() != s.height()) {
            throw new IllegalArgumentException("JPEG decoded to " + raster.getWidth() + "x" + raster.getHeight()
                    + " but its frame header says " + s.width() + "x" + s.height());
        }
        return toI420(raster, timestamp, duration);
    }

    private static byte[] insert(byte[] data, int at, byte[] segment) {
        byte[] out = new byte[data.length + segment.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(segment, 0, out, at, segment.length);
        System.arraycopy(data, at, out, at + segment.length, data.length - at);
        return out;
    }

    private static Raster read(byte[] data) {
        ImageReader reader;
        try {
            reader = ReaderHolder.SPI.createReaderInstance();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the JDK JPEG reader", e);
        }
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            Raster raster = reader.readRaster(0, null);
            if (!warnings.isEmpty()) {
                throw new IllegalArgumentException("corrupt JPEG: the decoder reports " + String.join("; ", warnings));
            }
            return raster;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith("corrupt JPEG")) {
                throw iae;
            }
            throw new IllegalArgumentException("corrupt JPEG: the decoder fails with " + e, e);
        } finally {
            reader.dispose();
        }
    }

    private static VideoFrame toI420(Raster raster, long timestamp, long duration) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bands = raster.getNumBands();
        if (bands != 1 && bands != 3) {
            throw new IllegalArgumentException("unsupported JPEG with " + bands + " components (only grey and YCbCr)");
        }
        // the identity map on JFIF samples: what it still does is average chroma pairs and read grey as grey
        Transcode t = new Transcode(YuvMatrix.BT601_FULL, YuvMatrix.BT601_FULL);
        int cw = (w + 1) / 2;
        int[] px0 = new int[w * bands];
        int[] px1 = new int[w * bands];
        byte[] y0 = new byte[w];
        byte[] y1 = new byte[w];
        byte[] u = new byte[cw];
        byte[] v = new byte[cw];
        int x0 = raster.getMinX();
        int yMin = raster.getMinY();
        try (FrameWriter out = FrameWriter.packed(VideoPixelFormat.I420, w, h)) {
            YuvWriter writer = new YuvWriter(out, VideoPixelFormat.I420, w);
            for (int y = 0; y < h; y += 2) {
                raster.getPixels(x0, yMin + y, w, 1, px0);
                int[] second = px0;
                if (y + 1 < h) {
                    raster.getPixels(x0, yMin + y + 1, w, 1, px1);
                    second = px1;
                }
                t.rows(px0, second, bands, w, y0, y1, u, v);
                writer.writeLuma(y, y0);
                if (y + 1 < h) {
                    writer.writeLuma(y + 1, y1);
                }
                writer.writeChroma(y >> 1, u, v);
            }
            return out.finish(timestamp, duration, io.mediacapture.VideoColorSpace.JPEG);
        }
    }

    /**
     * The affine map from one YUV matrix to another through RGB (unclamped), in 16.16 fixed point. Grey stays
     * grey under any pair of matrices, so chroma does not depend on luma and can be averaged first.
     */
    private static final class Transcode {
        private final int yy;
        private final int yu;
        private final int yv;
        private final int yc;
        private final int uu;
        private final int uv;
        private final int vu;
        private final int vv;
        private final int cc;

        Transcode(YuvMatrix from, YuvMatrix to) {
            double[][] a = from.rgbFromYuv();
            double[][] b = to.yuvFromRgb();
            double[][] m = new double[3][4];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 4; j++) {
                    double sum = j == 3 ? b[i][3] : 0;
                    for (int k = 0; k < 3; k++) {
                        sum += b[i][k] * a[k][j];
                    }
                    m[i][j] = sum;
                }
            }
            // express the map on (Y, U - 128, V - 128)
            yy = fix(m[0][0]);
            yu = fix(m[0][1]);
            yv = fix(m[0][2]);
            yc = fix(m[0][3] + 128 * (m[0][1] + m[0][2])) + (1 << 15);
            uu = fix(m[1][1]);
            uv = fix(m[1][2]);
            vu = fix(m[2][1]);
            vv = fix(m[2][2]);
            cc = (128 << 16) + (1 << 15);
        }

        private static int fix(double d) {
            return (int) Math.round(d * YuvMatrix.ONE);
        }

        void rows(int[] p0, int[] p1, int bands, int w, byte[] y0, byte[] y1, byte[] u, byte[] v) {
            for (int x = 0; x < w; x++) {
                y0[x] = (byte) luma(p0, x, bands);
                y1[x] = (byte) luma(p1, x, bands);
            }
            if (bands == 1) {
                java.util.Arrays.fill(u, (byte) 128);
                java.util.Arrays.fill(v, (byte) 128);
                return;
            }
            for (int c = 0; c < u.length; c++) {
                int a = 6 * c;
                int b = Math.min(a + 3, 3 * (w - 1));
                int su = p0[a + 1] + p0[b + 1] + p1[a + 1] + p1[b + 1] - 4 * 128;
                int sv = p0[a + 2] + p0[b + 2] + p1[a + 2] + p1[b + 2] - 4 * 128;
                u[c] = (byte) YuvRgb.clamp((uu * su + uv * sv + 4 * cc) >> 18);
                v[c] = (byte) YuvRgb.clamp((vu * su + vv * sv + 4 * cc) >> 18);
            }
        }

        private int luma(int[] p, int x, int bands) {
            if (bands == 1) {
                return YuvRgb.clamp((yy * p[x] + yc) >> 16);
            }
            int i = 3 * x;
            return YuvRgb.clamp((yy * p[i] + yu * (p[i + 1] - 128) + yv * (p[i + 2] - 128) + yc) >> 16);
        }
    }

    /** The JDK's JPEG reader provider, looked up once. */
    private static final class ReaderHolder {
        static final ImageReaderSpi SPI = find();

        private static ImageReaderSpi find() {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            if (!readers.hasNext()) {
                throw new IllegalStateException("no javax.imageio JPEG reader in this runtime");
            }
            ImageReader r = readers.next();
            ImageReaderSpi spi = r.getOriginatingProvider();
            r.dispose();
            return spi;
        }
    }
}
