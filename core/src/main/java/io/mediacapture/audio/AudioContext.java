package io.mediacapture.audio;

import io.mediacapture.DOMException;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.internal.Log;
import io.mediacapture.internal.MediaClock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Web Audio {@code AudioContext}: an audio graph rendered in 128-frame quanta on a rendering thread of its
 * own, in real time. The {@link #destination()} plays to the system's default output through
 * {@code javax.sound.sampled} when one exists ({@link #output()} says which, or why none); otherwise, or with
 * sinkId "none", the context renders on its own clock and the destination discards what it gets.
 * Analysers, processor nodes and stream destinations are rendered every quantum whether or not they are
 * connected onwards (Chromium's "automatic pull" nodes).
 *
 * <p>{@link #close()} stops rendering, closes the output, detaches source nodes from their tracks and ends
 * the tracks of {@link MediaStreamAudioDestinationNode}s. Thread-safe.
 */
public final class AudioContext implements AutoCloseable {
    /** Frames in one render quantum. */
    public static final int RENDER_QUANTUM_SIZE = 128;
    private static final System.Logger LOG = Log.get("audio");
    private static final float DEFAULT_RATE = 48_000;
    private static final long RESYNC_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final float sampleRate;
    private final Object graphLock = new Object();
    private final AudioDestinationNode destination;
    private final SystemAudioOutput output;
    private final SourceDataLine line; // null without output
    private final List<AudioNode> pulled = new CopyOnWriteArrayList<>();
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
    private final long startMicros;
    private final Thread renderer;
    private volatile AudioContextState state = AudioContextState.RUNNING;
    private volatile long renderedFrames;

    /** A context at 48000 Hz playing to the default output when there is one. */
    public AudioContext() {
        this(AudioContextOptions.defaults());
    }

    /**
     * @throws DOMException NotSupportedError for a sample rate outside 3000..768000 Hz (as the spec says)
     */
    public AudioContext(AudioContextOptions options) {
        Objects.requireNonNull(options, "options");
        double rate = options.sampleRate().orElse(DEFAULT_RATE);
        if (rate < 3000 || rate > 768_000) {
            throw new DOMException("sampleRate must be 3000..768000 Hz, got " + rate, DOMException.NOT_SUPPORTED);
        }
        sampleRate = (float) rate;
        destination = new AudioDestinationNode(this);
        if (options.sinkId().equals("none")) {
            output = null;
            line = null;
        } else {
            output = SystemAudioOutput.probe(sampleRate, 2);
            line = openLine(output);
        }
        startMicros = MediaClock.nowMicros();
        renderer = Thread.ofPlatform().daemon().priority(Thread.MAX_PRIORITY).name("mediacapture-audio-render")
                .unstarted(this::renderLoop);
        renderer.start();
    }

    private SourceDataLine openLine(SystemAudioOutput out) {
        if (!out.available()) {
            LOG.log(System.Logger.Level.DEBUG, out.reason() + "; rendering on the system clock");
            return null;
        }
        try {
            return out.open(sampleRate, 2, 8 * RENDER_QUANTUM_SIZE);
        } catch (LineUnavailableException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot open " + out.mixerName().orElse("") + ": " + e
                    + "; rendering on the system clock");
            return null;
        }
    }

    public float sampleRate() {
        return sampleRate;
    }

    /** Seconds of audio rendered so far (advances by 128 frames per quantum). */
    public double currentTime() {
        return renderedFrames / (double) sampleRate;
    }

    public AudioContextState state() {
        return state;
    }

    public AudioDestinationNode destination() {
        return destination;
    }

    /**
     * The system output this context probed: {@link SystemAudioOutput#available()} when its destination
     * plays to a mixer, else the reason it does not. Null when the context was made with sinkId "none".
     */
    public SystemAudioOutput output() {
        return output;
    }

    /** True while the destination plays to a javax.sound line. */
    public boolean isPlaying() {
        return line != null && state == AudioContextState.RUNNING;
    }

    /** {@code new MediaStreamTrackAudioSourceNode(this, new MediaStreamTrackAudioSourceOptions(track))}. */
    public MediaStreamTrackAudioSourceNode createMediaStreamTrackSource(MediaStreamTrack track) {
        return new MediaStreamTrackAudioSourceNode(this, new MediaStreamTrackAudioSourceOptions(track));
    }

    /** {@code new MediaStreamAudioSourceNode(this, stream)}. */
    public MediaStreamAudioSourceNode createMediaStreamSource(MediaStream stream) {
        return new MediaStreamAudioSourceNode(this, stream);
    }

    public MediaStreamAudioDestinationNode createMediaStreamDestination() {
        return new MediaStreamAudioDestinationNode(this);
    }

    public AnalyserNode createAnalyser() {
        return new AnalyserNode(this);
    }

    /** A node that hands each quantum to {@code processor} on the rendering thread. */
    public AudioProcessorNode createProcessor(AudioProcessor processor) {
        return new AudioProcessorNode(this, processor);
    }

    /** Stops rendering and releases everything (see the class comment). Idempotent; blocks up to 2 s. */
    @Override
    public void close() {
        synchronized (graphLock) {
            if (state == AudioContextState.CLOSED) {
                return;
            }
            state = AudioContextState.CLOSED;
        }
        LockSupport.unpark(renderer);
        if (Thread.currentThread() != renderer) {
            try {
                renderer.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (line != null) {
            line.close();
        }
        for (Runnable r : onClose) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "closing a node failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "AudioContext[" + sampleRate + " Hz " + state + " t=" + currentTime() + "]";
    }

    // ---- library side ----------------------------------------------------------------------------

    Object graphLock() {
        return graphLock;
    }

    /** Renders {@code node} every quantum (automatic pull). */
    void pullAlways(AudioNode node) {
        pulled.add(node);
    }

    /** Runs when the context closes (at once if it is closed). */
    void onClose(Runnable r) {
        onClose.add(r);
        if (state == AudioContextState.CLOSED) {
            r.run();
        }
    }

    /** Library-clock time (microseconds) of the first frame of quantum {@code q}. */
    long quantumTimeMicros(long quantum) {
        return startMicros + Math.round(quantum * RENDER_QUANTUM_SIZE * 1e6 / sampleRate);
    }

    private void renderLoop() {
        long quantumNanos = Math.round(RENDER_QUANTUM_SIZE * 1e9 / sampleRate);
        long origin = System.nanoTime();
        long paced = 0; // quanta since origin
        long quantum = 0;
        byte[] pcm = new byte[RENDER_QUANTUM_SIZE * 4];
        while (state == AudioContextState.RUNNING) {
            try {
                synchronized (graphLock) {
                    for (AudioNode n : pulled) {
                        renderSafely(n, quantum);
                    }
                    renderSafely(destination, quantum);
                }
                quantum++;
                renderedFrames += RENDER_QUANTUM_SIZE;
                if (line != null) {
                    destination.encodePcm16(pcm);
                    line.write(pcm, 0, pcm.length); // blocks while the line's buffer is full: paces rendering
                    continue;
                }
                paced++;
                long due = origin + paced * quantumNanos;
                long now = System.nanoTime();
                if (now - due > RESYNC_NANOS) {
                    origin = now; // fell far behind (machine stalled): do not race to catch up
                    paced = 0;
                }
                while ((now = System.nanoTime()) < due && state == AudioContextState.RUNNING) {
                    LockSupport.parkNanos(due - now);
                }
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "audio rendering failed; the context closes", t);
                state = AudioContextState.CLOSED;
            }
        }
    }

    private static void renderSafely(AudioNode node, long quantum) {
        try {
            node.render(quantum);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "rendering " + node + " failed", e);
        }
    }
}
