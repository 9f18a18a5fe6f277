package io.mediacapture.windows.com;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** GUIDs, HRESULTs and UTF-16 strings. */
class ComBasicsTest {

    @Test
    void guidsParseFormatAndLieInMemoryAsWindowsLaysThemOut() {
        Guid g = Guid.parse("{70ae66f2-c809-4e4f-8915-bdcb406b7993}");
        assertEquals("{70AE66F2-C809-4E4F-8915-BDCB406B7993}", g.toString());
        assertEquals(g, Guid.parse("70AE66F2-C809-4E4F-8915-BDCB406B7993"));
        byte[] expected = {(byte) 0xF2, 0x66, (byte) 0xAE, 0x70, 0x09, (byte) 0xC8, 0x4F, 0x4E,
                (byte) 0x89, 0x15, (byte) 0xBD, (byte) 0xCB, 0x40, 0x6B, 0x79, (byte) 0x93};
        assertArrayEquals(expected, g.toBytes());
        try (Arena a = Arena.ofConfined()) {
            assertEquals(g, Guid.read(g.allocate(a)));
        }
        assertEquals(16, io.mediacapture.windows.sdk.GUID.sizeof());
        for (String bad : new String[]{"", "{70AE66F2-C809-4E4F-8915-BDCB406B799}", "{70AE66F2-C809-4E4F-8915-BDCB406B7993",
                "70AE66F2C8094E4F8915BDCB406B7993", "{ZZAE66F2-C809-4E4F-8915-BDCB406B7993}"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Guid.parse(bad));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void hresultsAreNamedAndClassified() {
        assertTrue(HResult.failed(HResult.E_ACCESSDENIED));
        assertTrue(HResult.succeeded(HResult.S_FALSE));
        assertTrue(HResult.failed(HResult.MF_E_HW_MFT_FAILED_START_STREAMING));
        assertTrue(HResult.succeeded(HResult.AUDCLNT_S_BUFFER_EMPTY));
        assertEquals("MF_E_HW_MFT_FAILED_START_STREAMING", HResult.name(0xC00D3704));
        assertEquals("0x80001234", HResult.name(0x80001234));
        assertEquals(HResult.E_ACCESSDENIED, HResult.fromWin32(5));
        assertEquals(HResult.E_DEVICE_NOT_CONNECTED, HResult.fromWin32(1167));
        assertEquals(0xD, HResult.facility(HResult.MF_E_SHUTDOWN));
        assertEquals(0x889, HResult.facility(HResult.AUDCLNT_E_DEVICE_IN_USE));
        ComException e = assertThrows(ComException.class, () -> HResult.check(HResult.E_OUTOFMEMORY, "Thing::Do"));
        assertEquals("Thing::Do failed: E_OUTOFMEMORY (0x8007000E)", e.getMessage());
        assertEquals(0, HResult.check(HResult.S_OK, "ok"));
    }

    @Test
    void wideStringsRoundTripAndCalleeMemoryIsFreedOnce() {
        try (Arena a = Arena.ofConfined()) {
            String s = "Caméra intégrée \uD83D\uDCF7";
            assertEquals(s, WideString.read(WideString.allocate(a, s)));
            assertEquals("", WideString.read(WideString.allocate(a, "")));
        }
        LibcAllocator libc = new LibcAllocator();
        MemorySegment p = libc.wideString("\\\\?\\usb#vid_046d&pid_0825#cam");
        assertEquals("\\\\?\\usb#vid_046d&pid_0825#cam", WideString.readAndFree(p, libc));
        assertEquals(1, libc.frees.get());
        assertNull(WideString.readAndFree(MemorySegment.NULL, libc));
        assertEquals(1, libc.frees.get(), "NULL is not freed");
        assertThrows(IllegalArgumentException.class, () -> WideString.read(MemorySegment.NULL));
    }

    @Test
    void anUnterminatedStringIsAnErrorAndStillFreed() {
        LibcAllocator libc = new LibcAllocator();
        MemorySegment p = libc.malloc(2L * WideString.MAX_CHARS + 16);
        p.fill((byte) 0x41);
        assertThrows(IllegalArgumentException.class, () -> WideString.readAndFree(p, libc));
        assertEquals(1, libc.frees.get());
        assertFalse(libc.frees.get() > 1);
    }
}
