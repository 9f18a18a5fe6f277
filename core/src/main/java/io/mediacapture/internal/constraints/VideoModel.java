package io.mediacapture.internal.constraints;

import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.VideoMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A camera's native modes reorganised for the solver, computed once per descriptor: the distinct native
 * sizes with the frame-rate intervals each offers ("none" candidates), and the Pareto frontier of sizes by
 * (width, height, highest rate) whose crop-and-scale candidates cover those of every other size.
 */
final class VideoModel {
    final DeviceDescriptor device;
    final VideoMode[] modes;
    /** Distinct native sizes, in first-appearance order. */
    final int[] sizeW;
    final int[] sizeH;
    /** Per size, sorted disjoint rate intervals [lo[k], hi[k]]. */
    final double[][] rateLo;
    final double[][] rateHi;
    /** Crop-and-scale frontier: sizes not dominated in width, height and highest rate. */
    final int[] frontW;
    final int[] frontH;
    final double[] frontRate;
    /** Lowest rate offered by crop-and-scale (frame decimation goes down to 1 fps, or lower when native). */
    final double cropMinRate;
    final int maxW;
    final int maxH;
    final double maxRate;

    private VideoModel(DeviceDescriptor device) {
        this.device = device;
        this.modes = device.videoModes().toArray(VideoMode[]::new);
        Map<Long, Integer> index = new HashMap<>();
        List<int[]> sizes = new ArrayList<>();
        List<List<double[]>> rates = new ArrayList<>();
        int mw = 0;
        int mh = 0;
        double mr = 0;
        double minRate = Double.POSITIVE_INFINITY;
        for (VideoMode m : modes) {
            long key = ((long) m.width() << 32) | m.height();
            Integer g = index.get(key);
            if (g == null) {
                g = sizes.size();
                index.put(key, g);
                sizes.add(new int[] {m.width(), m.height()});
                rates.add(new ArrayList<>());
            }
            rates.get(g).add(new double[] {m.minFrameRate(), m.maxFrameRate()});
            mw = Math.max(mw, m.width());
            mh = Math.max(mh, m.height());
            mr = Math.max(mr, m.maxFrameRate());
            minRate = Math.min(minRate, m.minFrameRate());
        }
        maxW = mw;
        maxH = mh;
        maxRate = mr;
        cropMinRate = Math.min(1.0, minRate);
        int n = sizes.size();
        sizeW = new int[n];
        sizeH = new int[n];
        rateLo = new double[n][];
        rateHi = new double[n][];
        double[] top = new double[n];
        for (int g = 0; g < n; g++) {
            sizeW[g] = sizes.get(g)[0];
            sizeH[g] = sizes.get(g)[1];
            List<double[]> merged = merge(rates.get(g));
            rateLo[g] = merged.stream().mapToDouble(r -> r[0]).toArray();
            rateHi[g] = merged.stream().mapToDouble(r -> r[1]).toArray();
            top[g] = rateHi[g][rateHi[g].length - 1];
        }
        List<Integer> front = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            boolean dominated = false;
            for (int o = 0; o < n && !dominated; o++) {
                boolean ge = sizeW[o] >= sizeW[g] && sizeH[o] >= sizeH[g] && top[o] >= top[g];
                boolean strictly = sizeW[o] > sizeW[g] || sizeH[o] > sizeH[g] || top[o] > top[g];
                dominated = o != g && ge && strictly;
            }
            if (!dominated) {
                front.add(g);
            }
        }
        frontW = front.stream().mapToInt(g -> sizeW[g]).toArray();
        frontH = front.stream().mapToInt(g -> sizeH[g]).toArray();
        frontRate = front.stream().mapToDouble(g -> top[g]).toArray();
    }

    private static List<double[]> merge(List<double[]> in) {
        double[][] a = in.toArray(double[][]::new);
        Arrays.sort(a, (x, y) -> Double.compare(x[0], y[0]));
        List<double[]> out = new ArrayList<>();
        for (double[] r : a) {
            double[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new double[] {r[0], r[1]});
            }
        }
        return out;
    }

    // A small identity cache, bounded so that it cannot grow with device churn: descriptors are immutable,
    // and hashing 200 modes per solve would cost more than the solve itself.
    private static final int CACHE_SIZE = 32;
    private static final VideoModel[] CACHE = new VideoModel[CACHE_SIZE];
    private static int next;

    static VideoModel of(DeviceDescriptor device) {
        synchronized (CACHE) {
            for (VideoModel m : CACHE) {
                if (m != null && m.device == device) {
                    return m;
                }
            }
        }
        VideoModel m = new VideoModel(device);
        synchronized (CACHE) {
            CACHE[next] = m;
            next = (next + 1) % CACHE_SIZE;
        }
        return m;
    }
}
