package io.mediacapture.windows.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** DLLs are loaded by full path from the system directory, never by a name the search path resolves. */
class SystemLibraryTest {
    @Test
    void aDllIsNamedByItsPathInTheSystemDirectory() {
        assertEquals("C:\\Windows\\system32\\mfplat.dll", SystemLibrary.inDirectory("C:\\Windows\\system32", "mfplat.dll"));
        assertEquals("C:\\Windows\\system32\\mf.dll", SystemLibrary.inDirectory("C:\\Windows\\system32\\", "mf.dll"));
    }

    @Test
    void anythingButAPlainFileNameOrAMissingDirectoryIsRefused() {
        for (String bad : new String[]{"", "..\\mfplat.dll", "sub/mf.dll", "D:mf.dll"}) {
            assertThrows(IllegalArgumentException.class, () -> SystemLibrary.inDirectory("C:\\Windows\\system32", bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> SystemLibrary.inDirectory("", "mf.dll"));
    }
}
