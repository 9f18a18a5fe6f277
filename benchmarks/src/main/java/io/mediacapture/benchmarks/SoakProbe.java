package io.mediacapture.benchmarks;

import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrackProcessor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The process {@link Soak} watches: captures the rig's camera (a fresh PipeWire test node, 640x480 at 30 fps) and
 * microphone (48 kHz stereo, 10 ms) at the same time, each read by a thread of its own through a
 * {@link MediaStreamTrackProcessor} that touches and closes every frame, until it is told to stop (a line on
 * stdin, or stdin closing; see {@link Reader} for what it does when the rig's camera stalls). It prints
 * {@code {"capturing":true}} once both deliver, then one JSON line per {@code sample} line on stdin with its
 * frame counts, and a last JSON line when it has closed everything. From a {@code sample} to the next
 * {@code resume} line no capture is reopened, so that what the watcher samples from outside meanwhile matches
 * the {@code restarting} flags the line reported.
 */
public final class SoakProbe {
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(5);
    /** Held while the watcher samples: a reopening waits for it (see the class comment). */
    private static final Object GATE = new Object();
    private static boolean sampling; // guarded by GATE

    private SoakProbe() {}

    public static void main(String[] args) throws Exception {
        Reader v = new Reader("video", "video-640x480@30");
        Reader a = new Reader("audio", "audio-10ms");
        try {
            v.open();
            a.open();
            v.thread.start();
            a.thread.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((v.frames.get() == 0 || a.frames.get() == 0) && System.nanoTime() < deadline && v.ok() && a.ok()) {
                Thread.sleep(50);
            }
            if (v.frames.get() == 0 || a.frames.get() == 0) {
                throw new IllegalStateException("no frames within 20 s: video " + v.frames + " (" + v.failure.get()
                        + "), audio " + a.frames + " (" + a.failure.get() + ")");
            }
            System.out.println("{\"capturing\":true}");
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null && (line.equals("sample") || line.equals("resume")); ) {
                if (line.equals("resume")) {
                    synchronized (GATE) {
                        sampling = false;
                        GATE.notifyAll();
                    }
                    continue;
                }
                synchronized (GATE) {
                    sampling = true; // a reopening under way goes on (and reports restarting); no new one starts
                }
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("sample", true);
                v.report(s);
                a.report(s);
                System.out.println(Json.write(s));
            }
            synchronized (GATE) {
                sampling = false;
                GATE.notifyAll();
            }
            v.stop();
            a.stop();
            Map<String, Object> end = new LinkedHashMap<>();
            end.put("done", true);
            v.report(end);
            a.report(end);
            System.out.println(Json.write(end));
        } catch (Exception | Error e) {
            System.err.println("SoakProbe failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /**
     * One capture and its consumer thread: read, touch a byte, close, until told to stop or the track fails. The
     * rig's live test camera stalls for good when the machine is loaded enough that a graph cycle completes late
     * too often ("out of buffers", see docs/test-rigs.md): after {@link #FRAME_TIMEOUT} without a frame on a live
     * track the capture is closed and opened again on a fresh node, and the restart is counted (a restart is
     * also an open/close cycle, which a leak would show as well).
     */
    private static final class Reader {
        final String name;
        final String media;
        final AtomicLong frames = new AtomicLong();
        final AtomicLong restarts = new AtomicLong();
        final AtomicReference<String> failure = new AtomicReference<>();
        final Thread thread;
        volatile boolean running = true;
        volatile boolean restarting;
        volatile CaptureSetup capture;
        volatile MediaStreamTrackProcessor processor;
        // counts of the captures closed so far (a restart starts a new processor)
        volatile long receivedBefore;
        volatile long droppedBefore;

        Reader(String name, String media) {
            this.name = name;
            this.media = media;
            this.thread = Thread.ofPlatform().name("soak-" + name).daemon().unstarted(this::run);
        }

        boolean ok() {
            return failure.get() == null;
        }

        void open() throws Exception {
            CaptureSetup c = CaptureSetup.open("pipewire", media);
            capture = c;
            processor = new MediaStreamTrackProcessor(c.track(), 4);
        }

        private void closeCapture() {
            MediaStreamTrackProcessor p = processor;
            receivedBefore += p.receivedFrames();
            droppedBefore += p.droppedFrames();
            p.close();
            capture.close();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(15_000);
            closeCapture();
        }

        private void run() {
            try {
                while (running) {
                    MediaStreamTrackProcessor p = processor;
                    MediaFrame f = p.read(FRAME_TIMEOUT);
                    if (f != null) {
                        try (f) {
                            Frames.touch(f);
                        }
                        frames.incrementAndGet();
                        continue;
                    }
                    if (!running) {
                        return;
                    }
                    if (p.isDone()) {
                        failure.compareAndSet(null, "the track ended: " + p.track().endedReason());
                        return;
                    }
                    System.err.println("SoakProbe: no " + name + " frame within " + FRAME_TIMEOUT.toSeconds()
                            + " s: opening the capture again on a fresh node");
                    synchronized (GATE) {
                        while (sampling) {
                            GATE.wait();
                        }
                        restarting = true;
                    }
                    closeCapture();
                    open();
                    restarts.incrementAndGet();
                    restarting = false;
                }
            } catch (InterruptedException e) {
                failure.compareAndSet(null, "interrupted");
            } catch (Exception | Error e) {
                failure.compareAndSet(null, e.toString());
            }
        }

        void report(Map<String, Object> out) {
            MediaStreamTrackProcessor p = processor;
            out.put(name + "_frames", frames.get());
            out.put(name + "_received", receivedBefore + p.receivedFrames());
            out.put(name + "_dropped", droppedBefore + p.droppedFrames());
            out.put(name + "_restarts", restarts.get());
            out.put(name + "_restarting", restarting);
            out.put(name + "_failure", failure.get() == null ? "" : failure.get());
        }
    }
}
