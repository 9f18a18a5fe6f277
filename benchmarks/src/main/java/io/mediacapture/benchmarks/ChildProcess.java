package io.mediacapture.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A probe or the C client run next to another one: started, followed through the JSON lines it prints on stdout
 * ({@code {"receiving":true}}, {@code {"measuring":true}}, ...), told when to stop (a line on its stdin, or
 * SIGTERM), and read for the JSON result on its last line. Its stderr goes to ours. {@link #close()} kills it if it
 * is still running.
 */
final class ChildProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final BufferedReader lines;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code command} with a pipe to its stdin (see {@link #tellToStop}). */
    static ChildProcess start(String name, List<String> command) {
        return start(name, command, ProcessBuilder.Redirect.PIPE);
    }

    /** Starts {@code command} with /dev/null as its stdin: for a process that is only waited for. */
    static ChildProcess startWithoutInput(String name, List<String> command) {
        return start(name, command, ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }

    private static ChildProcess start(String name, List<String> command, ProcessBuilder.Redirect input) {
        try {
            return new ChildProcess(name, new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectInput(input).start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + " (" + command.getFirst() + "): " + e.getMessage(), e);
        }
    }

    /** Reads stdout until a JSON line with {@code key} and returns it; throws if the process ends or is too slow. */
    @SuppressWarnings("unchecked")
    Map<String, Object> await(String key, long timeoutSeconds) {
        CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("{") && line.contains("\"" + key + "\"")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            String line = seen.get(timeoutSeconds, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException(name + " ended before '" + key + "' (exit " + process.waitFor()
                        + "; see its message above)");
            }
            return (Map<String, Object>) Json.parse(line);
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " did not say '" + key + "' within " + timeoutSeconds + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the output of " + name + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Writes a line on its stdin and closes it (a {@code stdin} probe stops at it). */
    void tellToStop() {
        try (OutputStream in = process.getOutputStream()) {
            in.write("stop\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // it ended already: result() reports how
        }
    }

    /** Sends a signal by name (TERM, USR1) without touching its streams, as Process.destroy() would. */
    void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            String out = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("cannot send SIG" + signal + " to " + name + ": " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Waits for it to end (at most 30 s) and returns the JSON on its last line. */
    Map<String, Object> result() {
        return result(30);
    }

    /**
     * Waits for it to end and returns the JSON on its last line.
     *
     * @throws IllegalStateException if it does not end within {@code timeoutSeconds} (it is killed), fails, or
     *         prints no JSON
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> result(long timeoutSeconds) {
        // Read while it writes: a long run's JSON is more than a pipe holds, and a writer blocked on a full pipe
        // would never end.
        CompletableFuture<String> lastLine = CompletableFuture.supplyAsync(() -> {
            String last = null;
            try {
                for (String line; (line = lines.readLine()) != null; ) {
                    last = line;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return last;
        });
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                close();
                throw new IllegalStateException(name + " did not finish within " + timeoutSeconds + " s (killed)");
            }
            String last = lastLine.get(10, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed: exit " + process.exitValue() + " (see its message above)");
            }
            if (last == null || !last.startsWith("{")) {
                throw new IllegalStateException(name + " printed no JSON result (last line: '" + last + "')");
            }
            return (Map<String, Object>) Json.parse(last);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the output of " + name + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
