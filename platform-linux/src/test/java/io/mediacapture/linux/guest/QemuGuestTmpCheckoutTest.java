package io.mediacapture.linux.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A checkout under {@code /tmp} (issue #21 item 16): the guest used to mount a fresh tmpfs on {@code /tmp},
 * so a class path and a working directory there were invisible and every guest test failed. This runs a
 * class from a copy under {@code /tmp} with its working directory there, and checks that the guest read the
 * host's file and that its own write did not reach the host.
 */
class QemuGuestTmpCheckoutTest {

    @Test
    void classPathAndWorkingDirectoryUnderTmpAreVisibleInTheGuest() throws Exception {
        QemuGuest.requireAvailable();
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "qemu-tmp-checkout-");
        try {
            String marker = "marker-" + ProcessHandle.current().pid();
            Files.writeString(dir.resolve("marker"), marker + "\n");
            String resource = TmpCheckoutProbe.class.getName().replace('.', '/') + ".class";
            Path classes = dir.resolve("classes");
            Path copy = classes.resolve(resource);
            Files.createDirectories(copy.getParent());
            try (var in = TmpCheckoutProbe.class.getClassLoader().getResourceAsStream(resource)) {
                Files.copy(in, copy);
            }
            QemuGuest.Result r = QemuGuest.java(TmpCheckoutProbe.class)
                    .classPath(classes.toString())
                    .cwd(dir)
                    .timeout(Duration.ofMinutes(2))
                    .run();
            assertFalse(r.rigFailed(), "the guest rig failed or timed out (status " + r.status() + "); see the [guest] lines above");
            assertTrue(r.output().contains(TmpCheckoutProbe.OK + " cwd=" + dir.toRealPath() + " marker=" + marker),
                    "the probe ran from " + dir + " and read the host's marker; see the [guest] lines above");
            assertEquals(0, r.status(), "guest exit status");
            assertFalse(Files.exists(dir.resolve("written-in-guest")),
                    "the guest's write under /tmp stays in its overlay, not on the host");
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
