package io.mediacapture.linux.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Native libraries load on first use only, and a missing one is a backend's unavailability cause naming it,
 * not an error: {@link LibraryLoadingMain} in a fresh JVM, once as is and once in a private mount namespace
 * where libpipewire-0.3.so.0, libasound.so.2 and libturbojpeg.so.0 are hidden (their files bind-mounted over by /dev/null, so
 * the dynamic loader finds them but cannot load them). The second run needs {@code unshare --mount} (root);
 * without it that test is skipped with the reason printed, and fails under CI=true.
 */
class LibraryLoadingTest {
    private static final List<String> HIDDEN = List.of("libpipewire-0.3.so.0", "libasound.so.2", "libturbojpeg.so.0");

    @Test
    void usingTheFakeDevicesLoadsNeitherLibpipewireNorLibasound() throws Exception {
        String out = run(List.of());
        assertTrue(out.contains("mapped-after-fake: []"), out);
        assertTrue(out.contains("done"), out);
        assertLine(out, "photo encoder libjpeg-turbo available: true");
        assertLine(out, "photo image/jpeg 640x480 bars: right");
        assertLine(out, "libjpeg-turbo photos: 1");
    }

    @Test
    void withoutTheLibrariesFakeV4l2AndPhotosWorkAndTheOthersNameTheMissingLibrary() throws Exception {
        List<String> mounts = new ArrayList<>();
        for (String soname : HIDDEN) {
            Path lib = findLibrary(soname);
            mounts.add("mount --bind /dev/null " + lib.toRealPath());
        }
        String probe = tryUnshare();
        if (probe != null) {
            String why = "cannot hide libraries in a private mount namespace (unshare --mount needs root): " + probe;
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            System.out.println("SKIPPED " + why);
            assumeTrue(false, why);
        }
        String out = run(List.of("unshare", "--mount", "sh", "-c", String.join(" && ", mounts) + " && exec \"$@\"",
                "sh"));
        assertTrue(out.contains("done"), out);
        assertTrue(out.matches("(?s).*fake devices: [1-9].*"), out);
        assertLine(out, "status v4l2", "(active)");
        assertLine(out, "status pipewire", "libpipewire-0.3.so.0", "libpipewire-0.3-0");
        assertLine(out, "status alsa", "libasound.so.2", "libasound2");
        // without libturbojpeg the photo is still a right JPEG: core's ImageIO encoder made it
        assertLine(out, "photo encoder libjpeg-turbo available: false", "libturbojpeg.so.0", "libturbojpeg0");
        assertLine(out, "photo image/jpeg 640x480 bars: right");
        assertLine(out, "libjpeg-turbo photos: 0");
    }

    private static void assertLine(String out, String prefix, String... words) {
        String line = out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' line in:\n" + out));
        for (String w : words) {
            assertTrue(line.contains(w), "'" + w + "' missing from: " + line);
        }
    }

    private static Path findLibrary(String soname) {
        for (String dir : List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
                "/lib/x86_64-linux-gnu")) {
            Path p = Path.of(dir, soname);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new AssertionError(soname + " is not installed (scripts/test-packages.txt has its package)");
    }

    /** Null when {@code unshare --mount} works here, else why not. */
    private static String tryUnshare() {
        try {
            Process p = new ProcessBuilder("unshare", "--mount", "true").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "unshare did not finish";
            }
            return p.exitValue() == 0 ? null : out.strip();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String run(List<String> wrapper) throws Exception {
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(LibraryLoadingMain.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // No daemon for the PipeWire probe to find: it must fail on the library, not connect.
        pb.environment().remove("PIPEWIRE_REMOTE");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished:\n" + out);
        System.out.print(out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
