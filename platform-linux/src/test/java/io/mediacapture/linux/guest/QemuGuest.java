package io.mediacapture.linux.guest;

import io.mediacapture.testing.Peers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test classes, or JUnit classes on JUnit's console launcher ({@link #junit}), inside the QEMU guest of {@code scripts/qemu/run-in-guest.sh}
 * (real kernel drivers: vivid cameras, snd-aloop sound card; the host root read-only), with this JVM's
 * class path and java, and returns its exit status and console output. One boot per call: batch checks.
 *
 * <pre>{@code
 * QemuGuest.Result r = QemuGuest.java(MyGuestChecks.class).args("a").timeout(Duration.ofMinutes(3)).run();
 * }</pre>
 *
 * <p>{@link #requireAvailable()} gates a test: under {@code CI=true} a guest that cannot run fails it,
 * elsewhere it is skipped with the reason printed. The guest sees the host's {@code /tmp} through a writable
 * overlay, so a checkout under {@code /tmp} works; the guest's writes there stay in the guest.
 */
public final class QemuGuest {
    private static final String CONSOLE_LAUNCHER = "org.junit.platform.console.ConsoleLauncher";

    private final String mainClass;
    private final boolean junit;
    private final List<String> args = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private Duration timeout = Duration.ofMinutes(3);
    private String vivid;
    private String aloop;
    private String v4l2loopback;
    private String wrapper;
    private String classPath = System.getProperty("java.class.path");
    private Path cwd;

    private QemuGuest(String mainClass, boolean junit) {
        this.mainClass = mainClass;
        this.junit = junit;
    }

    /** A run of {@code main} (a class on the test class path) in the guest. */
    public static QemuGuest java(Class<?> main) {
        return new QemuGuest(main.getName(), false);
    }

    /**
     * A run of these JUnit classes in the guest, in one JVM, on JUnit's console launcher. Its XML report is
     * written into the run's {@code --out} directory and comes back as {@link Result#junit()}.
     */
    public static QemuGuest junit(Class<?>... testClasses) {
        QemuGuest g = new QemuGuest(CONSOLE_LAUNCHER, true);
        g.args.addAll(List.of("execute", "--disable-banner", "--disable-ansi-colors", "--details=tree", "--fail-if-no-tests"));
        for (Class<?> c : testClasses) {
            g.args.addAll(List.of("--select-class", c.getName()));
        }
        return g;
    }

    public QemuGuest args(String... a) {
        args.addAll(List.of(a));
        return this;
    }

    public QemuGuest jvmOptions(String... o) {
        jvmOptions.addAll(List.of(o));
        return this;
    }

    public QemuGuest env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Kills the guest after this long (the run then fails with status 124). Default 3 minutes. */
    public QemuGuest timeout(Duration t) {
        timeout = t;
        return this;
    }

    /** vivid module options (run-in-guest.sh {@code --vivid}); its default when not set. */
    public QemuGuest vivid(String options) {
        vivid = options;
        return this;
    }

    /** snd-aloop module options (run-in-guest.sh {@code --aloop}). */
    public QemuGuest aloop(String options) {
        aloop = options;
        return this;
    }

    /** Also load v4l2loopback with these options (run-in-guest.sh {@code --v4l2loopback}, shell-quoted words). */
    public QemuGuest v4l2loopback(String options) {
        v4l2loopback = options;
        return this;
    }

    /** A program the guest runs the JVM under ({@code wrapper java ...}), e.g. scripts/qemu/guest-pipewire.sh. */
    public QemuGuest wrapper(String program) {
        wrapper = program;
        return this;
    }

    /** The guest JVM's class path; this JVM's when not set. */
    public QemuGuest classPath(String cp) {
        classPath = cp;
        return this;
    }

    /** The guest command's working directory; this JVM's when not set. */
    public QemuGuest cwd(Path dir) {
        cwd = dir;
        return this;
    }

    /**
     * What one guest run gave. {@code status} 124: timeout; 125: the rig itself failed. {@code junit}: the
     * console launcher's report of a {@link #junit} run (null for a {@link #java} run).
     */
    public record Result(int status, String output, Duration elapsed, GuestJUnitReport junit) {
        public boolean rigFailed() {
            return status == 125 || status == 124;
        }
    }

    /** The script, found from the working directory upwards (the module or the repository root). */
    public static Optional<Path> script() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve("scripts/qemu/run-in-guest.sh");
            if (Files.isExecutable(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Why the guest cannot run on this machine, or empty when it can. */
    public static Optional<String> unavailableReason() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            return Optional.of("the QEMU guest runs on Linux hosts only");
        }
        if (script().isEmpty()) {
            return Optional.of("scripts/qemu/run-in-guest.sh not found above " + Path.of("").toAbsolutePath());
        }
        boolean qemu = Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(p -> java.util.Arrays.stream(p.split(":")))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "qemu-system-x86_64")));
        if (!qemu) {
            return Optional.of("qemu-system-x86_64 is not installed (package qemu-system-x86; see scripts/test-packages.txt)");
        }
        try (var s = Files.list(Path.of("/boot"))) {
            if (s.noneMatch(f -> f.getFileName().toString().startsWith("vmlinuz-") && Files.isReadable(f))) {
                return Optional.of("no readable /boot/vmlinuz-* (package linux-image-amd64)");
            }
        } catch (IOException e) {
            return Optional.of("cannot list /boot: " + e);
        }
        return Optional.empty();
    }

    /**
     * Fails (CI=true) or skips the calling test unless the guest can run here with v4l2loopback loaded
     * (run-in-guest.sh {@code --check --v4l2loopback}: the module is installed or can be built for the guest kernel).
     */
    public static void requireV4l2loopback() throws IOException, InterruptedException {
        requireAvailable();
        Process p = new ProcessBuilder(script().orElseThrow().toString(), "--check", "--v4l2loopback", "")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        Peers.require(done && p.exitValue() == 0, "v4l2loopback for the QEMU guest's kernel: " + out);
    }

    /**
     * For the {@code @BeforeAll} of a class that runs only inside the guest ({@link #junit}): fails, naming the
     * host test that runs it there, when called anywhere else. Such classes fail rather than skip on a host.
     */
    public static void assertInGuest(Class<?> hostTest) {
        if (!"1".equals(System.getenv("QEMU_GUEST"))) {
            throw new AssertionError("this class runs only inside the QEMU guest (QEMU_GUEST=1), where "
                    + hostTest.getSimpleName() + " runs it; run that test instead");
        }
    }

    /** Fails (CI=true) or skips the calling test unless the guest can run here. */
    public static void requireAvailable() {
        Optional<String> why = unavailableReason();
        Peers.require(why.isEmpty(), "QEMU guest with real kernel drivers: " + why.orElse(""));
    }

    /** Boots the guest, runs the main class, and returns when the guest has powered off. */
    public Result run() throws IOException, InterruptedException {
        Path script = script().orElseThrow(() -> new IllegalStateException(unavailableReason().orElse("no script")));
        Path out = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "qemu-guest-");
        List<String> cmd = new ArrayList<>(List.of(script.toString(), "--timeout", Long.toString(timeout.toSeconds()),
                "--out", out.toString()));
        if (vivid != null) {
            cmd.addAll(List.of("--vivid", vivid));
        }
        if (aloop != null) {
            cmd.addAll(List.of("--aloop", aloop));
        }
        if (v4l2loopback != null) {
            cmd.addAll(List.of("--v4l2loopback", v4l2loopback));
        }
        if (cwd != null) {
            cmd.addAll(List.of("--cwd", cwd.toString()));
        }
        env.forEach((k, v) -> cmd.addAll(List.of("--env", k + "=" + v)));
        cmd.add("--");
        if (wrapper != null) {
            cmd.add(wrapper);
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1"); // C1 only: under TCG, C2 compiling costs more than it saves
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        Path reports = out.resolve("junit-reports");
        if (junit) {
            cmd.addAll(List.of("--reports-dir", reports.toString()));
        }
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("[guest] " + line);
                output.append(line).append('\n');
            }
        }
        if (!p.waitFor(timeout.toSeconds() + 60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("run-in-guest.sh did not exit " + (timeout.toSeconds() + 60) + " s after starting");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        GuestJUnitReport report = junit ? GuestJUnitReport.read(reports) : null;
        deleteQuietly(out);
        return new Result(p.exitValue(), output.toString(), elapsed, report);
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover empty temp directory is harmless
        }
    }
}
