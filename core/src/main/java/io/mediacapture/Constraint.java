package io.mediacapture;

/**
 * The value of one member of a {@link MediaTrackConstraintSet}: a bare value or a dictionary of
 * {@code exact}/{@code ideal} (and, for numbers, {@code min}/{@code max}).
 *
 * <p>A bare value is an ideal value in the basic constraint set and an exact value in an advanced set;
 * the constraint itself remembers that it was bare so that both readings stay possible.
 */
public sealed interface Constraint
        permits ConstrainULong, ConstrainDouble, ConstrainBoolean, ConstrainDOMString, ConstrainBooleanOrDOMString,
        ConstrainBooleanOrDouble {

    /** Whether this is a bare value rather than a dictionary. */
    boolean isBare();

    /**
     * Whether this is a required constraint: it has {@code min}, {@code max} or {@code exact}, or is a bare
     * value and {@code bareIsExact} (as in an advanced constraint set).
     */
    boolean isRequired(boolean bareIsExact);

    /** Whether this constrains nothing (an empty dictionary, or only empty lists): spec "empty constraint". */
    boolean isEmpty();

    /** The value as it appears in a map: a bare value, or a {@code Map} of the dictionary members. */
    Object toMapValue();
}
