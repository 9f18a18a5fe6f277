package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * IDL {@code (boolean or ConstrainDouble)}, the type of {@code pan}, {@code tilt} and {@code zoom} in MediaStream
 * Image Capture: a bare boolean, or a {@link ConstrainDouble} (a bare double or a {@code ConstrainDoubleRange}
 * dictionary).
 *
 * <p>A boolean does not constrain the value. {@code true} asks for a camera that has the control (and, in
 * getUserMedia, for the pan-tilt-zoom permission) without changing its current value; {@code false} asks for a
 * camera without it. Like any bare value it is ideal in the basic set (it moves the fitness distance by 1) and
 * exact in an advanced set (a camera that has, or lacks, the control is required). Immutable.
 */
public final class ConstrainBooleanOrDouble implements Constraint {
    private final Boolean bool;
    private final ConstrainDouble number;

    private ConstrainBooleanOrDouble(Boolean bool, ConstrainDouble number) {
        this.bool = bool;
        this.number = number;
    }

    /** A bare boolean: "a camera with (true) or without (false) this control". */
    public static ConstrainBooleanOrDouble of(boolean value) {
        return new ConstrainBooleanOrDouble(value, null);
    }

    /** A bare double: ideal in the basic set, exact in an advanced set. */
    public static ConstrainBooleanOrDouble of(double value) {
        return of(ConstrainDouble.of(value));
    }

    /** The {@code ConstrainDouble} branch of the union. */
    public static ConstrainBooleanOrDouble of(ConstrainDouble constraint) {
        return new ConstrainBooleanOrDouble(null, Objects.requireNonNull(constraint, "constraint"));
    }

    /** The bare boolean, if this is one. */
    public Optional<Boolean> booleanValue() {
        return Optional.ofNullable(bool);
    }

    /** The {@code ConstrainDouble}, if this is one (empty for a boolean). */
    public Optional<ConstrainDouble> constrainDouble() {
        return Optional.ofNullable(number);
    }

    /**
     * Whether this asks for the control at all: every value but {@code false}, also an empty dictionary (the spec's
     * "exists with a value other than false", which calls for the pan-tilt-zoom permission).
     */
    public boolean asksForControl() {
        return !Boolean.FALSE.equals(bool);
    }

    @Override
    public boolean isBare() {
        return bool != null || number.isBare();
    }

    @Override
    public boolean isRequired(boolean bareIsExact) {
        return bool != null ? bareIsExact : number.isRequired(bareIsExact);
    }

    /** A boolean is never empty; a ConstrainDouble is when it has no member. */
    @Override
    public boolean isEmpty() {
        return bool == null && number.isEmpty();
    }

    @Override
    public Object toMapValue() {
        return bool != null ? bool : number.toMapValue();
    }

    /**
     * WebIDL conversion of a map value: a {@link Boolean}, a {@link Number} (bare double) or a {@code Map} with any
     * of min/max/exact/ideal (each a Number: a boolean inside the dictionary is a TypeError here, where JavaScript
     * would read {@code true} as 1).
     *
     * @throws IllegalArgumentException naming {@code member} when the value has the wrong type
     */
    public static ConstrainBooleanOrDouble fromMapValue(String member, Object v) {
        if (v instanceof Boolean b) {
            return of(b);
        }
        if (v instanceof Number || v instanceof Map<?, ?>) {
            return of(ConstrainDouble.fromMapValue(member, v));
        }
        throw WebIdl.typeError(member,
                "a boolean, a double or a ConstrainDoubleRange dictionary (Boolean, Number or Map)", v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstrainBooleanOrDouble c && Objects.equals(bool, c.bool)
                && Objects.equals(number, c.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bool, number, ConstrainBooleanOrDouble.class);
    }

    @Override
    public String toString() {
        return String.valueOf(toMapValue());
    }
}
