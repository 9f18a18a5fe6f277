package io.mediacapture.macos.avfoundation;

import io.mediacapture.macos.objc.PlatformThreads;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.SourceHandle;

/**
 * An open camera or microphone: a {@link CaptureSession} and the handler that turns its sample buffers into
 * frames. {@link #close()} stops the handler first, so nothing reaches the sink once it returns.
 */
final class MacSource implements SourceHandle {
    private final String deviceId;
    private final CaptureSession session;
    private final Runnable stopHandler;
    private final Runnable onClose;

    MacSource(String deviceId, CaptureSession session, Runnable stopHandler, Runnable onClose) {
        this.deviceId = deviceId;
        this.session = session;
        this.stopHandler = stopHandler;
        this.onClose = onClose;
    }

    String deviceId() {
        return deviceId;
    }

    CaptureSession session() {
        return session;
    }

    private java.util.Optional<io.mediacapture.spi.CameraControls> controls; // computed once, on first use

    @Override
    public synchronized java.util.Optional<io.mediacapture.spi.CameraControls> controls() {
        if (controls == null) {
            controls = PlatformThreads.call(session::cameraControls);
        }
        return controls;
    }

    /** The camera's AVCapturePhotoOutput, when the session has one; else photos are frames of the stream. */
    @Override
    public java.util.Optional<io.mediacapture.spi.StillImageCapture> stillImage() {
        return session.stillImage();
    }

    @Override
    public void start() throws BackendException {
        PlatformThreads.call(() -> {
            session.start();
            return null;
        });
    }

    @Override
    public void close() {
        stopHandler.run();
        try {
            PlatformThreads.run(session::close);
        } finally {
            onClose.run();
        }
    }
}
