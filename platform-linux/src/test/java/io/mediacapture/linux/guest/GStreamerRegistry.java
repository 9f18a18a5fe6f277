package io.mediacapture.linux.guest;

import io.mediacapture.testing.Peers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A GStreamer plugin registry written on the host for GStreamer run in the QEMU guest: there, scanning
 * every plugin under TCG takes many seconds and {@code ~/.cache} is read-only. Pass it on with
 * {@code GST_REGISTRY=<path>} and {@code GST_REGISTRY_UPDATE=no}.
 */
public final class GStreamerRegistry {
    private GStreamerRegistry() {}

    /** {@code target/gst-registry.bin} of the module the tests run in. */
    public static Path path() {
        return Path.of("target", "gst-registry.bin").toAbsolutePath();
    }

    /**
     * Writes (or refreshes) the registry with {@code gst-inspect-1.0} and checks that each element exists;
     * fails (CI=true) or skips the calling test otherwise, naming what is missing.
     */
    public static void requireElements(String... elements) throws IOException, InterruptedException {
        for (String e : elements) {
            String why;
            try {
                ProcessBuilder pb = new ProcessBuilder("gst-inspect-1.0", e).redirectErrorStream(true);
                pb.environment().put("GST_REGISTRY", path().toString());
                Process p = pb.start();
                // Not --exists: it answers 1 for elements of rank none, such as pipewiresink.
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    why = "gst-inspect-1.0 " + e + " did not finish in 120 s";
                } else {
                    why = p.exitValue() == 0 ? null : "GStreamer element " + e + " is missing (" + out.strip().lines().findFirst().orElse("") + ")";
                }
            } catch (IOException x) {
                why = "gst-inspect-1.0 cannot run (package gstreamer1.0-tools): " + x.getMessage();
            }
            Peers.require(why == null, why + "; see scripts/test-packages.txt");
        }
    }
}
