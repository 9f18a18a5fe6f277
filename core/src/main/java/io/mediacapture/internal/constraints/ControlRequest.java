package io.mediacapture.internal.constraints;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.spi.CameraControl;
import java.util.List;

/**
 * What SelectSettings asks of one camera control: a value to set (chosen from an ideal), or else the values
 * the required constraints leave, into which the control's current value is moved only when it lies outside
 * (so {@code {brightness: {min: 50}}} keeps a brightness of 60 as it is).
 *
 * @param control the device's control
 * @param value   the value to set, or null when no ideal chose one
 * @param lo      lower bound for a numeric control (-infinity when none)
 * @param hi      upper bound for a numeric control (+infinity when none)
 * @param allowed the values allowed for a mode or switch control
 */
public record ControlRequest(CameraControl control, Object value, double lo, double hi, List<Object> allowed) {

    public ConstrainableProperty property() {
        return control.property();
    }

    /**
     * The value to set given the control's {@code current} value (null when unknown), or null when the
     * current value already meets the request.
     */
    public Object resolve(Object current) {
        if (value != null) {
            return value.equals(current) ? null : value;
        }
        if (control instanceof CameraControl.Range r) {
            double c = current instanceof Number n ? n.doubleValue() : (r.range().min() + r.range().max()) / 2;
            if (current instanceof Number && c >= lo - 1e-9 && c <= hi + 1e-9) {
                return null;
            }
            return r.range().nearest(c, lo, hi);
        }
        if (current != null && allowed.contains(current)) {
            return null;
        }
        return allowed.isEmpty() ? null : allowed.getFirst();
    }
}
