package io.mediacapture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Backends are found through ServiceLoader both on the module path and on the plain class path: runs
 * {@code mediacapture devices} and {@code stats} in a fresh JVM each way and checks the same backends and
 * devices show up and frames arrive.
 */
class ModulePathTest {

    private static List<String> ourEntries() {
        List<String> ours = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            // Our modules, and the cli's own dependencies (picocli, jackson-jr and jackson-core are modules too).
            boolean module = Files.isDirectory(p) ? Files.exists(p.resolve("module-info.class"))
                    : p.getFileName().toString().matches("(mediacapture-(core|bindings|platform-\\w+|cli)|picocli|jackson-core|jackson-jr-objects)-.*\\.jar");
            if (module && !e.contains("test-classes") && !e.endsWith("-tests.jar")) {
                ours.add(e);
            }
        }
        return ours;
    }

    /**
     * The README's list. Without a module here the JDK warns on stderr when that module first calls a restricted
     * method, which may be in the middle of the output (backend statuses are computed when listed).
     */
    private static final String NATIVE_MODULES =
            "io.mediacapture.core,io.mediacapture.bindings,io.mediacapture.linux,io.mediacapture.macos,io.mediacapture.windows";

    private static String run(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dio.mediacapture.backend=fake");
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "mediacapture finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void backendsAreFoundOnTheModulePathAndOnTheClassPath() throws Exception {
        List<String> entries = ourEntries();
        assertTrue(entries.size() >= 4, "the modules are on the test class path: " + entries);
        String path = String.join(File.pathSeparator, entries);
        List<String> modulePath = List.of("--enable-native-access=ALL-UNNAMED," + NATIVE_MODULES,
                "-p", path, "-m", "io.mediacapture.cli/io.mediacapture.cli.Main");
        List<String> classPath = List.of("--enable-native-access=ALL-UNNAMED", "-cp", path, "io.mediacapture.cli.Main");
        String onModulePath = run(with(modulePath, "devices"));
        String onClassPath = run(with(classPath, "devices"));
        for (String out : List.of(onModulePath, onClassPath)) {
            assertTrue(out.contains("fake"), out);
            assertTrue(out.contains("Fake Camera"), out);
        }
        for (List<String> way : List.of(modulePath, classPath)) {
            String stats = run(with(way, "stats", "--seconds", "1"));
            assertTrue(stats.matches("(?s).*Frames: +[1-9]\\d* in .*"), "frames were captured:\n" + stats);
        }
        assertEquals(backendLines(onModulePath), backendLines(onClassPath), "same backends either way");
    }

    private static List<String> with(List<String> jvm, String... args) {
        List<String> all = new ArrayList<>(jvm);
        all.addAll(Arrays.asList(args));
        return all;
    }

    private static List<String> backendLines(String out) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String l : out.split("\n")) {
            if (l.startsWith("Backends:")) {
                in = true;
            } else if (in && l.startsWith("  ")) {
                lines.add(l.trim().replaceAll(" \\(active\\)", ""));
            } else {
                in = false;
            }
        }
        return lines;
    }
}
