package io.mediacapture.internal.constraints;

import io.mediacapture.ConstrainableProperty;

/** A block of one device's candidate settings that the solver narrows and then optimises over. */
sealed interface Region permits VideoRegion, AudioRegion {
    /** Narrows to the required constraints of {@code s}; false when no settings remain. */
    boolean narrow(CompiledSet s);

    /** Narrows by the one required constraint {@code p} of {@code s}; false when a constant setting fails it. */
    boolean narrow(CompiledSet s, ConstrainableProperty p);

    boolean feasible();

    Region copy();

    /** Computes the best settings within the region and their {@link #f()} and {@link #g()}. */
    void evaluate(CompiledSet basic);

    /** Fitness distance of the best settings to the basic set. */
    double f();

    /** Distance of the best settings to the defaults, for ties in {@link #f()}. */
    double g();

    /** Position in the device list (system default first): the last tie-breaker. */
    int deviceIndex();

    /** 0 for native settings, 1 for settings core derives (crop-and-scale): prefer native on ties. */
    int derived();
}
