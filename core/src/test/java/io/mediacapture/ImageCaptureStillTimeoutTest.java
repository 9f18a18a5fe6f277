package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.StillImageCapture;
import java.lang.foreign.Arena;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * takePhoto() through a camera's still mode cannot hang on a backend that never answers: core gives up after its
 * own limit, and a photo that comes later is closed rather than left to the garbage collector.
 */
class ImageCaptureStillTimeoutTest {
    private final AtomicInteger released = new AtomicInteger();

    /** A still mode whose photo comes only when the test completes the future. */
    private static final class SlowStill implements StillImageCapture {
        final CompletableFuture<VideoFrame> pending = new CompletableFuture<>();

        @Override
        public PhotoCapabilities capabilities() {
            return new PhotoCapabilities("never", MediaSettingsRange.of(2, 2, 1), MediaSettingsRange.of(2, 2, 1),
                    java.util.List.of());
        }

        @Override
        public CompletableFuture<VideoFrame> capture(PhotoSettings settings) {
            return pending;
        }
    }

    private VideoFrame frame() {
        return FrameBuffer.wrap(Arena.ofAuto().allocate(16), released::incrementAndGet)
                .toVideoFrame(VideoFrameLayout.packed(VideoPixelFormat.RGBA, 2, 2), 0, -1);
    }

    @Test
    void aStillModeThatNeverAnswersFailsAfterTheLimitAndALatePhotoIsClosed() throws Exception {
        SlowStill still = new SlowStill();
        CompletableFuture<VideoFrame> photo = ImageCapture.stillPhoto(still, PhotoSettings.empty(), Duration.ofMillis(200));
        ExecutionException e = assertThrows(ExecutionException.class, () -> photo.get(5, TimeUnit.SECONDS));
        DOMException dom = assertInstanceOf(DOMException.class, e.getCause());
        assertEquals("UnknownError", dom.name());
        assertTrue(dom.getMessage().contains("no photo within 200 ms"), dom.getMessage());

        still.pending.complete(frame());
        assertEquals(1, released.get(), "the photo that came after the limit was closed");
    }

    @Test
    void aPhotoInTimeIsTheCallersAndStaysOpen() throws Exception {
        SlowStill still = new SlowStill();
        CompletableFuture<VideoFrame> photo = ImageCapture.stillPhoto(still, PhotoSettings.empty(), Duration.ofSeconds(30));
        VideoFrame f = frame();
        still.pending.complete(f);
        try (VideoFrame got = photo.get(5, TimeUnit.SECONDS)) {
            assertSame(f, got);
            assertEquals(0, released.get());
        }
        assertEquals(1, released.get());
    }

    @Test
    void aFailingStillModeGivesAnUnknownErrorNamingTheCause() {
        SlowStill still = new SlowStill();
        CompletableFuture<VideoFrame> photo = ImageCapture.stillPhoto(still, PhotoSettings.empty(), Duration.ofSeconds(30));
        still.pending.completeExceptionally(new IllegalStateException("shutter stuck"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> photo.get(5, TimeUnit.SECONDS));
        DOMException dom = assertInstanceOf(DOMException.class, e.getCause());
        assertEquals("UnknownError", dom.name());
        assertTrue(dom.getMessage().contains("shutter stuck"), dom.getMessage());
    }
}
