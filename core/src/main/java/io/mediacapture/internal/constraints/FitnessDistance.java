package io.mediacapture.internal.constraints;

import java.util.List;

/** The per-constraint terms of the spec's fitness distance (Media Capture and Streams, "fitness distance"). */
public final class FitnessDistance {
    private FitnessDistance() {
    }

    /**
     * Numeric term: {@code (actual == ideal) ? 0 : |actual - ideal| / max(|actual|, |ideal|)}; 0 when there is
     * no ideal ({@code ideal} is NaN).
     */
    public static double numeric(double actual, double ideal) {
        if (Double.isNaN(ideal) || actual == ideal) {
            return 0;
        }
        return Math.abs(actual - ideal) / Math.max(Math.abs(actual), Math.abs(ideal));
    }

    /**
     * String, enum and boolean term: 0 when {@code actual} equals one of the ideal values, else 1; a missing
     * setting ({@code actual == null}) is 1; no ideal ({@code ideal == null}) is 0.
     */
    public static double discrete(Object actual, List<Object> ideal) {
        if (ideal == null) {
            return 0;
        }
        return actual != null && ideal.contains(actual) ? 0 : 1;
    }
}
