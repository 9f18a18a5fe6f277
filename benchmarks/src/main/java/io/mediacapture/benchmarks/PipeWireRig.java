package io.mediacapture.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The private PipeWire daemon of {@code scripts/rigs/pipewire.sh}, found through the environment its
 * {@code start} exports. Each benchmark capture gets a fresh test node (added here, removed after), named
 * {@code mediacapture-bench-PID-N}.
 */
final class PipeWireRig {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String PREFIX = "mediacapture-bench-";

    private PipeWireRig() {}

    /** The rig script, or an exception saying how to start the rig. */
    static String script() {
        String s = System.getenv("MEDIACAPTURE_PW_RIG_SCRIPT");
        if (s == null || s.isBlank()) {
            throw new IllegalStateException("the PipeWire rig is not running: MEDIACAPTURE_PW_RIG_SCRIPT is not set"
                    + " (run scripts/bench.sh, which starts it, or eval \"$(scripts/rigs/pipewire.sh start)\")");
        }
        return s;
    }

    static boolean available() {
        String s = System.getenv("MEDIACAPTURE_PW_RIG_SCRIPT");
        return s != null && !s.isBlank();
    }

    /** Adds a videotestsrc or audiotestsrc node and returns its node.name. */
    static String addFreshNode(String kind) {
        String name = PREFIX + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        run(List.of(script(), "add-node", name, kind, description(name)));
        return name;
    }

    /** The node description (what the PipeWire backend shows as the device label). */
    static String description(String node) {
        if (!node.startsWith(PREFIX)) {
            throw new IllegalArgumentException("'" + node + "' is not a benchmark node (" + PREFIX + "...)");
        }
        return "Bench " + node.substring(PREFIX.length());
    }

    static void removeNode(String name) {
        run(List.of(script(), "remove-node", name));
    }

    /** Runs a rig subcommand; returns its stdout; throws with its stderr when it fails. */
    static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            var err = new java.io.ByteArrayOutputStream();
            Thread drain = Thread.ofPlatform().daemon().start(() -> {
                try {
                    p.getErrorStream().transferTo(err);
                } catch (IOException ignored) {
                    // the process went away; what we have is the message
                }
            });
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 60 s");
            }
            drain.join(1000);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): "
                        + err.toString(StandardCharsets.UTF_8).trim());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }
}
