package io.mediacapture.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A status line that updates in place on a terminal ({@code \r} and padding) and, when output goes to a
 * file or pipe, prints plain lines at most once per {@link #PLAIN_INTERVAL_NANOS} so logs stay readable.
 */
final class ProgressLine {
    static final long PLAIN_INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private int lastLength;
    private long lastPlain = Long.MIN_VALUE;

    ProgressLine(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether standard output is an interactive terminal (not redirected). */
    static boolean stdoutIsTerminal() {
        Console c = System.console();
        return c != null && c.isTerminal();
    }

    /** How often the caller should refresh: fast on a terminal, once a second otherwise. */
    long intervalMillis() {
        return terminal ? 250 : 1000;
    }

    synchronized void update(String line) {
        if (terminal) {
            int pad = Math.max(0, lastLength - line.length());
            out.print("\r" + line + " ".repeat(pad));
            lastLength = line.length();
            out.flush();
            return;
        }
        long now = System.nanoTime();
        if (lastPlain == Long.MIN_VALUE || now - lastPlain >= PLAIN_INTERVAL_NANOS - 50_000_000L) {
            lastPlain = now;
            out.println(line);
            out.flush();
        }
    }

    /** Ends the in-place line so what follows starts on a fresh one. */
    synchronized void finish() {
        if (terminal && lastLength > 0) {
            out.println();
            out.flush();
            lastLength = 0;
        }
    }

    /** A peak level in [0, 1] as dBFS, e.g. "-6.0 dBFS", or "-inf dBFS" for silence. */
    static String dbfs(float peak) {
        if (!(peak > 0)) {
            return "-inf dBFS";
        }
        return String.format(Locale.ROOT, "%.1f dBFS", 20 * Math.log10(peak));
    }
}
