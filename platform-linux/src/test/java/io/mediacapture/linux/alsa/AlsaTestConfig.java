package io.mediacapture.linux.alsa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real capture PCMs for tests that need no sound card: ALSA's {@code file} plugin over the {@code null} PCM,
 * reading a generated raw tone ({@value #TONE_HZ} Hz sine, s16 mono {@value #FILE_RATE} Hz) as its capture
 * input, behind a {@code plug} so that any rate, channel count and format can be asked for.
 *
 * <p>How libasound finds it: {@code ALSA_CONFIG_PATH} (set once per JVM with libc's {@code setenv}, because
 * libasound reads the C environment, not Java's) names a file that first includes the system's own
 * {@code /usr/share/alsa/alsa.conf} and then defines our PCMs. Including alsa.conf keeps every system PCM
 * ({@code default}, {@code pipewire}, {@code ~/.asoundrc}) as it was; libasound notices the changed path on
 * its next call and reloads. Our PCMs carry a {@code hint} section, so name hints (and thus enumeration)
 * list them like any user-defined PCM.
 *
 * <p>The {@code file} plugin has no clock: it delivers as fast as it is read. The tone PCM reads a FIFO that a
 * daemon thread of this JVM keeps full of the endless tone, so it never runs dry and never returns a short
 * read (which the plugin would splice); it runs faster than real time, which no test depends on. The
 * vanishing PCM reads a plain {@value #SECONDS} s file, which its test deletes.
 */
final class AlsaTestConfig {
    static final int TONE_HZ = 440;
    static final int FILE_RATE = 48_000;
    static final int SECONDS = 30;
    /** A capture PCM that plays the tone. */
    static final String TONE_PCM = "mediacapture_tone";
    /** A second one over its own copy of the tone file, for tests that delete the file. */
    static final String VANISHING_PCM = "mediacapture_vanishing";

    /**
     * A hinted PCM whose description is longer than {@link AlsaEnumerator#MAX_STRING_BYTES}: enumeration skips
     * it, with a warning, and lists the others.
     */
    static final String OVERLONG_HINT_PCM = "mediacapture_overlong_hint";

    /** The PipeWire rig's node that {@link #PIPEWIRE_PCM} captures from (tests create it fresh). */
    static final String PIPEWIRE_NODE = "mediacapture-alsa-test-microphone";
    /** A hinted {@code type pipewire} PCM bound to {@link #PIPEWIRE_NODE}. */
    static final String PIPEWIRE_PCM = "mediacapture_pipewire";

    private static AlsaTestConfig instance;

    final Path dir;
    final Path vanishingInput;

    private AlsaTestConfig(Path dir) {
        this.dir = dir;
        this.vanishingInput = dir.resolve("vanishing.raw");
    }

    /** Writes the files and points libasound at them, once per JVM. */
    static synchronized AlsaTestConfig install() {
        if (instance != null) {
            return instance;
        }
        try {
            Path dir = Files.createTempDirectory("mediacapture-alsa-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            AlsaTestConfig c = new AlsaTestConfig(dir);
            Path tone = dir.resolve("tone.raw");
            writeTone(tone);
            Files.copy(tone, c.vanishingInput);
            Path fifo = dir.resolve("tone.fifo");
            startToneWriter(fifo, Files.readAllBytes(tone));
            Path conf = dir.resolve("asound.conf");
            Files.writeString(conf, "</usr/share/alsa/alsa.conf>\n"
                    + filePcm(TONE_PCM, fifo, "Mediacapture test tone (file plugin)")
                    + filePcm(VANISHING_PCM, c.vanishingInput, "Mediacapture vanishing tone (file plugin)")
                    + "pcm." + PIPEWIRE_PCM + " {\n  type pipewire\n  server \"pipewire-0\"\n"
                    + "  playback_node \"-1\"\n  capture_node \"" + PIPEWIRE_NODE + "\"\n"
                    + "  hint { show on description \"Mediacapture test microphone (pipewire plugin)\" }\n}\n"
                    + "pcm." + OVERLONG_HINT_PCM + " {\n  type null\n  hint { show on description \""
                    + "x".repeat(AlsaEnumerator.MAX_STRING_BYTES + 16) + "\" }\n}\n");
            setenv("ALSA_CONFIG_PATH", conf.toString());
            instance = c;
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the vanishing PCM's input back (tests that delete it call this when done). */
    void restoreVanishingInput() throws IOException {
        Files.copy(dir.resolve("tone.raw"), vanishingInput, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes {@code fifo} and feeds it the tone in real time from a daemon thread, for the life of the JVM. */
    private static void startToneWriter(Path fifo, byte[] tone) throws IOException {
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo " + fifo + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        // Read-write: the open never blocks, and readers never see end-of-file between two of them.
        java.io.RandomAccessFile out = new java.io.RandomAccessFile(fifo.toFile(), "rw");
        // Not paced: the writer keeps the pipe full (it blocks while nobody reads). libasound's file plugin
        // splices its input when a read comes back short (it has already advanced the null slave by the
        // whole request), so the pipe must never run low; big writes keep the writer ahead of any reader.
        int chunk = 16 * 1024;
        Thread.ofPlatform().daemon().name("alsa-test-tone-writer").start(() -> {
            int pos = 0;
            try {
                while (true) {
                    int n = Math.min(chunk, tone.length - pos);
                    out.write(tone, pos, n);
                    pos = (pos + n) % tone.length;
                }
            } catch (IOException e) {
                // the JVM is ending
            }
        });
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }

    private static String filePcm(String name, Path input, String description) {
        return "pcm." + name + "_raw {\n"
                + "  type file\n  slave.pcm \"null\"\n  file \"/dev/null\"\n"
                + "  infile \"" + input + "\"\n  format \"raw\"\n}\n"
                + "pcm." + name + " {\n"
                + "  type plug\n"
                + "  slave { pcm \"" + name + "_raw\" format S16_LE rate " + FILE_RATE + " channels 1 }\n"
                + "  hint { show on description \"" + description + "\" }\n}\n";
    }

    private static void writeTone(Path file) throws IOException {
        int frames = FILE_RATE * SECONDS;
        ByteBuffer b = ByteBuffer.allocate(frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            b.putShort((short) Math.round(0.5 * Short.MAX_VALUE * Math.sin(2 * Math.PI * TONE_HZ * i / FILE_RATE)));
        }
        Files.write(file, b.array());
    }

    private static void setenv(String name, String value) {
        Linker linker = Linker.nativeLinker();
        MethodHandle setenv = linker.downcallHandle(linker.defaultLookup().find("setenv").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            int r = (int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 1);
            if (r != 0) {
                throw new IllegalStateException("setenv(" + name + ") failed");
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
