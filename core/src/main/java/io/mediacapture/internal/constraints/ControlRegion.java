package io.mediacapture.internal.constraints;

import static io.mediacapture.internal.constraints.FitnessDistance.discrete;
import static io.mediacapture.internal.constraints.FitnessDistance.numeric;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.spi.CameraControl;
import io.mediacapture.spi.DeviceDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The camera-control part of a camera's candidate settings (MediaStream Image Capture). Controls are
 * independent of each other and of size and rate, so each narrows and optimises on its own: a numeric control
 * to an interval of its range, a mode or switch control to a list of values. A required constraint on a control
 * the device does not have fails (its setting does not exist); an ideal on one costs a fitness distance of 1.
 * Pan, tilt and zoom given as a boolean ask only whether the control exists: required in an advanced set, a
 * fitness distance of 0 or 1 in the basic set; they never change the control's value.
 */
final class ControlRegion {
    private final DeviceDescriptor device;
    private final double[] lo = new double[CompiledSet.N];
    private final double[] hi = new double[CompiledSet.N];
    @SuppressWarnings({"unchecked", "rawtypes"})
    private final List<Object>[] allowed = new List[CompiledSet.N];
    private final boolean[] touched = new boolean[CompiledSet.N];

    private ControlRegion(DeviceDescriptor device) {
        this.device = device;
    }

    static ControlRegion of(DeviceDescriptor device) {
        ControlRegion r = new ControlRegion(device);
        Arrays.fill(r.lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(r.hi, Double.POSITIVE_INFINITY);
        for (CameraControl c : device.controls()) {
            int i = c.property().ordinal();
            switch (c) {
                case CameraControl.Range g -> {
                    r.lo[i] = g.range().min();
                    r.hi[i] = g.range().max();
                }
                case CameraControl.Modes m -> r.allowed[i] = List.copyOf(m.modes());
                case CameraControl.Switch s -> r.allowed[i] = List.of(false, true);
            }
        }
        return r;
    }

    ControlRegion copy() {
        ControlRegion r = new ControlRegion(device);
        System.arraycopy(lo, 0, r.lo, 0, lo.length);
        System.arraycopy(hi, 0, r.hi, 0, hi.length);
        System.arraycopy(allowed, 0, r.allowed, 0, allowed.length);
        System.arraycopy(touched, 0, r.touched, 0, touched.length);
        return r;
    }

    /** Narrows control {@code p} by its required constraint in {@code s}; false when no value remains. */
    boolean narrow(CompiledSet s, ConstrainableProperty p) {
        Optional<CameraControl> control = device.control(p);
        int i = p.ordinal();
        Boolean mustExist = s.requiredExists[i];
        if (mustExist != null) {
            // {pan: true} in an advanced set: a camera that can pan, whatever the value; the value is left alone.
            return mustExist == control.isPresent();
        }
        if (control.isEmpty()) {
            return false;
        }
        touched[i] = true;
        if (control.get() instanceof CameraControl.Range g) {
            lo[i] = Math.max(lo[i], s.lower(p));
            hi[i] = Math.min(hi[i], s.upper(p));
            return !Double.isNaN(g.range().nearest(lo[i], lo[i], hi[i]));
        }
        List<Object> kept = new ArrayList<>(allowed[i].size());
        for (Object v : allowed[i]) {
            if (s.satisfiesDiscrete(p, v)) {
                kept.add(v);
            }
        }
        allowed[i] = kept;
        return !kept.isEmpty();
    }

    /** Fitness distance of the best control values to the ideals of {@code basic}, and the requests to make. */
    Result evaluate(CompiledSet basic) {
        double f = 0;
        Map<ConstrainableProperty, ControlRequest> requests = new LinkedHashMap<>();
        // Modes first, then switches, then values: a mode such as exposureMode "manual" unlocks the value.
        for (Class<?> kind : List.of(CameraControl.Modes.class, CameraControl.Switch.class, CameraControl.Range.class)) {
            for (CameraControl c : device.controls()) {
                if (!kind.isInstance(c)) {
                    continue;
                }
                int i = c.property().ordinal();
                if (c instanceof CameraControl.Range g) {
                    double ideal = basic.ideal[i];
                    if (!Double.isNaN(ideal)) {
                        double v = g.range().nearest(ideal, lo[i], hi[i]);
                        f += numeric(v, ideal);
                        requests.put(c.property(), new ControlRequest(c, v, lo[i], hi[i], List.of()));
                    } else if (touched[i]) {
                        requests.put(c.property(), new ControlRequest(c, null, lo[i], hi[i], List.of()));
                    }
                } else {
                    List<Object> ideal = basic.idealValues[i];
                    Object chosen = null;
                    if (ideal != null) {
                        for (Object v : allowed[i]) {
                            if (ideal.contains(v)) {
                                chosen = v;
                                break;
                            }
                        }
                        f += discrete(chosen, ideal);
                    }
                    if (chosen != null || touched[i] || ideal != null) {
                        requests.put(c.property(), new ControlRequest(c, chosen, Double.NEGATIVE_INFINITY,
                                Double.POSITIVE_INFINITY, allowed[i]));
                    }
                }
            }
        }
        for (ConstrainableProperty p : basic.present) {
            if (!p.isCameraControl()) {
                continue;
            }
            boolean exists = device.control(p).isPresent();
            Boolean wanted = basic.idealExists[p.ordinal()];
            if (wanted != null) {
                f += wanted == exists ? 0 : 1; // spec: a boolean on a non-boolean property, (value == exists) ? 0 : 1
            } else if (!exists) {
                f += 1; // spec: an ideal on a setting that does not exist
            }
        }
        return new Result(f, requests);
    }

    record Result(double f, Map<ConstrainableProperty, ControlRequest> requests) {
    }
}
