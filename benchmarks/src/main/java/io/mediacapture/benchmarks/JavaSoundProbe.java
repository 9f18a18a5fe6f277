package io.mediacapture.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * Audio baseline through {@code javax.sound.sampled}: 48 kHz 16-bit stereo capture in 10 ms reads from the
 * mixer that reaches PipeWire (one named like "pipewire", else ALSA's "default" PCM, which pipewire-alsa
 * routes to PipeWire: the JDK's ALSA provider lists hardware cards plus "default", not the "pipewire" PCM). javax.sound gives buffers no capture timestamp, so each buffer's first sample is stamped on
 * the sample clock anchored at the first buffer (arrival time minus its duration) and the latency is the
 * time read() returned minus that stamp: 10 ms plus the delivery delay and jitter relative to the first
 * buffer. Prints one JSON object; when no mixer reaches PipeWire it prints {"unavailable": reason} (exit 0).
 */
public final class JavaSoundProbe {
    private static final int RATE = 48_000;
    private static final int CHANNELS = 2;
    private static final int BYTES_PER_FRAME = 4;
    private static final int FRAMES_PER_READ = RATE / 100;
    private static final long STALL_NANOS = 5_000_000_000L;
    private static volatile long lastProgress = System.nanoTime();

    private JavaSoundProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: JavaSoundProbe WARMUP_SECONDS SECONDS");
            System.exit(2);
        }
        startWatchdog();
        try {
            System.out.println(Json.write(measure(Double.parseDouble(args[0]), Double.parseDouble(args[1]))));
            System.exit(0);
        } catch (Exception | Error e) {
            System.err.println("JavaSoundProbe failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    /**
     * TargetDataLine.read blocks without a timeout when the source stalls; a stalled probe must fail, not hang
     * the suite. halt, not exit: the main thread is stuck in the sound system.
     */
    private static void startWatchdog() {
        Thread.ofPlatform().daemon().name("javasound-watchdog").start(() -> {
            while (true) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                if (System.nanoTime() - lastProgress > STALL_NANOS) {
                    System.err.println("JavaSoundProbe: no audio for " + STALL_NANOS / 1_000_000_000L + " s: the source stalled");
                    Runtime.getRuntime().halt(1);
                }
            }
        });
    }

    static Map<String, Object> measure(double warmup, double seconds) throws Exception {
        AudioFormat format = new AudioFormat(RATE, 16, CHANNELS, true, false);
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, format);
        List<String> seen = new ArrayList<>();
        Mixer.Info chosen = null;
        for (Mixer.Info m : AudioSystem.getMixerInfo()) {
            String name = (m.getName() + " " + m.getDescription()).toLowerCase(Locale.ROOT);
            boolean capture = AudioSystem.getMixer(m).isLineSupported(info);
            seen.add(m.getName() + (capture ? " (capture)" : ""));
            // The JDK names ALSA's default PCM "ALSA Playback [default]" (even for capture).
            if (capture && (name.contains("pipewire") || (chosen == null && name.contains("[default]")))) {
                chosen = m;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (chosen == null) {
            out.put("unavailable", "javax.sound lists no capture mixer named 'pipewire' or 'default' (the JDK's ALSA"
                    + " provider enumerates hardware cards only); mixers seen: " + seen);
            return out;
        }
        out.put("mixer", chosen.getName());
        try (TargetDataLine line = (TargetDataLine) AudioSystem.getMixer(chosen).getLine(info)) {
            line.open(format, FRAMES_PER_READ * BYTES_PER_FRAME * 4);
            line.start();
            byte[] buffer = new byte[FRAMES_PER_READ * BYTES_PER_FRAME];
            long[] latencies = new long[(int) (seconds * 100) + 1000];
            long samples = 0;
            long anchor = 0;
            long firstAt = 0;
            ProcessMeter.Mark start = null;
            int n = 0;
            while (true) {
                int got = line.read(buffer, 0, buffer.length);
                long now = System.nanoTime();
                lastProgress = now;
                if (got <= 0) {
                    throw new IllegalStateException("javax.sound read returned " + got + " after " + n + " buffers");
                }
                int frames = got / BYTES_PER_FRAME;
                if (firstAt == 0) {
                    firstAt = now;
                    anchor = now - frames * 1_000_000_000L / RATE;
                }
                long stamp = anchor + samples * 1_000_000_000L / RATE;
                samples += frames;
                if (start == null && now - firstAt >= (long) (warmup * 1e9)) {
                    start = ProcessMeter.Mark.now();
                }
                if (start != null) {
                    if (n < latencies.length) {
                        latencies[n++] = now - stamp;
                    }
                    if (now - start.wallNanos() >= (long) (seconds * 1e9)) {
                        break;
                    }
                }
            }
            ProcessMeter.Mark end = ProcessMeter.Mark.now();
            line.stop();
            out.put("format", "S16");
            out.put("sample_rate", RATE);
            out.put("channels", CHANNELS);
            out.put("samples_per_buffer", FRAMES_PER_READ);
            out.put("frames", n);
            out.put("seconds", (end.wallNanos() - start.wallNanos()) / 1e9);
            out.put("cpu_ns_per_frame", (double) (end.cpuNanos() - start.cpuNanos()) / n);
            out.put("alloc_bytes_per_frame", (double) (end.allocatedBytes() - start.allocatedBytes()) / n);
            out.put("latency_ns", java.util.Arrays.copyOf(latencies, n));
        }
        return out;
    }
}
