package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.v4l2_format;
import io.mediacapture.bindings.v4l2.v4l2_pix_format;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.NativeVideoFormat;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The format a device streams in after {@code VIDIOC_S_FMT}, and where each plane lies in a buffer.
 * V4L2's single-planar formats put the planes one after another: the chroma rows of NV12 and I420 follow
 * the luma rows, with I420's chroma lines half as long as {@code bytesperline}.
 *
 * @param bytesPerLine the stride of the first plane, as the driver set it
 * @param sizeImage    the bytes a full frame occupies
 */
record CaptureFormat(int fourcc, NativeVideoFormat nativeFormat, int width, int height, int bytesPerLine,
                     long sizeImage) {

    /**
     * Sets the device to {@code fourcc} at {@code width}x{@code height}; drivers adjust what they cannot do,
     * so anything other than exactly that is refused.
     *
     * @throws BackendException UNSUPPORTED_CONFIGURATION when the driver changes the size or format
     * @throws io.mediacapture.bindings.libc.ErrnoException when the driver refuses outright
     */
    static CaptureFormat apply(V4l2Node node, int fourcc, NativeVideoFormat nativeFormat, int width, int height)
            throws BackendException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fmt = v4l2_format.allocate(arena);
            v4l2_format.type(fmt, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
            MemorySegment pix = v4l2_format.fmt.pix(v4l2_format.fmt(fmt));
            v4l2_pix_format.width(pix, width);
            v4l2_pix_format.height(pix, height);
            v4l2_pix_format.pixelformat(pix, fourcc);
            v4l2_pix_format.field(pix, videodev2_h.V4L2_FIELD_NONE());
            node.calls().ioctl(node.fd(), Vidioc.VIDIOC_S_FMT, fmt, "VIDIOC_S_FMT");
            int gotW = v4l2_pix_format.width(pix);
            int gotH = v4l2_pix_format.height(pix);
            int gotFourcc = v4l2_pix_format.pixelformat(pix);
            if (gotW != width || gotH != height || gotFourcc != fourcc) {
                throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION, "camera " + node
                        + " cannot stream " + Vidioc.fourccToString(fourcc) + " " + width + "x" + height
                        + "; it offered " + Vidioc.fourccToString(gotFourcc) + " " + gotW + "x" + gotH);
            }
            int field = v4l2_pix_format.field(pix);
            if (field != videodev2_h.V4L2_FIELD_NONE() && field != videodev2_h.V4L2_FIELD_ANY()) {
                throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION, "camera " + node
                        + " only streams interlaced fields (field order " + field + ") at " + width + "x" + height);
            }
            int bpl = v4l2_pix_format.bytesperline(pix);
            long size = Integer.toUnsignedLong(v4l2_pix_format.sizeimage(pix));
            return of(fourcc, nativeFormat, width, height, bpl, size);
        }
    }

    /** Fills in a missing {@code bytesperline} (0 is allowed for compressed formats) with the packed stride. */
    static CaptureFormat of(int fourcc, NativeVideoFormat nativeFormat, int width, int height, int bytesPerLine,
                            long sizeImage) {
        int bpl = bytesPerLine;
        if (bpl <= 0) {
            bpl = nativeFormat.pixelFormat().map(p -> p.planeRowBytes(0, width)).orElse(0);
        }
        return new CaptureFormat(fourcc, nativeFormat, width, height, bpl, sizeImage);
    }

    long[] offsets() {
        long luma = (long) bytesPerLine * height;
        return switch (nativeFormat) {
            case NV12 -> new long[] {0, luma};
            case I420 -> new long[] {0, luma, luma + (long) (bytesPerLine / 2) * ((height + 1) / 2)};
            default -> new long[] {0};
        };
    }

    int[] strides() {
        return switch (nativeFormat) {
            case NV12 -> new int[] {bytesPerLine, bytesPerLine};
            case I420 -> new int[] {bytesPerLine, bytesPerLine / 2, bytesPerLine / 2};
            default -> new int[] {bytesPerLine};
        };
    }

    /** The bytes a frame needs to hold every plane (frames with fewer bytes used are dropped as short). */
    long minimumBytes() {
        var pf = nativeFormat.pixelFormat();
        if (pf.isEmpty()) {
            return 1;
        }
        long[] off = offsets();
        int[] str = strides();
        int last = off.length - 1;
        return off[last] + (long) str[last] * (pf.get().planeRows(last, height) - 1) + pf.get().planeRowBytes(last, width);
    }

    @Override
    public String toString() {
        return Vidioc.fourccToString(fourcc) + " " + width + "x" + height + " stride " + bytesPerLine;
    }
}
