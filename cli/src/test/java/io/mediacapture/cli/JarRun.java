package io.mediacapture.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code cli/target/mediacapture.jar} in a fresh JVM (the JDK running the tests), as a user would,
 * and collects its exit code and output.
 */
final class JarRun {
    /** What one run produced. */
    record Result(int exitCode, String out, String err, long millis) {
        @Override
        public String toString() {
            return "exit " + exitCode + " after " + millis + " ms\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private JarRun() {}

    static Path jar() {
        String p = System.getProperty("mediacapture.jar");
        Path jar = p != null ? Path.of(p) : Path.of("target", "mediacapture.jar");
        assertTrue(Files.isRegularFile(jar), "the executable jar exists (built by package): " + jar.toAbsolutePath());
        return jar;
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs with the fake backend (--backend fake first, so every command gets it). */
    static Result fake(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--backend";
        all[1] = "fake";
        System.arraycopy(args, 0, all, 2, args.length);
        return run(Map.of(), all);
    }

    static Result run(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command(args));
        pb.environment().remove("DISPLAY");
        pb.environment().putAll(env);
        return finish(pb.start(), 120);
    }

    static Result finish(Process p, long timeoutSeconds) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        // Read both streams concurrently so neither pipe fills and blocks the child.
        StringBuilder err = new StringBuilder();
        Thread errReader = Thread.ofVirtual().start(() -> {
            try {
                err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.append("(stderr unreadable: ").append(e).append(')');
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("mediacapture did not finish within " + timeoutSeconds + " s; output so far:\n" + out);
        }
        errReader.join();
        return new Result(p.exitValue(), out, err.toString(), (System.nanoTime() - t0) / 1_000_000);
    }
}
