package io.mediacapture;

import io.mediacapture.internal.frame.PendingViews;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * mediacapture-transform {@code MediaStreamTrackProcessor}: the frames of a track as a stream the
 * application reads, either by {@link #read(Duration)} or by subscribing to {@link #readable()}.
 *
 * <p>Frames wait in a buffer of at most {@code maxBufferSize} frames. When the application falls behind,
 * the oldest waiting frame is closed and counted in {@link #droppedFrames()}: capture never blocks on a slow
 * consumer. Every frame handed out must be closed by the application.
 *
 * <p>Thread-safe. The source delivers on its own thread; {@code read} blocks the caller only;
 * {@link Flow.Subscriber} callbacks run on a thread of the processor's own, never on a capture thread.
 * Closing the processor (or the track ending) drains the buffer: read() then returns null at once.
 */
public final class MediaStreamTrackProcessor implements AutoCloseable {
    /** How long the emitter waits for a frame before re-checking cancellation and the track's end. */
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int INITIAL_CAPACITY = 8;
    private final MediaStreamTrack track;
    private final int maxBufferSize;
    // A monitor, not a ReentrantLock: waiting on a Condition allocates a node per wait, i.e. per frame read, and
    // read() is meant to cost no garbage beyond the frame handle itself.
    private final Object lock = new Object();
    private final ArrayDeque<MediaFrame> buffer;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final FrameSink sink = new Sink();
    private boolean done; // guarded by lock

    /**
     * @param maxBufferSize frames kept waiting before the oldest is dropped; at least 1
     * @throws IllegalArgumentException when maxBufferSize &lt; 1
     */
    public MediaStreamTrackProcessor(MediaStreamTrack track, int maxBufferSize) {
        this.track = Objects.requireNonNull(track, "track");
        if (maxBufferSize < 1) {
            throw new IllegalArgumentException("maxBufferSize must be at least 1, got " + maxBufferSize);
        }
        this.maxBufferSize = maxBufferSize;
        // Grows with the frames actually waiting: the limit may be Integer.MAX_VALUE ("never drop").
        this.buffer = new ArrayDeque<>(Math.min(maxBufferSize, INITIAL_CAPACITY));
        track.addSink(sink);
    }

    /** A processor with a buffer of one frame (the spec's default: always the freshest frame). */
    public MediaStreamTrackProcessor(MediaStreamTrack track) {
        this(track, 1);
    }

    public MediaStreamTrack track() {
        return track;
    }

    public int maxBufferSize() {
        return maxBufferSize;
    }

    /**
     * The next frame, waiting up to {@code timeout} (any duration; zero or negative: no wait); null when none came
     * in time, or at once when the track ended (or the processor closed) and no frame is left.
     */
    public MediaFrame read(Duration timeout) throws InterruptedException {
        long nanos = saturatedNanos(timeout);
        PendingViews.drainCurrentThread(); // views this thread took of frames closed elsewhere
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            if (buffer.isEmpty() && !done && nanos > 0) {
                // May wrap around for a huge timeout; deadline - now is still the time left (two's complement).
                long deadline = System.nanoTime() + nanos;
                do {
                    // wait(ms) rounds down and wait(0) waits forever: a remainder under 1 ms waits 1 ms
                    lock.wait(Math.max(1, nanos / 1_000_000));
                    nanos = deadline - System.nanoTime();
                } while (buffer.isEmpty() && !done && nanos > 0);
            }
            return buffer.pollFirst();
        }
    }

    /** The duration in nanoseconds, or Long.MAX_VALUE / 0 when it does not fit (about 292 years). */
    private static long saturatedNanos(Duration d) {
        if (d.isNegative()) {
            return 0;
        }
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** True once the track ended or the processor closed and every buffered frame was read. */
    public boolean isDone() {
        synchronized (lock) {
            return done && buffer.isEmpty();
        }
    }

    /** Frames dropped because the buffer was full. */
    public long droppedFrames() {
        return dropped.get();
    }

    /** Frames that entered the buffer. */
    public long receivedFrames() {
        return delivered.get();
    }

    /**
     * The frames as a {@link Flow.Publisher} (the spec's {@code readable}). One subscriber at a time, as a
     * ReadableStream has one reader; a second gets {@code onError(IllegalStateException)}. Frames are
     * emitted as requested; {@code onComplete} when the track ends.
     */
    public Flow.Publisher<MediaFrame> readable() {
        return subscriber -> {
            Objects.requireNonNull(subscriber, "subscriber");
            if (!subscribed.compareAndSet(false, true)) {
                subscriber.onSubscribe(new Flow.Subscription() {
                    @Override public void request(long n) {}
                    @Override public void cancel() {}
                });
                subscriber.onError(new IllegalStateException("this processor already has a subscriber"));
                return;
            }
            new Emitter(subscriber).start();
        };
    }

    /** Detaches from the track and closes the frames still waiting. Idempotent. */
    @Override
    public void close() {
        track.removeSink(sink);
        finish();
        synchronized (lock) {
            MediaFrame f;
            while ((f = buffer.pollFirst()) != null) {
                f.close();
            }
        }
    }

    private void finish() {
        synchronized (lock) {
            done = true;
            lock.notifyAll();
        }
    }

    private final class Sink implements FrameSink {
        @Override
        public void accept(MediaFrame frame) {
            MediaFrame evicted = null;
            synchronized (lock) {
                if (done) {
                    evicted = frame;
                } else {
                    if (buffer.size() >= maxBufferSize) {
                        evicted = buffer.pollFirst();
                        dropped.incrementAndGet();
                    }
                    buffer.addLast(frame);
                    delivered.incrementAndGet();
                    lock.notify();
                }
            }
            if (evicted != null) {
                evicted.close();
            }
        }

        @Override
        public void trackEnded() {
            finish();
        }
    }

    /** Runs one subscriber on a virtual thread of its own, honouring its demand. */
    private final class Emitter implements Flow.Subscription {
        private final Flow.Subscriber<? super MediaFrame> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private volatile boolean cancelled;
        private volatile Thread thread;

        Emitter(Flow.Subscriber<? super MediaFrame> subscriber) {
            this.subscriber = subscriber;
        }

        void start() {
            thread = Thread.ofVirtual().name("mediacapture-processor-emitter").start(this::run);
        }

        private void run() {
            try {
                subscriber.onSubscribe(this);
                while (!cancelled) {
                    if (demand.get() <= 0) {
                        TimeUnitSleep.parkUntil(() -> demand.get() > 0 || cancelled);
                        continue;
                    }
                    MediaFrame f = read(POLL);
                    if (f == null) {
                        if (isDone()) {
                            if (!cancelled) {
                                subscriber.onComplete();
                            }
                            return;
                        }
                        continue;
                    }
                    if (cancelled) {
                        f.close();
                        return;
                    }
                    demand.decrementAndGet();
                    subscriber.onNext(f);
                }
            } catch (InterruptedException e) {
                // cancelled
            } catch (Throwable t) {
                cancelled = true;
                try {
                    subscriber.onError(t);
                } catch (Throwable ignored) {
                    // the subscriber broke the contract; nothing more to tell it
                }
            } finally {
                subscribed.set(false);
            }
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancelled = true;
                subscriber.onError(new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)"));
                return;
            }
            demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
            Thread t = thread;
            if (t != null) {
                java.util.concurrent.locks.LockSupport.unpark(t);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            Thread t = thread;
            if (t != null) {
                java.util.concurrent.locks.LockSupport.unpark(t);
            }
        }
    }

    /** Parks the current thread until a condition holds (woken by unpark or every 50 ms). */
    private static final class TimeUnitSleep {
        static void parkUntil(java.util.function.BooleanSupplier ready) {
            while (!ready.getAsBoolean()) {
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                if (Thread.interrupted()) {
                    return;
                }
            }
        }
    }
}
