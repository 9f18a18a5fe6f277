package io.mediacapture.benchmarks;

import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrackProcessor;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Core overhead with 4K (3840x2160 I420) frames from the fake source, run by {@link BenchmarkSuite} in a JVM
 * of its own. Modes:
 * <ul>
 * <li>{@code pull FPS}: frames/s through {@link MediaStreamTrackProcessor#read} (buffer 4)</li>
 * <li>{@code publisher FPS}: the same through {@link MediaStreamTrackProcessor#readable()}, requesting one
 *     frame at a time</li>
 * <li>{@code slow FPS}: a consumer taking 100 ms per frame (buffer 2): how many frames are dropped, and how
 *     old the frames it gets are (they should stay fresh: the processor drops the oldest)</li>
 * </ul>
 * FPS is the rate asked of the source (60, or 1000 for "as fast as the fake camera draws"). Prints one JSON
 * object: frames, frames/s, dropped, CPU and heap bytes per frame, frame age at the consumer (p50/p99 in us).
 */
public final class ProcessorProbe {
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(3);
    private static final long SLOW_CONSUMER_MILLIS = 100;

    private ProcessorProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ProcessorProbe pull|publisher|slow FPS WARMUP_SECONDS SECONDS");
            System.exit(2);
        }
        try {
            System.out.println(Json.write(measure(args[0], Integer.parseInt(args[1]), Double.parseDouble(args[2]),
                    Double.parseDouble(args[3]))));
            System.exit(0);
        } catch (Exception | Error e) {
            System.err.println("ProcessorProbe " + String.join(" ", args) + " failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    static Map<String, Object> measure(String mode, int fps, double warmup, double seconds) throws Exception {
        if (!mode.equals("pull") && !mode.equals("publisher") && !mode.equals("slow")) {
            throw new IllegalArgumentException("unknown mode '" + mode + "': use pull, publisher or slow");
        }
        try (CaptureSetup capture = CaptureSetup.open("fake-4k", "video-3840x2160@" + fps);
             MediaStreamTrackProcessor processor = new MediaStreamTrackProcessor(capture.track(), mode.equals("slow") ? 2 : 4)) {
            long t0 = System.nanoTime();
            Counter counter = new Counter(processor, t0 + (long) (warmup * 1e9), t0 + (long) ((warmup + seconds) * 1e9),
                    (int) (seconds * Math.min(fps, 400)) + 1000);
            if (mode.equals("publisher")) {
                subscribe(processor, counter);
            } else {
                pull(processor, counter, mode.equals("slow"));
            }
            if (counter.start == null || counter.n == 0) {
                throw new IllegalStateException("no frame was measured");
            }
            ProcessMeter.Mark start = counter.start;
            ProcessMeter.Mark end = counter.end;
            double wall = (end.wallNanos() - start.wallNanos()) / 1e9;
            long[] ages = Arrays.copyOf(counter.ages, counter.n);
            Arrays.sort(ages);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("mode", mode);
            out.put("source_fps", fps);
            out.put("buffer", processor.maxBufferSize());
            out.put("frames", counter.n);
            out.put("seconds", wall);
            out.put("frames_per_second", counter.n / wall);
            out.put("received", counter.receivedEnd - counter.received0);
            out.put("dropped", counter.droppedEnd - counter.dropped0);
            out.put("cpu_ns_per_frame", (double) (end.cpuNanos() - start.cpuNanos()) / counter.n);
            out.put("alloc_bytes_per_frame", (double) (end.allocatedBytes() - start.allocatedBytes()) / counter.n);
            out.put("age_p50_us", ages[ages.length / 2] / 1000.0);
            out.put("age_p99_us", ages[(int) Math.min(ages.length - 1, Math.ceil(ages.length * 0.99) - 1)] / 1000.0);
            out.put("age_max_us", ages[ages.length - 1] / 1000.0);
            return out;
        }
    }

    /**
     * Counts the frames consumed between the end of the warm-up and the end of the run, and their age
     * (now - capture timestamp) when the consumer got them. Used by one consumer thread at a time.
     */
    private static final class Counter {
        final MediaStreamTrackProcessor processor;
        final long warmupEnd;
        final long runEnd;
        final long[] ages;
        int n;
        volatile ProcessMeter.Mark start;
        volatile ProcessMeter.Mark end;
        long received0;
        long dropped0;
        long receivedEnd;
        long droppedEnd;

        Counter(MediaStreamTrackProcessor processor, long warmupEnd, long runEnd, int capacity) {
            this.processor = processor;
            this.warmupEnd = warmupEnd;
            this.runEnd = runEnd;
            this.ages = new long[capacity];
        }

        /** Takes a frame (and closes it); false once the run is over. */
        boolean frame(MediaFrame f) {
            long now = System.nanoTime();
            long age = now - f.timestamp() * 1_000;
            f.close();
            if (now < warmupEnd) {
                return true;
            }
            if (start == null) {
                received0 = processor.receivedFrames();
                dropped0 = processor.droppedFrames();
                start = ProcessMeter.Mark.now();
                return true;
            }
            if (n < ages.length) {
                ages[n++] = age;
            }
            if (now >= runEnd) {
                end = ProcessMeter.Mark.now();
                receivedEnd = processor.receivedFrames();
                droppedEnd = processor.droppedFrames();
                return false;
            }
            return true;
        }
    }

    private static void pull(MediaStreamTrackProcessor processor, Counter counter, boolean slow) throws Exception {
        while (true) {
            MediaFrame f = processor.read(FRAME_TIMEOUT);
            if (f == null) {
                throw new IllegalStateException("no 4K frame within " + FRAME_TIMEOUT.toSeconds() + " s after "
                        + counter.n + " frames");
            }
            if (!counter.frame(f)) {
                return;
            }
            if (slow) {
                Thread.sleep(SLOW_CONSUMER_MILLIS);
            }
        }
    }

    /** Subscribes, requesting one frame at a time, until the counter says the run is over. */
    private static void subscribe(MediaStreamTrackProcessor processor, Counter counter) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        processor.readable().subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(MediaFrame f) {
                if (counter.frame(f)) {
                    subscription.request(1);
                } else {
                    subscription.cancel();
                    finished.countDown();
                }
            }

            @Override
            public void onError(Throwable t) {
                failure.set(t);
                finished.countDown();
            }

            @Override
            public void onComplete() {
                failure.set(new IllegalStateException("the 4K track ended during the publisher run"));
                finished.countDown();
            }
        });
        long waitNanos = counter.runEnd - System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        if (!finished.await(Math.max(0, waitNanos), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("the publisher stopped delivering (after " + counter.n + " frames)");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("publisher failed: " + failure.get(), failure.get());
        }
    }
}
