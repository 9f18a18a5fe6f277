package io.mediacapture.audio;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.internal.Log;
import io.mediacapture.internal.access.TrackAccess;
import io.mediacapture.internal.convert.AudioConverter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Bridges from audio tracks to {@code javax.sound.sampled}. */
public final class AudioTrackStreams {
    private static final System.Logger LOG = Log.get("audio");

    private AudioTrackStreams() {
    }

    /**
     * The track's audio, from now on, as an endless {@link AudioInputStream} in {@code format}: converted
     * to its sample rate and channel count (mono/stereo mixed as Web Audio does) and encoded as it says.
     * Reads block until samples arrive; after the track ends, reads drain what is buffered and then return
     * -1. Up to 2 s of unread audio is kept; beyond that the oldest is dropped,
     * so capture never waits for a slow reader. Closing the stream detaches it from the track.
     *
     * @param format PCM_SIGNED (8, 16, 24 or 32 bits), PCM_UNSIGNED (8 or 16 bits) or PCM_FLOAT (32 or 64
     *               bits), either byte order, with frameSize = channels x bytes per sample
     * @throws IllegalArgumentException when the track is not an audio track or the format is not one of
     *                                  those, naming what is wrong
     */
    public static AudioInputStream toAudioInputStream(MediaStreamTrack track, AudioFormat format) {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(format, "format");
        if (!"audio".equals(track.kind())) {
            throw new IllegalArgumentException("an audio track is needed, got a " + track.kind() + " track");
        }
        PcmEncoder encoder = PcmEncoder.of(format);
        int rate = Math.round(format.getSampleRate());
        TrackBytes bytes = new TrackBytes(encoder, rate, format.getChannels(),
                (int) (2L * rate * format.getFrameSize()));
        bytes.registration = TrackAccess.get().addSink(track, bytes);
        return new AudioInputStream(bytes, format, AudioSystem.NOT_SPECIFIED);
    }

    /** Converts the track's frames to bytes in a bounded buffer and serves them as an InputStream. */
    private static final class TrackBytes extends InputStream implements TrackAccess.TrackSink {
        private final PcmEncoder encoder;
        private final int rate;
        private final int channels;
        private final byte[] ring;
        private long written;
        private long read;
        private boolean ended;
        private AudioConverter converter;
        private String converterKey = "";
        volatile AutoCloseable registration;

        TrackBytes(PcmEncoder encoder, int rate, int channels, int capacity) {
            this.encoder = encoder;
            this.rate = rate;
            this.channels = channels;
            int frame = encoder.bytesPerSample() * channels;
            this.ring = new byte[Math.max(frame, capacity / frame * frame)];
        }

        @Override
        public void accept(MediaFrame frame) {
            try (frame) {
                if (frame instanceof AudioData a) {
                    AudioData converted = convert(a);
                    if (converted != null) {
                        try (converted) {
                            append(encode(converted));
                        }
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "dropping audio that does not convert", e);
            }
        }

        private AudioData convert(AudioData in) {
            String key = in.sampleRate() + "/" + in.numberOfChannels() + "/" + in.format();
            if (converter == null || !key.equals(converterKey)) {
                converter = new AudioConverter(Math.round(in.sampleRate()), in.numberOfChannels(), in.format(),
                        rate, channels, AudioSampleFormat.F32_PLANAR);
                converterKey = key;
            }
            return converter.convert(in);
        }

        private byte[] encode(AudioData data) {
            int n = data.numberOfFrames();
            float[][] samples = new float[channels][n];
            for (int c = 0; c < channels; c++) {
                data.copyTo(samples[c], c);
            }
            int bps = encoder.bytesPerSample();
            byte[] out = new byte[n * channels * bps];
            for (int i = 0, at = 0; i < n; i++) {
                for (int c = 0; c < channels; c++, at += bps) {
                    encoder.encode(samples[c][i], out, at);
                }
            }
            return out;
        }

        private synchronized void append(byte[] b) {
            if (ended) {
                return;
            }
            for (byte v : b) {
                ring[(int) (written++ % ring.length)] = v;
            }
            if (written - read > ring.length) {
                int frame = encoder.bytesPerSample() * channels;
                long drop = written - read - ring.length;
                read += (drop + frame - 1) / frame * frame; // keep reads frame-aligned
            }
            notifyAll();
        }

        @Override
        public synchronized void trackEnded() {
            ended = true;
            notifyAll();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            try {
                while (written == read && !ended) {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for audio");
            }
            if (written == read) {
                return -1;
            }
            int n = (int) Math.min(len, written - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = ring[(int) (read++ % ring.length)];
            }
            return n;
        }

        @Override
        public synchronized int available() {
            return (int) Math.min(Integer.MAX_VALUE, written - read);
        }

        @Override
        public void close() {
            AutoCloseable r = registration;
            if (r != null) {
                try {
                    r.close();
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.WARNING, "detaching from the track failed", e);
                }
            }
            trackEnded();
        }
    }
}
