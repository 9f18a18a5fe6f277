package io.mediacapture.linux.alsa;

import static io.mediacapture.bindings.alsa.asoundlib_h.C_LONG;
import static io.mediacapture.bindings.alsa.asoundlib_h.C_SHORT;

import io.mediacapture.AudioData;
import io.mediacapture.bindings.alsa.inline.Alsa;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.linux.StopSignal;
import io.mediacapture.bindings.libc.poll_h;
import io.mediacapture.bindings.libc.pollfd;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.PullSource;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A running ALSA capture: core's pull thread calls {@link #pull}, which waits in {@code poll()} on the PCM's
 * descriptors plus an eventfd that {@link #close()} signals, then reads what is available with a
 * non-blocking {@code snd_pcm_readi}. So the thread never sits in a read it cannot be woken from.
 *
 * <p>Overruns (-EPIPE) are recovered and counted; a suspended device (-ESTRPIPE) mutes the track until
 * {@code snd_pcm_resume} (or a re-prepare) succeeds, polled on later pulls rather than slept on; a device
 * that is gone (-ENODEV, a disconnected card) ends the track.
 *
 * <p>Timestamps: "now minus delay". After each read, the first frame read was captured
 * {@code (snd_pcm_delay + frames read) / rate} seconds before now on CLOCK_MONOTONIC
 * ({@code System.nanoTime()}); they are kept strictly increasing for devices that report no usable delay.
 *
 * <p>Threading and lifetime: {@link #pull} runs on one thread at a time; {@link #close()} may come from any
 * thread, wakes a pull that is waiting, then waits for it and frees the PCM, the eventfd and the arena that
 * holds the poll array. After close() returns nothing is delivered into the sink.
 */
final class AlsaSource implements PullSource {
    private static final short POLLIN = (short) poll_h.POLLIN();
    private static final short POLLERR = (short) poll_h.POLLERR();

    private final PcmCalls pcm;
    private final AlsaPcm.Negotiated params;
    private final SourceSink sink;
    private final System.Logger log;
    private final ReentrantLock lock = new ReentrantLock();
    private final Arena arena;
    private final StopSignal stop;
    private final int pcmFds;
    private final MemorySegment fds;
    private final MemorySegment revents;
    private final MemorySegment delay;
    private final AtomicLong overruns = new AtomicLong();
    private final AtomicLong suspends = new AtomicLong();
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean closed;
    private boolean started;
    private boolean ended;
    private boolean suspended;
    private long lastTimestamp = Long.MIN_VALUE;

    /** Owns {@code pcm} once constructed ({@link #close()} closes it); the caller closes it if this throws. Tests pass scripted calls. */
    AlsaSource(PcmCalls pcm, AlsaPcm.Negotiated params, SourceSink sink, System.Logger log) {
        this.pcm = pcm;
        this.params = params;
        this.sink = sink;
        this.log = log;
        // The arena and the eventfd are this object's; until the constructor returns nobody else can free them.
        Arena a = Arena.ofShared();
        StopSignal s = null;
        try {
            int count = Alsa.check("snd_pcm_poll_descriptors_count", pcm.pollDescriptorsCount());
            MemorySegment pollFds = pollfd.allocateArray(count + 1L, a);
            Alsa.check("snd_pcm_poll_descriptors", pcm.pollDescriptors(pollFds, count));
            s = StopSignal.open();
            s.pollOn(pollfd.asSlice(pollFds, count));
            this.pcmFds = count;
            this.fds = pollFds;
            this.revents = a.allocate(C_SHORT);
            this.delay = a.allocate(C_LONG);
        } catch (RuntimeException | Error e) {
            if (s != null) {
                s.close();
            }
            a.close();
            throw e;
        }
        this.arena = a;
        this.stop = s;
    }

    /**
     * Opens and sets up {@code pcmName} for {@code config}; capture begins at {@link #start()}.
     *
     * @throws BackendException as {@link AlsaPcm#openCapture} and {@link AlsaPcm#configure} report
     */
    static AlsaSource open(String pcmName, SourceConfig.Audio config, SourceSink sink, System.Logger log)
            throws BackendException {
        AlsaPcm pcm = AlsaPcm.openCapture(pcmName);
        try {
            AlsaPcm.Negotiated n = pcm.configure(config);
            log.log(System.Logger.Level.DEBUG, () -> "opened ALSA PCM " + pcmName + ": " + n);
            return new AlsaSource(PcmCalls.of(pcm), n, sink, log);
        } catch (BackendException | RuntimeException e) {
            pcm.close();
            throw e;
        }
    }

    @Override
    public void start() throws BackendException {
        lock.lock();
        try {
            if (closed) {
                throw new BackendException(BackendException.Kind.FAILED, "ALSA capture " + pcm.name() + " is closed");
            }
            int r = pcm.start();
            if (r < 0) {
                throw new BackendException(AlsaErrors.isDeviceLost(r) ? BackendException.Kind.DEVICE_LOST
                        : BackendException.Kind.FAILED, "starting ALSA capture on " + pcm.name() + " failed: "
                        + Alsa.strerror(r), null);
            }
            started = true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean pull(long timeoutNanos) {
        lock.lock();
        try {
            if (closed || ended) {
                return false;
            }
            if (!started) {
                waitForStop(timeoutNanos);
                return !closed;
            }
            if (suspended && !tryResume()) {
                waitForStop(Math.min(timeoutNanos, TimeUnit.MILLISECONDS.toNanos(50)));
                return !closed && !ended;
            }
            int timeoutMillis = (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
            int ready = pcm.poll(fds, pcmFds + 1L, timeoutMillis);
            if (ready == 0 || closed) {
                return !closed;
            }
            if ((pollfd.revents(pollfd.asSlice(fds, pcmFds)) & POLLIN) != 0) {
                return false; // close() signalled
            }
            int r = pcm.pollDescriptorsRevents(fds, pcmFds, revents);
            if (r < 0) {
                return handleError(r);
            }
            short ev = revents.get(C_SHORT, 0);
            if ((ev & (POLLIN | POLLERR)) == 0) {
                return true;
            }
            int frames = readAvailable();
            if (frames == 0 && !ended) {
                // Ready but nothing to read: a plugin with no clock (e.g. `file` at the end of its input).
                // Wait a period on the stop descriptor instead of spinning.
                waitForStop(Math.min(timeoutNanos, periodNanos()));
            }
            return !closed && !ended;
        } catch (RuntimeException e) {
            end(new BackendException(BackendException.Kind.FAILED, "reading ALSA PCM " + pcm.name() + " failed: "
                    + e.getMessage(), e));
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Reads everything available into one AudioData. @return frames delivered (0 when none or on a recovered error) */
    private int readAvailable() {
        long avail = pcm.availUpdate();
        if (avail < 0) {
            handleError((int) avail);
            return 0;
        }
        if (avail == 0) {
            // Let readi report the state (xrun, suspend, disconnect) that made poll() return.
            avail = params.periodFrames();
        }
        int want = (int) Math.min(avail, Math.max(params.bufferFrames(), params.periodFrames()));
        FrameBuffer buffer = FrameBuffer.allocate((long) want * params.bytesPerFrame());
        long n;
        try {
            n = pcm.readi(buffer.memory(), want);
        } catch (RuntimeException e) {
            buffer.release();
            throw e;
        }
        if (n <= 0) {
            buffer.release();
            if (n < 0) {
                handleError((int) n);
            }
            return 0;
        }
        long now = System.nanoTime() / 1_000;
        long behind = pcm.delay(delay) == 0 ? Math.max(0, delay.get(C_LONG, 0)) : 0;
        long ts = now - (behind + n) * 1_000_000L / params.sampleRate();
        if (lastTimestamp != Long.MIN_VALUE && ts <= lastTimestamp) {
            ts = lastTimestamp + 1;
        }
        lastTimestamp = ts + (n * 1_000_000L / params.sampleRate()) - 1;
        sink.deliver(buffer.toAudioData(params.format(), params.sampleRate(), (int) n, params.channels(), ts));
        return (int) n;
    }

    /** Recovers from an error code of a read; ends the capture when the device is gone. @return whether to go on */
    private boolean handleError(int err) {
        int e = -err;
        if (e == errno_h.EAGAIN()) {
            return true;
        }
        if (e == errno_h.EPIPE()) {
            long n = overruns.incrementAndGet();
            log.log(System.Logger.Level.DEBUG, () -> "overrun #" + n + " on ALSA PCM " + pcm.name() + "; recovering");
            return restart(pcm.recover(err, 1));
        }
        if (e == errno_h.ESTRPIPE()) {
            long n = suspends.incrementAndGet();
            log.log(System.Logger.Level.DEBUG, () -> "ALSA PCM " + pcm.name() + " suspended (#" + n + ")");
            suspended = true;
            sink.muted(true);
            tryResume();
            return !ended;
        }
        if (AlsaErrors.isDeviceLost(err)) {
            end(new BackendException(BackendException.Kind.DEVICE_LOST, "ALSA capture device '" + pcm.name()
                    + "' is gone: " + Alsa.strerror(err) + " (" + err + ")"));
            return false;
        }
        return restart(pcm.recover(err, 1));
    }

    /** After a recover or prepare: start capturing again, or end when that fails. */
    private boolean restart(int recovered) {
        int r = recovered < 0 ? recovered : pcm.start();
        if (r < 0) {
            BackendException.Kind kind = AlsaErrors.isDeviceLost(r) ? BackendException.Kind.DEVICE_LOST
                    : BackendException.Kind.FAILED;
            end(new BackendException(kind, "ALSA capture on '" + pcm.name() + "' cannot recover: "
                    + Alsa.strerror(r) + " (" + r + ")"));
            return false;
        }
        return true;
    }

    /**
     * One non-blocking attempt to leave the suspended state (snd_pcm_recover would sleep in a loop until the
     * device wakes). @return true when capturing again
     */
    private boolean tryResume() {
        int r = pcm.resume();
        if (r == -errno_h.EAGAIN()) {
            return false;
        }
        if (r < 0) {
            // The driver cannot resume in place: start over from a prepared stream.
            r = pcm.prepare();
            if (r < 0) {
                handleError(r);
                return false;
            }
        }
        if (!restart(0)) {
            return false;
        }
        suspended = false;
        sink.muted(false);
        return true;
    }

    private void end(BackendException reason) {
        if (!ended) {
            ended = true;
            sink.ended(reason);
        }
    }

    private long periodNanos() {
        return params.periodFrames() * 1_000_000_000L / params.sampleRate();
    }

    /** Sleeps up to {@code nanos}, waking at once when close() signals. */
    private void waitForStop(long nanos) {
        pcm.poll(pollfd.asSlice(fds, pcmFds), 1, (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
    }

    @Override
    public void close() {
        if (closing.compareAndSet(false, true)) {
            closed = true;
            signalStop(); // the descriptor is closed only below, under the lock, so it is still ours here
        }
        lock.lock();
        try {
            if (!arena.scope().isAlive()) {
                return;
            }
            pcm.close();
            stop.close();
            arena.close();
        } finally {
            lock.unlock();
        }
    }

    private void signalStop() {
        stop.signal();
    }
}
