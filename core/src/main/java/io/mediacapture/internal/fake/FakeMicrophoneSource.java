package io.mediacapture.internal.fake;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.fake.FakeMicrophone;
import io.mediacapture.internal.MediaClock;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.PullSource;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A fake microphone read by core's pull thread, like ALSA's readi: each pull waits until the next 10 ms
 * block is "recorded" and delivers it. The signal is a sine tone at the microphone's frequency with a
 * 20 ms beep (an octave above) at the start of every second, identical on every channel.
 */
final class FakeMicrophoneSource implements FakeSource, PullSource {
    static final double TONE_AMPLITUDE = 0.3;
    static final double BEEP_AMPLITUDE = 0.2;
    private static final ValueLayout.OfShort S16 = ValueLayout.JAVA_SHORT_UNALIGNED;

    private final FakeMicrophone mic;
    private final SourceConfig.Audio config;
    private final SourceSink sink;
    private final Consumer<FakeSource> onClose;
    private final int blockFrames;
    private volatile boolean running;
    private volatile Thread puller;
    private long startNanos;
    private long block;

    FakeMicrophoneSource(FakeMicrophone mic, SourceConfig.Audio config, SourceSink sink, Consumer<FakeSource> onClose) {
        this.mic = mic;
        this.config = config;
        this.sink = sink;
        this.onClose = onClose;
        this.blockFrames = Math.max(1, config.sampleRate() / 100);
    }

    @Override
    public String deviceId() {
        return mic.deviceId();
    }

    @Override
    public void start() {
        startNanos = System.nanoTime();
        running = true;
    }

    @Override
    public boolean pull(long timeoutNanos) {
        puller = Thread.currentThread();
        if (!running) {
            return false;
        }
        long blockNanos = 1_000_000_000L * blockFrames / config.sampleRate();
        long due = startNanos + (block + 1) * blockNanos;
        long deadline = System.nanoTime() + timeoutNanos;
        long now;
        while ((now = System.nanoTime()) < due) {
            if (!running) {
                return false;
            }
            if (now >= deadline) {
                return true;
            }
            LockSupport.parkNanos(Math.min(due, deadline) - now);
        }
        if (!running) {
            return false;
        }
        long firstFrame = block * blockFrames;
        long ts = MediaClock.fromMonotonicNanos(startNanos + block * blockNanos);
        int channels = config.channelCount();
        FrameBuffer buffer = FrameBuffer.allocate(
                (long) blockFrames * channels * AudioSampleFormat.S16.bytesPerSample());
        fill(buffer.memory(), firstFrame, channels);
        sink.deliver(buffer.toAudioData(AudioSampleFormat.S16, config.sampleRate(), blockFrames, channels, ts));
        block++;
        return true;
    }

    private void fill(MemorySegment out, long firstFrame, int channels) {
        int rate = config.sampleRate();
        double w = 2 * Math.PI * mic.toneHz() / rate;
        double wBeep = 2 * w;
        int beepFrames = rate / 50;
        long at = 0;
        for (int i = 0; i < blockFrames; i++) {
            long n = firstFrame + i;
            double s = TONE_AMPLITUDE * Math.sin(w * (n % (rate * 100L)));
            if (n % rate < beepFrames) {
                s += BEEP_AMPLITUDE * Math.sin(wBeep * (n % rate));
            }
            short v = (short) Math.round(s * 32767);
            for (int c = 0; c < channels; c++) {
                out.set(S16, at, v);
                at += 2;
            }
        }
    }

    @Override
    public void unplugged() {
        if (running) {
            running = false;
            wake();
            sink.ended(new BackendException(BackendException.Kind.DEVICE_LOST, "'" + mic.label() + "' was unplugged"));
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        onClose.accept(this);
    }

    private void wake() {
        Thread t = puller;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
