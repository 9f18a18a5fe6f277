package io.mediacapture.linux.pipewire;

import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;

/**
 * Where the planes of a raw video frame lie in its buffer, for the negotiated format and the stride the producer
 * writes: computed once and reused while format and stride stay (VideoFrame copies what it gets). Process callback
 * only.
 */
final class PwPlaneLayout {
    private PwStreamFormats.Negotiated layoutFor;
    private int layoutStride = -1;
    private long[] offsets;
    private int[] strides;
    private long bytes;
    private VideoFrameLayout frameLayout; // the same layout, for the frames built over taken buffers

    /** Makes this the layout for frames of {@code n} whose first plane has {@code chunkStride} (0: packed). */
    void update(PwStreamFormats.Negotiated n, int chunkStride) {
        if (n != layoutFor || chunkStride != layoutStride) {
            compute(n, n.video().pixelFormat().orElseThrow(), chunkStride); // once per format: Optional is garbage
        }
    }

    private void compute(PwStreamFormats.Negotiated n, VideoPixelFormat pf, int chunkStride) {
        int planes = pf.numberOfPlanes();
        int row0 = pf.planeRowBytes(0, n.width());
        int stride0 = chunkStride > 0 ? chunkStride : row0;
        long[] o = new long[planes];
        int[] s = new int[planes];
        long at = 0;
        for (int p = 0; p < planes; p++) {
            o[p] = at;
            s[p] = (int) ((long) stride0 * pf.planeRowBytes(p, n.width()) / row0);
            at += (long) s[p] * pf.planeRows(p, n.height());
        }
        offsets = o;
        strides = s;
        bytes = at;
        frameLayout = VideoFrameLayout.of(pf, n.width(), n.height(), o, s);
        layoutFor = n;
        layoutStride = chunkStride;
    }

    long[] offsets() {
        return offsets;
    }

    int[] strides() {
        return strides;
    }

    /** The bytes a frame of this layout spans. */
    long bytes() {
        return bytes;
    }

    VideoFrameLayout frameLayout() {
        return frameLayout;
    }
}
