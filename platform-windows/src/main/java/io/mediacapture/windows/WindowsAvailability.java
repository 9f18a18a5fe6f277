package io.mediacapture.windows;

import io.mediacapture.spi.Availability;
import io.mediacapture.windows.sdk.SystemLibrary;

/** The availability probe both Windows providers share: the OS first, then loading their DLLs. */
public final class WindowsAvailability {
    private WindowsAvailability() {
    }

    /**
     * @param api     what the backend is, for the reason text ("Media Foundation")
     * @param loader  loads the backend's DLLs (runs only on Windows)
     */
    public static Availability probe(String api, Runnable loader) {
        if (!SystemLibrary.isWindows()) {
            return Availability.unavailable(api + " needs Windows; not Windows (os.name=" + System.getProperty("os.name") + ")");
        }
        try {
            loader.run();
            return Availability.available();
        } catch (RuntimeException | LinkageError e) {
            return Availability.unavailable(api + " cannot be loaded: " + reason(e), e);
        }
    }

    /**
     * What went wrong, for the unavailability reason: a binding class that failed in its static initialiser
     * surfaces as ExceptionInInitializerError, whose own message is null; the cause says which DLL or
     * function was missing.
     */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t instanceof ExceptionInInitializerError && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getName() : m;
    }

    /** Runs the static initialisers of binding classes, which load their DLLs. */
    public static void initialise(Class<?>... bindings) {
        for (Class<?> c : bindings) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
