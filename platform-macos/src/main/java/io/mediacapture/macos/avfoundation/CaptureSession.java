package io.mediacapture.macos.avfoundation;

import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcException;
import io.mediacapture.macos.objc.ObjcRef;
import io.mediacapture.spi.BackendException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One AVCaptureSession with one device input and one data output (video or audio) delivering to a
 * {@link SampleBufferDelegate} on a serial dispatch queue of its own.
 *
 * <p>Lifetime: {@link #open} builds and configures everything; {@link #start()} runs the session;
 * {@link #close()} stops it ({@code stopRunning} is synchronous), detaches the delegate, drains the queue so no
 * callback is still running, and releases every object. Called from a callback on the delivery queue itself
 * (a FrameTap handler stopping its track), close hands that teardown to another thread and returns at once
 * ({@link QueueTeardown}). Objective-C exceptions are avoided by checking
 * {@code canAddInput:}/{@code canAddOutput:} and taking {@code lockForConfiguration:} before each call that
 * would raise without them.
 */
final class CaptureSession implements AutoCloseable {
    /** Configures the locked device inside the session's configuration block (format, frame duration). */
    interface DeviceSetup {
        void configure(MemorySegment device) throws BackendException;
    }

    private final AVCapture av;
    private final Objc objc;
    private final ObjcRef device;
    private final ObjcRef input;
    private final ObjcRef session;
    private final ObjcRef output;
    private final SampleBufferDelegate delegate;
    private final AVCapture.DispatchQueue queue;
    private final String label;
    private final AtomicBoolean closed = new AtomicBoolean();
    private DeviceLock lock;
    private final AvStillImage.Wiring photoWiring;
    private AvStillImage still; // the photo output, when the session has one (set in configure)
    private final java.util.List<AutoCloseable> closeFirst = new java.util.concurrent.CopyOnWriteArrayList<>();

    private CaptureSession(AVCapture av, ObjcRef device, ObjcRef input, ObjcRef session, ObjcRef output,
                           SampleBufferDelegate delegate, AVCapture.DispatchQueue queue, String label,
                           AvStillImage.Wiring photoWiring) {
        this.av = av;
        this.objc = av.objc;
        this.device = device;
        this.input = input;
        this.session = session;
        this.output = output;
        this.delegate = delegate;
        this.queue = queue;
        this.label = label;
        this.photoWiring = photoWiring;
    }

    /**
     * @param device a borrowed AVCaptureDevice (retained here)
     * @param output an owned, configured data output (taken over, released on failure too)
     * @throws BackendException BUSY when the device cannot be opened or locked, FAILED otherwise
     */
    static CaptureSession open(AVCapture av, MemorySegment device, ObjcRef output, SampleBufferDelegate.Handler handler,
                               String label, DeviceSetup setup) throws BackendException {
        return open(av, device, output, handler, label, setup, null);
    }

    /**
     * As {@link #open(AVCapture, MemorySegment, ObjcRef, SampleBufferDelegate.Handler, String, DeviceSetup)}, with
     * an {@code AVCapturePhotoOutput} next to the data output when {@code photo} is not null and the session takes
     * one ({@link AvStillImage}); a photo output that cannot be set up is left out (logged), never failing the open.
     */
    static CaptureSession open(AVCapture av, MemorySegment device, ObjcRef output, SampleBufferDelegate.Handler handler,
                               String label, DeviceSetup setup, AvStillImage.Wiring photo) throws BackendException {
        Objc objc = av.objc;
        ObjcRef dev = objc.retain(device, "the capture device");
        ObjcRef input = null;
        ObjcRef session = null;
        SampleBufferDelegate delegate = null;
        AVCapture.DispatchQueue queue = null;
        try (var pool = objc.autoreleasePool(); Arena a = Arena.ofConfined()) {
            MemorySegment err = a.allocate(ValueLayout.ADDRESS);
            MemorySegment in = objc.sendId(objc.cls("AVCaptureDeviceInput"), "deviceInputWithDevice:error:", device, err);
            if (in.equals(MemorySegment.NULL)) {
                throw av.openFailure(err.get(ValueLayout.ADDRESS, 0), BackendException.Kind.BUSY, "cannot open " + label);
            }
            input = objc.retain(in, "the device input");
            session = objc.adopt(objc.sendId(objc.sendId(objc.cls("AVCaptureSession"), "alloc"), "init"), "AVCaptureSession");
            queue = av.newSerialQueue("io.mediacapture." + label);
            delegate = SampleBufferDelegate.create(objc, handler);
            objc.sendVoid(output.get(), "setSampleBufferDelegate:queue:", delegate.object(), queue.handle());
            CaptureSession cs = new CaptureSession(av, dev, input, session, output, delegate, queue, label, photo);
            try {
                cs.configure(setup, label, err);
            } catch (BackendException | RuntimeException e) {
                cs.unlock(); // a failure after the lock (even in commitConfiguration) must not leave it locked
                throw e;
            }
            return cs;
        } catch (BackendException | RuntimeException e) {
            if (delegate != null) {
                objc.sendVoid(output.get(), "setSampleBufferDelegate:queue:", MemorySegment.NULL, MemorySegment.NULL);
                delegate.close();
            }
            output.close();
            closeAll(session, input, dev);
            if (queue != null) {
                queue.release();
            }
            if (e instanceof ObjcException o) {
                throw new BackendException(BackendException.Kind.FAILED, "cannot set up " + label + ": " + o.getMessage(), o);
            }
            if (e instanceof BackendException b) {
                throw b;
            }
            throw (RuntimeException) e;
        }
    }

    private void configure(DeviceSetup setup, String label, MemorySegment err) throws BackendException {
        MemorySegment s = session.get();
        objc.sendVoid(s, "beginConfiguration");
        try {
            if (!objc.sendBool(s, "canAddInput:", input.get())) {
                throw new BackendException(BackendException.Kind.BUSY, "the capture session cannot take " + label
                        + " as input (in use by another session?)");
            }
            objc.sendVoid(s, "addInput:", input.get());
            if (!objc.sendBool(s, "canAddOutput:", output.get())) {
                throw new BackendException(BackendException.Kind.FAILED, "the capture session refuses the data output for " + label);
            }
            objc.sendVoid(s, "addOutput:", output.get());
            addPhotoOutput(s);
            // The lock is held until the session runs: Apple documents that a session otherwise resets
            // the active format to its preset when it starts. A failing setup gives it back at once.
            lock = DeviceLock.take(objc, device.get(), err);
            if (lock == null) {
                throw av.openFailure(err.get(ValueLayout.ADDRESS, 0), BackendException.Kind.BUSY, "cannot configure " + label);
            }
            lock.configure(setup::configure);
            configurePhotoOutput(s);
        } finally {
            objc.sendVoid(s, "commitConfiguration");
        }
    }

    private void addPhotoOutput(MemorySegment s) {
        if (photoWiring == null) {
            return;
        }
        try {
            still = AvStillImage.add(objc, av.foundation, s, photoWiring);
        } catch (RuntimeException e) {
            System.getLogger("io.mediacapture.macos").log(System.Logger.Level.WARNING, label
                    + ": no photo output (" + e.getMessage() + "); photos are frames", e);
        }
    }

    /** After the device's format is set: the photo output's sizes for it, or no photo output. */
    private void configurePhotoOutput(MemorySegment s) {
        if (still == null) {
            return;
        }
        boolean ok;
        try {
            ok = still.configure(device.get());
        } catch (RuntimeException e) {
            System.getLogger("io.mediacapture.macos").log(System.Logger.Level.WARNING, label
                    + ": the photo output could not be configured (" + e.getMessage() + "); photos are frames", e);
            ok = false;
        }
        if (!ok) {
            still.detach(s);
            still = null;
        }
    }

    /** The device's still-image mode (its AVCapturePhotoOutput), if the session has one. */
    java.util.Optional<io.mediacapture.spi.StillImageCapture> stillImage() {
        return java.util.Optional.ofNullable(still);
    }

    /** Runs the session. */
    synchronized void start() throws BackendException {
        if (closed.get()) {
            throw new BackendException(BackendException.Kind.FAILED, "the capture session was closed");
        }
        try (var pool = objc.autoreleasePool()) {
            objc.sendVoid(session.get(), "startRunning");
            unlock();
            if (!objc.sendBool(session.get(), "isRunning")) {
                throw new BackendException(BackendException.Kind.BUSY, "the capture session did not start (device in use "
                        + "by another application, or access withdrawn)");
            }
        }
    }

    MemorySegment sessionObject() {
        return session.get();
    }

    private void unlock() {
        if (lock != null) {
            lock.close();
        }
    }

    /**
     * Stops, detaches and releases; idempotent, and never blocks on a second call. From any thread but the
     * delivery queue, no callback runs once it returns. From the delivery queue (a frame handler stopping its
     * track), the teardown continues on another thread after the return; the caller's handler was stopped
     * before, so nothing more is delivered.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            QueueTeardown.run(queue, this::teardown, label);
        }
    }

    /** The device's camera controls (MediaStream Image Capture); empty for a microphone or a camera without any. */
    java.util.Optional<io.mediacapture.spi.CameraControls> cameraControls() {
        AvCameraControls c = new AvCameraControls(objc, device.get());
        return c.controls().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(c);
    }

    /** Something to close at the start of the teardown, before the session stops (observers of the device). */
    void closeFirst(AutoCloseable c) {
        closeFirst.add(c);
    }

    private synchronized void teardown() {
        try (var pool = objc.autoreleasePool()) {
            for (AutoCloseable c : closeFirst) {
                try {
                    c.close();
                } catch (Exception e) {
                    System.getLogger("io.mediacapture.macos").log(System.Logger.Level.WARNING, "closing " + c + " failed", e);
                }
            }
            unlock();
            objc.sendVoid(session.get(), "stopRunning");
            if (still != null) {
                still.detach(session.get());
            }
            objc.sendVoid(output.get(), "setSampleBufferDelegate:queue:", MemorySegment.NULL, MemorySegment.NULL);
            queue.drain();
            delegate.close();
            objc.sendVoid(session.get(), "removeOutput:", output.get());
            objc.sendVoid(session.get(), "removeInput:", input.get());
            closeAll(output, session, input, device);
            queue.release();
        }
    }

    private static void closeAll(ObjcRef... refs) {
        for (ObjcRef r : refs) {
            if (r != null) {
                r.close();
            }
        }
    }
}
