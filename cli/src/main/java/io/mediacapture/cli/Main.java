package io.mediacapture.cli;

import io.mediacapture.MediaDevices;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code mediacapture}: see, test and record capture devices from the command line. Each subcommand is a
 * class of its own; this one holds the options every subcommand shares and maps failures to exit codes
 * (see {@link CliException}).
 */
@Command(name = "mediacapture", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "See, test and record cameras and microphones (W3C Media Capture and Streams for Java).",
        subcommands = {DevicesCommand.class, WatchCommand.class, CaptureCommand.class, SnapshotCommand.class,
                StatsCommand.class, PreviewCommand.class, ControlsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Constraints are JSON as in JavaScript, e.g. --video='{\"width\":{\"ideal\":1280},\"frameRate\":{\"min\":30}}'.",
                "Exit codes: 0 ok, 1 device or capture error, 2 bad usage or constraints, 3 no display (preview)."})
public final class Main implements Runnable {
    /** What --backend chose; read by {@link Session#open()}. Static because picocli copies inherited options. */
    private static volatile String backend;

    @Option(names = "--backend", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Backends to use: fake, pipewire, alsa, v4l2, ... (comma-separated). "
                    + "Default: the best of this system (or the system property " + MediaDevices.BACKEND_PROPERTY + ").")
    void setBackend(String name) {
        if (name == null || name.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--backend needs a name, e.g. --backend fake");
        }
        backend = name.trim();
    }

    static String backend() {
        return backend;
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (devices, watch, capture, snapshot, stats, preview)");
    }

    public static void main(String[] args) {
        quietLibraryLog();
        System.exit(execute(args));
    }

    /**
     * The tool speaks for itself on stdout/stderr; the library's own log (which decoder was chosen, ...) would
     * interleave with that, so only its warnings and errors show unless the user configures logging
     * ({@code -Djava.util.logging.config.file=...}, or {@code MEDIACAPTURE_LOG=INFO} / {@code FINE}).
     */
    private static void quietLibraryLog() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        String wanted = System.getenv("MEDIACAPTURE_LOG");
        java.util.logging.Level level = java.util.logging.Level.WARNING;
        if (wanted != null && !wanted.isBlank()) {
            try {
                level = java.util.logging.Level.parse(wanted.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                System.err.println("mediacapture: MEDIACAPTURE_LOG=" + wanted + " is not a log level (SEVERE, WARNING, INFO, FINE, ALL); using WARNING");
            }
        }
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(level);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(level);
        }
    }

    /** Runs the tool and returns its exit code (for tests that do not want System.exit). */
    static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof CliException c) {
                err.println(c.getMessage());
                err.flush();
                return c.exitCode();
            }
            err.println("mediacapture: unexpected error: " + e);
            e.printStackTrace(err);
            err.flush();
            return CliException.FAILED;
        });
        cl.setParameterExceptionHandler((e, params) -> {
            CommandLine cmd = e.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("mediacapture: " + e.getMessage());
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return CliException.USAGE;
        });
        return cl.execute(args);
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"mediacapture " + (v == null ? "(development build)" : v)
                    + " on Java " + Runtime.version() + ", " + System.getProperty("os.name")};
        }
    }
}
