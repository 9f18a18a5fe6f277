package io.mediacapture.linux.pipewire;

import io.mediacapture.MediaDevices;
import io.mediacapture.testing.Peers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PipeWire test rig started by {@code scripts/rigs/pipewire.sh start} (see docs/test-rigs.md), found through
 * the environment it exports. {@link #require()} fails under CI and skips elsewhere when it is missing.
 */
final class PipeWireRig {
    static final String CAMERA = env("MEDIACAPTURE_PW_CAMERA", "mediacapture-test-camera");
    static final String CAMERA_LABEL = env("MEDIACAPTURE_PW_CAMERA_LABEL", "Test Camera");
    static final String MICROPHONE = env("MEDIACAPTURE_PW_MICROPHONE", "mediacapture-test-microphone");
    static final String MICROPHONE_LABEL = env("MEDIACAPTURE_PW_MICROPHONE_LABEL", "Test Microphone");

    private PipeWireRig() {}

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Fails (CI) or skips unless the rig's daemon is up. */
    static void require() {
        String dir = System.getenv("MEDIACAPTURE_PW_RIG");
        Peers.require(dir != null && Files.isDirectory(Path.of(dir)),
                "the PipeWire test rig (MEDIACAPTURE_PW_RIG is " + (dir == null ? "unset" : "'" + dir + "', not a directory")
                        + "; run: eval \"$(scripts/rigs/pipewire.sh start)\")");
        Peers.require(new PipeWireBackendProvider().availability().isAvailable(),
                "a reachable PipeWire daemon: " + new PipeWireBackendProvider().availability().reason());
    }

    static MediaDevices open() {
        return MediaDevices.withBackends("pipewire");
    }

    /** Runs a rig subcommand and returns its stdout (trimmed). @throws AssertionError when it fails */
    static String run(String... args) {
        String script = System.getenv("MEDIACAPTURE_PW_RIG_SCRIPT");
        if (script == null) {
            throw new AssertionError("MEDIACAPTURE_PW_RIG_SCRIPT is not set");
        }
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", script));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("rig " + String.join(" ", args) + " did not finish within 60 s");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("rig " + String.join(" ", args) + " failed with exit code " + p.exitValue());
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run the rig script " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
