package io.mediacapture.internal.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import org.junit.jupiter.api.Test;

class VideoFramesTest {
    @Test
    void blackIsBlackInEveryFormat() {
        for (VideoPixelFormat f : VideoPixelFormat.values()) {
            try (VideoFrame b = VideoFrames.black(f, 5, 3, 42, 1000)) {
                assertEquals(f, b.format());
                assertEquals(42, b.timestamp());
                assertEquals(1000, b.duration().orElseThrow());
                for (int c : TestFrames.argb(b, YuvMatrix.BT601_LIMITED)) {
                    assertEquals(0xFF000000, c, f.toString());
                }
            }
        }
        try (VideoFrame i420 = VideoFrames.black(VideoPixelFormat.I420, 5, 3, 0, -1);
             VideoFrame yuy2 = VideoFrames.black(VideoPixelFormat.YUY2, 4, 1, 0, -1);
             VideoFrame rgba = VideoFrames.black(VideoPixelFormat.RGBA, 1, 1, 0, -1)) {
            assertEquals(16, i420.byteAt(0, 4, 2));
            assertEquals(128, i420.byteAt(1, 2, 1));
            assertEquals(128, i420.byteAt(2, 0, 0));
            assertEquals(16, yuy2.byteAt(0, 6, 0));
            assertEquals(128, yuy2.byteAt(0, 7, 0));
            assertEquals(0, rgba.byteAt(0, 0, 0));
            assertEquals(255, rgba.byteAt(0, 3, 0));
        }
        assertThrows(IllegalArgumentException.class, () -> VideoFrames.black(VideoPixelFormat.I420, 0, 2, 0, -1));
    }
}
