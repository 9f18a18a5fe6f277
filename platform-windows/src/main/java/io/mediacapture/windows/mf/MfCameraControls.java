package io.mediacapture.windows.mf;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.CameraControls;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.ComThread;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.WinTypes;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The camera controls of a Media Foundation device source: {@code IAMVideoProcAmp} and {@code IAMCameraControl}
 * from QueryInterface on its {@code IMFMediaSource}, read with GetRange/Get and written with Set, every call on
 * the source's COM thread. DirectShow has no change notification here, so core re-reads on every getSettings().
 *
 * <p>Owns its two interface references; {@link #close()} releases them (the source does, before it shuts the
 * media source down).
 */
final class MfCameraControls implements CameraControls, AutoCloseable {
    private final ComThread com;
    private final String label;
    private final ComRef procAmp; // null when the source has no IAMVideoProcAmp
    private final ComRef camera;  // null when it has no IAMCameraControl
    private final MfControlMap map;

    private MfCameraControls(ComThread com, String label, ComRef procAmp, ComRef camera, MfControlMap map) {
        this.com = com;
        this.label = label;
        this.procAmp = procAmp;
        this.camera = camera;
        this.map = map;
    }

    /**
     * The controls of {@code mediaSource} (on the current thread: call it on the COM thread that owns the source),
     * or null when it has neither interface or no property this library maps.
     */
    static MfCameraControls open(ComThread com, String label, ComRef mediaSource) {
        ComRef procAmp = queryOrNull(mediaSource, AmInterfaces.IAMVideoProcAmp.IID, "IAMVideoProcAmp");
        ComRef camera = queryOrNull(mediaSource, AmInterfaces.IAMCameraControl.IID, "IAMCameraControl");
        MfControlMap map = MfControlMap.of(ranges(procAmp, camera));
        if (map.isEmpty()) {
            closeQuietly(procAmp);
            closeQuietly(camera);
            return null;
        }
        return new MfCameraControls(com, label, procAmp, camera, map);
    }

    /** The controls {@code mediaSource} offers, for the device descriptor (releases what it queried). */
    static List<io.mediacapture.spi.CameraControl> describe(ComRef mediaSource) {
        try (ComRef procAmp = queryOrNull(mediaSource, AmInterfaces.IAMVideoProcAmp.IID, "IAMVideoProcAmp");
             ComRef camera = queryOrNull(mediaSource, AmInterfaces.IAMCameraControl.IID, "IAMCameraControl")) {
            return MfControlMap.of(ranges(procAmp, camera)).controls();
        }
    }

    MfControlMap map() {
        return map;
    }

    private static ComRef queryOrNull(ComRef source, io.mediacapture.windows.com.Guid iid, String iface) {
        try {
            return source.query(iid, iface);
        } catch (ComException e) {
            return null; // E_NOINTERFACE: a camera without these controls (many virtual cameras)
        }
    }

    private static List<MfControlMap.AmRange> ranges(ComRef procAmp, ComRef camera) {
        List<MfControlMap.AmRange> out = new ArrayList<>();
        if (procAmp != null) {
            for (int p : MfControlMap.PROC_AMP_PROPERTIES) {
                range(procAmp, MfControlMap.Iface.PROC_AMP, p, AmInterfaces.IAMVideoProcAmp.GET_RANGE, out);
            }
        }
        if (camera != null) {
            for (int p : MfControlMap.CAMERA_PROPERTIES) {
                range(camera, MfControlMap.Iface.CAMERA, p, AmInterfaces.IAMCameraControl.GET_RANGE, out);
            }
        }
        return out;
    }

