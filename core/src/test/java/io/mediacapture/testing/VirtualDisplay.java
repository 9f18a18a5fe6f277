package io.mediacapture.testing;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * A real X server for view tests: Xvfb on a display of its own, a child JVM that draws on it, and screenshots
 * of the whole screen taken from outside the JVM with ImageMagick's {@code import}. Needs the packages xvfb and
 * imagemagick ({@link Peers#require}: fails under CI, skips elsewhere).
 */
public final class VirtualDisplay implements AutoCloseable {
    private final Process server;
    private final String display;
    private final String importTool;
    private final Path dir;
    private final List<Child> children = new ArrayList<>();

    private VirtualDisplay(Process server, String display, String importTool, Path dir) {
        this.server = server;
        this.display = display;
        this.importTool = importTool;
        this.dir = dir;
    }

    /** Starts Xvfb (1280x800, 24 bits); logs go to {@code dir}. */
    public static VirtualDisplay start(Path dir) throws IOException {
        String xvfb = which("Xvfb");
        String importTool = which("import");
        Peers.require(xvfb != null && importTool != null, "Xvfb (package xvfb) and import (package imagemagick); missing: "
                + (xvfb == null ? "Xvfb " : "") + (importTool == null ? "import" : ""));
        Process server = new ProcessBuilder(xvfb, "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectError(dir.resolve("xvfb.log").toFile()).start();
        String number = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        if (number == null) {
            server.destroy();
            throw new IOException("Xvfb did not start: " + Files.readString(dir.resolve("xvfb.log")));
        }
        return new VirtualDisplay(server, ":" + number.trim(), importTool, dir);
    }

    public String display() {
        return display;
    }

    /**
     * Runs {@code mainClass} in a new JVM on this display, with this JVM's class path and native access; its
     * standard error goes to {@code dir/<simple name>.err}.
     */
    public Child java(Class<?> mainClass, String... jvmArgs) throws IOException {
        return java(mainClass, List.of(jvmArgs), List.of());
    }

    /** {@link #java(Class, String...)} with program arguments. */
    public Child java(Class<?> mainClass, List<String> jvmArgs, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass.getName());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("DISPLAY", display);
        Path err = dir.resolve(mainClass.getSimpleName() + ".err");
        pb.redirectError(err.toFile());
        Child child = new Child(pb.start(), err);
        children.add(child);
        return child;
    }

    /** A screenshot of the whole screen, saved as {@code dir/<name>.png}. */
    public BufferedImage screenshot(String name) throws IOException, InterruptedException {
        Path shot = dir.resolve(name + ".png");
        Process imp = new ProcessBuilder(importTool, "-display", display, "-window", "root", shot.toString())
                .redirectErrorStream(true).start();
        String out = new String(imp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!imp.waitFor(30, TimeUnit.SECONDS) || imp.exitValue() != 0) {
            imp.destroyForcibly();
            throw new IOException("import failed: " + out);
        }
        return ImageIO.read(shot.toFile());
    }

    @Override
    public void close() {
        for (Child c : children) {
            c.close();
        }
        end(server);
    }

    /** Ends a process: politely, then by force after 10 s. */
    private static void end(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A child JVM: its standard output read line by line, commands written to its standard input. */
    public static final class Child implements AutoCloseable {
        private static final String EOF = "\u0000eof";
        private final Process process;
        private final Path err;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final PrintWriter in;

        Child(Process process, Path err) {
            this.process = process;
            this.err = err;
            this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            Thread.ofPlatform().daemon().name("child-stdout").start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        System.out.println("[child] " + line);
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process ended
                } finally {
                    lines.add(EOF);
                }
            });
        }

        /** The next output line that starts with {@code prefix} (earlier lines are skipped); fails after {@code timeout}. */
        public String expect(String prefix, Duration timeout) throws InterruptedException, IOException {
            long end = System.nanoTime() + timeout.toNanos();
            for (;;) {
                String line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || line.equals(EOF)) {
                    if (line != null) {
                        lines.add(EOF);
                    }
                    throw new AssertionError("no line '" + prefix + "...' from the child within " + timeout
                            + (line == null ? "" : " (it ended)") + "; its stderr:\n" + Files.readString(err));
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }

        public void send(String command) {
            in.println(command);
        }

        /** Waits for the child to exit by itself. */
        public int waitFor(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the child did not exit within " + timeout);
            }
            return process.exitValue();
        }

        @Override
        public void close() {
            end(process);
        }
    }

    private static String which(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
