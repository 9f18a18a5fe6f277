package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.VideoFrame;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.spi.VideoMode;
import org.junit.jupiter.api.Test;

/**
 * A closed {@link PwLoop} refuses to be locked (pw_thread_loop_lock on a destroyed loop writes into freed memory),
 * and a source closed again after its backend closed (the loop is gone by then) returns without touching it.
 */
class PipeWireClosedLoopTest {

    @Test
    void aClosedLoopRefusesItsLock() throws BackendException {
        PipeWireRig.require();
        PwInit.acquire();
        try {
            PwLoop loop = PwLoop.start("mediacapture-test-loop");
            assertTrue(loop.locked(() -> true), "an open loop can be locked");
            loop.close();
            assertTrue(loop.isClosed());
            assertThrows(IllegalStateException.class, () -> loop.locked(() -> true));
            assertThrows(IllegalStateException.class, loop::lock);
            assertThrows(IllegalStateException.class, loop::pwLoop);
            assertFalse(loop.inLoopThread());
            assertFalse(loop.post(() -> {}), "posts after close are dropped");
            assertDoesNotThrow(loop::close, "close is idempotent");
        } finally {
            PwInit.release();
        }
    }

    @Test
    void aSourceClosedAfterItsBackendLeavesTheDestroyedLoopAlone() throws BackendException {
        PipeWireRig.require();
        PipeWireBackend backend = (PipeWireBackend) new PipeWireBackendProvider().open(new BackendContext() {
            @Override
            public void devicesChanged() {}

            @Override
            public System.Logger logger(String component) {
                return System.getLogger("io.mediacapture.test." + component);
            }
        });
        PipeWireSource source;
        try {
            DeviceDescriptor camera = backend.devices().stream()
                    .filter(d -> d.kind() == MediaDeviceKind.VIDEOINPUT && d.label().equals(PipeWireRig.CAMERA_LABEL))
                    .findFirst().orElseThrow(() -> new AssertionError("the rig's camera among the PipeWire devices"));
            VideoMode mode = new VideoMode(160, 120, NativeVideoFormat.RGB24, 30, 30);
            source = (PipeWireSource) backend.open(camera, new SourceConfig.Video(mode, 30), new DroppingSink());
            source.start();
        } finally {
            backend.close();
        }
        assertTrue(backend.tornDown(), "no frame is held: closing the backend tore the connection down");
        assertTrue(backend.loop().isClosed(), "and destroyed its loop");
        assertDoesNotThrow(source::close, "closing the source again leaves the destroyed loop alone");
    }

    private static final class DroppingSink implements SourceSink {
        @Override
        public void deliver(VideoFrame frame) {
            frame.close();
        }

        @Override
        public void deliver(AudioData data) {
            data.close();
        }

        @Override
        public void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                                      long timestamp, long duration) {
            data.release();
        }

        @Override
        public void muted(boolean muted) {}

        @Override
        public void ended(BackendException reason) {}
    }
}
