package io.mediacapture.bindings.alsa.inline;

import io.mediacapture.bindings.alsa.asoundlib_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Controls where libasound's diagnostics go. By default libasound prints them to the process's stderr
 * (e.g. "ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM nosuch"), which a library should not do
 * behind its user's back.
 *
 * <p>One upcall stub, allocated once in the global arena, is installed as libasound's (process-wide)
 * handler; it forwards to the current Java consumer. Stubs are therefore never freed while libasound
 * might still call them, and switching consumers allocates nothing. See {@link snd_lib_error_handler_t}
 * for why the consumer sees the {@code printf} format rather than the formatted text.
 * Thread-safe; the consumer runs on whichever thread called into libasound.
 */
public final class AlsaErrorHandler {
    private AlsaErrorHandler() {}

    /** One diagnostic: source location in libasound, the error code (0 or negative) and the format string. */
    public record Message(String file, int line, String function, int err, String format) {
        @Override
        public String toString() {
            return "ALSA lib " + file + ":" + line + ":(" + function + ") " + format
                    + (err != 0 ? " [" + Alsa.strerror(err) + "]" : "");
        }
    }

    private static volatile Consumer<Message> consumer = m -> { };
    private static MemorySegment stub;

    /** Sends libasound's diagnostics to {@code sink} instead of stderr. The sink must be quick; it must not call libasound. */
    public static synchronized void install(Consumer<Message> sink) {
        consumer = Objects.requireNonNull(sink, "sink");
        if (stub == null) {
            stub = snd_lib_error_handler_t.allocate(AlsaErrorHandler::dispatch, Arena.global());
        }
        check(asoundlib_h.snd_lib_error_set_handler(stub));
    }

    /** Discards libasound's diagnostics. */
    public static void silence() {
        install(m -> { });
    }

    /** Restores libasound's default handler (stderr) by installing NULL. */
    public static synchronized void restoreDefault() {
        check(asoundlib_h.snd_lib_error_set_handler(MemorySegment.NULL));
        consumer = m -> { };
    }

    private static void check(int result) {
        Alsa.check("snd_lib_error_set_handler", result);
    }

    // Runs as an upcall: nothing may escape, or the VM would crash.
    private static void dispatch(MemorySegment file, int line, MemorySegment function, int err, MemorySegment fmt) {
        try {
            consumer.accept(new Message(cString(file), line, cString(function), err, cString(fmt)));
        } catch (Throwable t) {
            try {
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), t);
            } catch (Throwable ignored) {
                // The uncaught-exception handler itself failed; there is nowhere left to report it.
            }
        }
    }

    private static String cString(MemorySegment s) {
        return s.equals(MemorySegment.NULL) ? "" : s.getString(0);
    }
}
