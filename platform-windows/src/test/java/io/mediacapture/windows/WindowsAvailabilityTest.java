package io.mediacapture.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The unavailability reason names what failed, not "null". */
class WindowsAvailabilityTest {
    @Test
    void aFailedStaticInitialiserIsReportedByItsCause() {
        ExceptionInInitializerError e = new ExceptionInInitializerError(
                new UnsatisfiedLinkError("mfreadwrite.dll does not export MFCreateSourceReaderFromMediaSource"));
        assertEquals(null, e.getMessage(), "what the old reason text printed");
        assertEquals("mfreadwrite.dll does not export MFCreateSourceReaderFromMediaSource", WindowsAvailability.reason(e));
        assertEquals("no such DLL", WindowsAvailability.reason(new IllegalArgumentException("no such DLL")));
        assertEquals("java.lang.IllegalStateException", WindowsAvailability.reason(new IllegalStateException()));
    }

    @Test
    void classesThatCannotLoadTheirDllHereSayWhy() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(io.mediacapture.windows.sdk.SystemLibrary.isWindows());
        Class<?> c = Class.forName("io.mediacapture.windows.win32.Kernel32$Lib", false, getClass().getClassLoader());
        try {
            WindowsAvailability.initialise(c);
            throw new AssertionError("Kernel32.Lib loaded on " + System.getProperty("os.name"));
        } catch (ExceptionInInitializerError e) {
            String r = WindowsAvailability.reason(e);
            org.junit.jupiter.api.Assertions.assertTrue(r.contains("kernel32.dll is a Windows library"), r);
        }
    }
}