    private static void range(ComRef ref, MfControlMap.Iface iface, int property, io.mediacapture.windows.com.ComMethod getRange,
                              List<MfControlMap.AmRange> out) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(WinTypes.LONG, 5);
            long n = WinTypes.LONG.byteSize();
            int hr = ref.callRaw(getRange, property, v, v.asSlice(n), v.asSlice(2 * n), v.asSlice(3 * n), v.asSlice(4 * n));
            if (HResult.failed(hr)) {
                return; // E_PROP_ID_UNSUPPORTED: the camera lacks this one
            }
            out.add(new MfControlMap.AmRange(iface, property, v.getAtIndex(WinTypes.LONG, 0), v.getAtIndex(WinTypes.LONG, 1),
                    v.getAtIndex(WinTypes.LONG, 2), v.getAtIndex(WinTypes.LONG, 3), v.getAtIndex(WinTypes.LONG, 4)));
        }
    }

    @Override
    public Map<ConstrainableProperty, Object> values() throws BackendException {
        return onCom(() -> {
            Map<ConstrainableProperty, Object> out = new LinkedHashMap<>();
            for (Map.Entry<ConstrainableProperty, MfControlMap.Binding> e : map.bindings().entrySet()) {
                int[] vf = get(e.getValue().range());
                if (vf != null) {
                    out.put(e.getKey(), e.getValue().toSpec(vf[0], vf[1]));
                }
            }
            return out;
        });
    }

    @Override
    public void set(Map<ConstrainableProperty, Object> values) throws BackendException {
        onCom(() -> {
            for (Map.Entry<ConstrainableProperty, Object> e : values.entrySet()) {
                ConstrainableProperty p = e.getKey();
                MfControlMap.Binding b = map.binding(p).orElseThrow(() -> BackendException.unsupported(p.toString(),
                        "camera " + label + " has no DirectShow control for " + p));
                int[] current = get(b.range());
                MfControlMap.Setting s;
                try {
                    s = b.toAm(e.getValue(), current == null ? b.range().defaultValue() : current[0]);
                } catch (IllegalArgumentException ex) {
                    throw BackendException.unsupported(p.toString(), ex.getMessage());
                }
                ComRef ref = b.range().iface() == MfControlMap.Iface.PROC_AMP ? procAmp : camera;
                var set = b.range().iface() == MfControlMap.Iface.PROC_AMP ? AmInterfaces.IAMVideoProcAmp.SET
                        : AmInterfaces.IAMCameraControl.SET;
                int hr = ref.callRaw(set, b.range().property(), s.value(), s.flags());
                if (HResult.failed(hr)) {
                    throw BackendException.unsupported(p.toString(), "camera " + label + " refused " + p + " = "
                            + e.getValue() + " (" + set + "(" + b.range().property() + ", " + s.value() + ", flags "
                            + s.flags() + "): " + HResult.name(hr) + ")");
                }
            }
            return null;
        });
    }

    /** Get(property) as {value, flags}, or null when the camera does not answer. COM thread. */
    private int[] get(MfControlMap.AmRange r) {
        ComRef ref = r.iface() == MfControlMap.Iface.PROC_AMP ? procAmp : camera;
        var get = r.iface() == MfControlMap.Iface.PROC_AMP ? AmInterfaces.IAMVideoProcAmp.GET : AmInterfaces.IAMCameraControl.GET;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(WinTypes.LONG, 2);
            int hr = ref.callRaw(get, r.property(), v, v.asSlice(WinTypes.LONG.byteSize()));
            return HResult.failed(hr) ? null : new int[] {v.getAtIndex(WinTypes.LONG, 0), v.getAtIndex(WinTypes.LONG, 1)};
        }
    }

    private interface ComCall<V> {
        V call() throws BackendException;
    }

    private <V> V onCom(ComCall<V> call) throws BackendException {
        Callable<V> task = call::call;
        try {
            return com == null || com.isCurrent() ? task.call() : com.call(task);
        } catch (BackendException e) {
            throw e;
        } catch (ComException e) {
            throw new BackendException(BackendException.Kind.FAILED, "camera controls of " + label + ": " + e.getMessage(), e);
        } catch (Exception e) {
            Throwable c = e.getCause();
            if (c instanceof BackendException b) {
                throw b;
            }
            throw new BackendException(BackendException.Kind.FAILED, "camera controls of " + label + ": " + e, e);
        }
    }

    private static void closeQuietly(ComRef r) {
        if (r != null) {
            r.close();
        }
    }

    @Override
    public void close() {
        closeQuietly(procAmp);
        closeQuietly(camera);
    }
}
