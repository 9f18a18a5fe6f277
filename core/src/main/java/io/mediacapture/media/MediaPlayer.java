package io.mediacapture.media;

import io.mediacapture.AudioData;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.VideoFrame;
import io.mediacapture.internal.Log;
import io.mediacapture.internal.access.TrackAccess;
import io.mediacapture.internal.access.TrackAccess.TrackGenerator;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * A small media player for recorded media: Y4M video (4:2:0) and WAV audio, played in real time, whose
 * {@link #captureStream()} gives a {@link MediaStream} of its tracks as {@code HTMLMediaElement.captureStream()}
 * does (<i>Media Capture from DOM Elements</i>). When the player {@linkplain #load loads} a new source, every
 * captured stream loses its old tracks, which end, with a {@code removetrack} event each, and gets tracks for
 * the new source with an {@code addtrack} event each, on the library's shared event thread. It also lets
 * applications be tested with recorded media instead of a camera or microphone.
 *
 * <p>The player starts paused; {@link #play()} starts playback on a thread of its own. At the end it stops,
 * or starts over with {@link #setLoop(boolean) loop} on. Thread-safe; {@link #close()} ends every track
 * and closes the files.
 */
public final class MediaPlayer implements AutoCloseable {
    private static final System.Logger LOG = Log.get("player");
    private static final int AUDIO_BLOCK_MS = 10;

    private final Object lock = new Object();
    private final Map<MediaStream, List<MediaStreamTrack>> captured = new LinkedHashMap<>();
    private Source source; // guarded by lock
    private boolean playing;
    private boolean loop;
    private boolean closed;

    /** One loaded set of files and their generators. */
    private record Source(Y4mFile video, WavFile audio, TrackGenerator videoOut, TrackGenerator audioOut, Thread thread) {
        List<TrackGenerator> generators() {
            List<TrackGenerator> g = new ArrayList<>(2);
            if (audioOut != null) {
                g.add(audioOut);
            }
            if (videoOut != null) {
                g.add(videoOut);
            }
            return g;
        }
    }

    public MediaPlayer() {
    }

    /**
     * Loads a new source: at most one Y4M file (".y4m") and one WAV file (".wav"), played together. Playback
     * restarts from the beginning in the current play/pause state; captured streams switch to new tracks
     * (see the class comment).
     *
     * @throws IOException              when a file cannot be read or its format is not supported
     * @throws IllegalArgumentException when no file or two files of one kind are given, or a name has
     *                                  neither extension
     * @throws IllegalStateException    after close
     */
    public void load(Path... files) throws IOException {
        Objects.requireNonNull(files, "files");
        if (files.length == 0) {
            throw new IllegalArgumentException("load needs at least one file");
        }
        Y4mFile video = null;
        WavFile audio = null;
        try {
            for (Path f : files) {
                String name = Objects.requireNonNull(f, "file").getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(".y4m")) {
                    if (video != null) {
                        throw new IllegalArgumentException("two video files given: " + List.of(files));
                    }
                    video = new Y4mFile(f);
                } else if (name.endsWith(".wav")) {
                    if (audio != null) {
                        throw new IllegalArgumentException("two audio files given: " + List.of(files));
                    }
                    audio = new WavFile(f);
                } else {
                    throw new IllegalArgumentException(f + ": only .y4m (video) and .wav (audio) files can be played");
                }
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(video);
            closeQuietly(audio);
            throw e;
        }
        String label = files[0].getFileName().toString();
        TrackGenerator videoOut = video == null ? null : TrackAccess.get().newGenerator(videoModel(video, label), () -> { });
        TrackGenerator audioOut = audio == null ? null : TrackAccess.get().newGenerator(audioModel(audio, label), () -> { });
        Source next;
        Source previous;
        synchronized (lock) {
            if (closed) {
                closeQuietly(video);
                closeQuietly(audio);
                throw new IllegalStateException("the player is closed");
            }
            previous = source;
            Y4mFile v = video;
            WavFile a = audio;
            Thread t = Thread.ofPlatform().daemon().name("mediacapture-player " + label).unstarted(() -> playLoop(v, a, videoOut, audioOut));
            next = new Source(video, audio, videoOut, audioOut, t);
            source = next;
            switchCapturedStreams(previous, next);
            lock.notifyAll();
        }
        next.thread.start();
        if (previous != null) {
            stopSource(previous);
        }
    }

    /** On the shared event loop: old tracks out (removetrack), new tracks in (addtrack). Holds lock. */
    private void switchCapturedStreams(Source previous, Source next) {
        TrackAccess access = TrackAccess.get();
        for (Map.Entry<MediaStream, List<MediaStreamTrack>> e : captured.entrySet()) {
            MediaStream stream = e.getKey();
            List<MediaStreamTrack> old = List.copyOf(e.getValue());
            List<MediaStreamTrack> fresh = new ArrayList<>();
            for (TrackGenerator g : next.generators()) {
                fresh.add(g.newTrack());
            }
            e.setValue(fresh);
            next.generators().get(0).eventLoop().post(() -> {
                for (MediaStreamTrack t : old) {
                    access.sourceRemovedTrack(stream, t);
                }
                for (MediaStreamTrack t : fresh) {
                    access.sourceAddedTrack(stream, t);
                }
            });
        }
    }

    /**
     * A new stream with a new track for each kind of the current source (none before the first load; they
     * come with {@code addtrack} when a source is loaded).
     */
    public MediaStream captureStream() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the player is closed");
            }
            List<MediaStreamTrack> tracks = new ArrayList<>();
            if (source != null) {
                for (TrackGenerator g : source.generators()) {
                    tracks.add(g.newTrack());
                }
            }
            MediaStream stream = new MediaStream(tracks);
            captured.put(stream, new ArrayList<>(tracks));
            return stream;
        }
    }

    public void play() {
        synchronized (lock) {
            playing = true;
            lock.notifyAll();
        }
    }

    public void pause() {
        synchronized (lock) {
            playing = false;
            lock.notifyAll();
        }
    }

    public boolean paused() {
        synchronized (lock) {
            return !playing;
        }
    }

    public boolean loop() {
        synchronized (lock) {
            return loop;
        }
    }

    public void setLoop(boolean loop) {
        synchronized (lock) {
            this.loop = loop;
        }
    }

    /** Stops playback, ends every captured track and closes the files. Idempotent. */
    @Override
    public void close() {
        Source s;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            s = source;
            source = null;
            captured.clear();
            lock.notifyAll();
        }
        if (s != null) {
            stopSource(s);
        }
    }

    private void stopSource(Source s) {
        s.thread.interrupt();
        try {
            s.thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (TrackGenerator g : s.generators()) {
            g.end(new IllegalStateException("the player's source changed or the player closed"));
        }
        closeQuietly(s.video);
        closeQuietly(s.audio);
    }

    private boolean current(Thread t) {
        synchronized (lock) {
            return source != null && source.thread == t && !closed;
        }
    }

    /** Waits while paused; returns the nanoseconds spent waiting, or -1 when this source was replaced. */
    private long awaitPlaying() throws InterruptedException {
        long start = System.nanoTime();
        synchronized (lock) {
            while (!playing) {
                if (closed || source == null || source.thread != Thread.currentThread()) {
                    return -1;
                }
                lock.wait();
            }
        }
        return System.nanoTime() - start;
    }

    private void playLoop(Y4mFile video, WavFile audio, TrackGenerator videoOut, TrackGenerator audioOut) {
        Thread self = Thread.currentThread();
        try {
            long blockFrames = audio == null ? 0 : Math.max(1, (long) audio.sampleRate() * AUDIO_BLOCK_MS / 1000);
            while (current(self)) {
                long paused = awaitPlaying();
                if (paused < 0) {
                    return;
                }
                long origin = System.nanoTime();
                int frame = 0;
                long audioAt = 0;
                while (true) {
                    long videoDue = video != null && frame < video.frameCount()
                            ? origin + Math.round(frame * 1e9 / video.frameRate()) : Long.MAX_VALUE;
                    long audioDue = audio != null && audioAt < audio.frames()
                            ? origin + Math.round(audioAt * 1e9 / audio.sampleRate()) : Long.MAX_VALUE;
                    long due = Math.min(videoDue, audioDue);
                    if (due == Long.MAX_VALUE) {
                        break;
                    }
                    long now;
                    while ((now = System.nanoTime()) < due) {
                        LockSupport.parkNanos(due - now);
                        if (self.isInterrupted()) {
                            return;
                        }
                    }
                    long waited = awaitPlaying(); // a pause shifts the timeline
                    if (waited < 0) {
                        return;
                    }
                    origin += waited;
                    if (videoDue <= audioDue) {
                        try (VideoFrame f = video.read(frame++, (videoDue + waited) / 1000)) {
                            videoOut.deliver(f);
                        }
                    } else {
                        try (AudioData d = audio.read(audioAt, (int) blockFrames, (audioDue + waited) / 1000)) {
                            audioOut.deliver(d);
                        }
                        audioAt += blockFrames;
                    }
                }
                synchronized (lock) {
                    if (!loop) {
                        playing = false; // ended: stays at the end until play() starts over
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "playback stopped: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            // replaced or closed
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.ERROR, "playback failed", t);
        }
    }

    private static DeviceDescriptor videoModel(Y4mFile v, String label) {
        VideoMode mode = VideoMode.of(v.width(), v.height(), NativeVideoFormat.I420, v.frameRate());
        return DeviceDescriptor.camera("player-" + UUID.randomUUID(), label, "", false, null, List.of(mode));
    }

    private static DeviceDescriptor audioModel(WavFile a, String label) {
        AudioCapabilities caps = new AudioCapabilities(a.sampleRate(), a.sampleRate(), a.sampleRate(),
                a.channels(), a.channels(), Set.of(a.format()), 0.01, 0.01, List.of(false));
        return DeviceDescriptor.microphone("player-" + UUID.randomUUID(), label, "", false, caps);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "closing " + c + " failed", e);
            }
        }
    }
}
