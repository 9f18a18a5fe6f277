package io.mediacapture.audio;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.internal.Log;
import io.mediacapture.internal.access.TrackAccess;
import io.mediacapture.internal.convert.AudioConverter;

/**
 * The samples of one audio track on their way into the graph: the track's frames (capture thread) are
 * resampled to the context rate and queued; the rendering thread takes 128 frames per quantum. A small
 * jitter buffer absorbs the capture block size: output starts once a block and a quantum are queued, and
 * an underrun outputs silence and re-primes. When the track ends the queue is dropped, so the node outputs
 * silence, never stale samples (a disabled track already delivers silence). Thread-safe.
 */
final class TrackInput implements TrackAccess.TrackSink {
    private static final System.Logger LOG = Log.get("audio");
    private static final double MAX_QUEUED_SECONDS = 0.25;

    private final int rate;
    private final int capacity;
    private final AutoCloseable registration;
    private float[][] ring;
    private long written; // frames ever queued
    private long read;    // frames ever taken
    private int primeFrames;
    private boolean primed;
    private boolean ended;
    private AudioConverter converter;
    private String converterKey = "";
    private int lastChannels;

    TrackInput(MediaStreamTrack track, int contextRate) {
        this.rate = contextRate;
        this.capacity = (int) Math.ceil(contextRate * MAX_QUEUED_SECONDS);
        this.lastChannels = (int) Math.max(1, track.getSettings().channelCount().orElse(1));
        this.ring = new float[lastChannels][capacity];
        this.registration = TrackAccess.get().addSink(track, this);
    }

    /** Channels the node outputs: those of the latest samples, or of the track's settings before any. */
    synchronized int channels() {
        return lastChannels;
    }

    @Override
    public void accept(MediaFrame frame) {
        try (frame) {
            if (frame instanceof AudioData a) {
                queue(a);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "dropping audio that does not convert", e);
        }
    }

    private void queue(AudioData in) {
        int inRate = Math.round(in.sampleRate());
        int channels = in.numberOfChannels();
        AudioData data = in;
        AudioData converted = null;
        if (inRate != rate) {
            String key = inRate + "/" + channels + "/" + in.format();
            synchronized (this) {
                if (converter == null || !key.equals(converterKey)) {
                    converter = new AudioConverter(inRate, channels, in.format(), rate, channels, AudioSampleFormat.F32_PLANAR);
                    converterKey = key;
                }
                converted = converter.convert(in);
            }
            if (converted == null) {
                return;
            }
            data = converted;
        }
        try {
            int n = data.numberOfFrames();
            float[][] samples = new float[channels][n];
            for (int c = 0; c < channels; c++) {
                data.copyTo(samples[c], c);
            }
            append(samples, n);
        } finally {
            if (converted != null) {
                converted.close();
            }
        }
    }

    private synchronized void append(float[][] samples, int n) {
        if (ended) {
            return;
        }
        if (samples.length != ring.length) {
            ring = new float[samples.length][capacity]; // the track's channel count changed: start afresh
            read = written;
            primed = false;
        }
        lastChannels = samples.length;
        primeFrames = Math.min(capacity, Math.max(primeFrames, n + AudioNode.QUANTUM));
        for (int i = 0; i < n; i++) {
            int at = (int) ((written + i) % capacity);
            for (int c = 0; c < samples.length; c++) {
                ring[c][at] = samples[c][i];
            }
        }
        written += n;
        if (written - read > capacity) {
            read = written - capacity; // the rendering fell behind: drop the oldest
        }
    }

    /** Fills {@code out} ([channels()][128]) with the next quantum, or silence. Rendering thread. */
    synchronized void take(float[][] out) {
        long available = written - read;
        if (!primed) {
            if (ended || available < primeFrames || primeFrames == 0) {
                return;
            }
            primed = true;
        }
        int n = (int) Math.min(available, AudioNode.QUANTUM);
        int channels = Math.min(out.length, ring.length);
        for (int i = 0; i < n; i++) {
            int at = (int) ((read + i) % capacity);
            for (int c = 0; c < channels; c++) {
                out[c][i] = ring[c][at];
            }
        }
        read += n;
        if (n < AudioNode.QUANTUM) {
            primed = false; // underrun: the rest of this quantum stays silent
        }
    }

    @Override
    public synchronized void trackEnded() {
        ended = true;
        read = written;
        primed = false;
    }

    /** Stops listening to the track. */
    void close() {
        try {
            registration.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "detaching from the track failed", e);
        }
    }
}
