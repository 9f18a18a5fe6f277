package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.BackendStatus;
import io.mediacapture.MediaDevices;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PipeWire socket that accepts connections and never answers (a stuck daemon) must not hold up backends
 * picked by name: {@code withBackends("v4l2")} computes PipeWire's status only when {@code backends()} asks
 * (issue #22). libpipewire reads the socket's place from the environment, so the check runs in a JVM of its
 * own with PIPEWIRE_RUNTIME_DIR/PIPEWIRE_REMOTE pointing at a listening unix socket nobody accepts on.
 */
class PipeWireStuckSocketTest {

    @Test
    void withBackendsV4l2NeverWaitsOnAStuckPipeWireSocket(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("stuck-0");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket)); // listens; connections wait in the backlog forever
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                    System.getProperty("java.class.path"), StuckMain.class.getName());
            pb.environment().put("PIPEWIRE_RUNTIME_DIR", dir.toString());
            pb.environment().put("PIPEWIRE_REMOTE", "stuck-0");
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            p.getOutputStream().close();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child finished");
            assertEquals(0, p.exitValue(), "child output: " + lines);
            long readyMillis = Long.parseLong(value(lines, "ready_ms"));
            assertTrue(readyMillis < PipeWireBackendProvider.PROBE_TIMEOUT.toMillis() / 2,
                    "withBackends(\"v4l2\") and its device list took " + readyMillis + " ms: it waited on PipeWire");
            String pipewire = value(lines, "pipewire");
            assertTrue(pipewire.contains("did not answer"), "asked for, PipeWire's status is probed and names the"
                    + " stuck daemon: " + pipewire);
        }
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + lines));
    }

    /** The child: V4L2 by name, its device list, then PipeWire's status. */
    public static final class StuckMain {
        public static void main(String[] args) throws Exception {
            long t0 = System.nanoTime();
            try (MediaDevices devices = MediaDevices.withBackends("v4l2")) {
                devices.enumerateDevices().get(30, TimeUnit.SECONDS);
                System.out.println("ready_ms=" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
                BackendStatus pw = devices.backends().stream().filter(b -> b.name().equals("pipewire")).findFirst()
                        .orElseThrow();
                System.out.println("pipewire=" + pw);
            }
        }
    }

}
