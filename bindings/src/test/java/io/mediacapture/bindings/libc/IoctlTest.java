package io.mediacapture.bindings.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.bindings.libc.inline.Ioctl;
import io.mediacapture.bindings.testing.CProbe;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Java {@code _IOC} family against the kernel's macros. */
class IoctlTest {

    @Test
    void encodingMatchesTheKernelMacros() {
        Map<String, Long> c = CProbe.evaluate(List.of("linux/ioctl.h"), List.of(), List.of(
                CProbe.of("io", "_IO('V', 7)"),
                CProbe.of("ior", "_IOR('V', 0, char[104])"),
                CProbe.of("iow", "_IOW('E', 255, int)"),
                CProbe.of("iowr", "_IOWR('x', 1, char[16383])")));
        assertEquals(c.get("io"), Ioctl._IO('V', 7));
        assertEquals(c.get("ior"), Ioctl._IOR('V', 0, 104));
        assertEquals(c.get("iow"), Ioctl._IOW('E', 255, 4));
        assertEquals(c.get("iowr"), Ioctl._IOWR('x', 1, 16383));
    }

    @Test
    void valuesThatDoNotFitAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ioctl._IOR('V', 0, 1 << 14));
        assertThrows(IllegalArgumentException.class, () -> Ioctl._IOR('V', 256, 4));
        assertThrows(IllegalArgumentException.class, () -> Ioctl._IOR(0x100, 0, 4));
    }
}
