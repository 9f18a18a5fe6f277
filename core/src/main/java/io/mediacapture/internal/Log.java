package io.mediacapture.internal;

/** Loggers of the library: {@code System.Logger}s named {@code io.mediacapture.<component>}. */
public final class Log {
    private Log() {}

    public static System.Logger get(String component) {
        return System.getLogger("io.mediacapture." + component);
    }
}
