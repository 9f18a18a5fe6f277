package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.macos.media.FourCc;
import io.mediacapture.macos.media.PixelFormats;
import io.mediacapture.spi.NativeVideoFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The per-sample path choice and the drop accounting of the video handler. */
class SampleRouteTest {
    @Test
    void pixelBuffersGoThePlanePathWhateverWasConfigured() {
        SampleRoute r = SampleRoute.of(PixelFormats.NV12_VIDEO_RANGE, true, false);
        assertEquals(SampleRoute.Kind.PIXEL_BUFFER, r.kind());
        assertEquals(NativeVideoFormat.NV12, r.format());
        assertEquals(NativeVideoFormat.YUY2, SampleRoute.of(PixelFormats.YUY2, true, true).format());
    }

    @Test
    void mjpegInABlockBufferIsCompressed() {
        SampleRoute r = SampleRoute.of(PixelFormats.MJPEG_OPEN_DML, false, true);
        assertEquals(SampleRoute.Kind.COMPRESSED, r.kind());
        assertEquals(NativeVideoFormat.MJPEG, r.format());
    }

    @Test
    void rawFramesInABlockBufferArePacked() {
        // virtual cameras deliver raw formats as CMBlockBuffers without a CVPixelBuffer
        SampleRoute r = SampleRoute.of(PixelFormats.UYVY, false, true);
        assertEquals(SampleRoute.Kind.PACKED_BLOCK, r.kind());
        assertEquals(NativeVideoFormat.UYVY, r.format());
    }

    @Test
    void whatCannotBeDeliveredIsADropWithAReason() {
        SampleRoute unknown = SampleRoute.of(FourCc.of("v210"), true, false);
        assertEquals(SampleRoute.Kind.DROP, unknown.kind());
        assertNull(unknown.format());
        assertTrue(unknown.reason().contains("v210"), unknown.reason());
        assertEquals(SampleRoute.Kind.DROP, SampleRoute.of(PixelFormats.BGRA, false, false).kind());
        assertEquals(SampleRoute.Kind.DROP, SampleRoute.of(PixelFormats.MJPEG_OPEN_DML, true, false).kind());
        assertEquals(SampleRoute.Kind.DROP, SampleRoute.of(0, false, true).kind());
    }

    @Test
    void dropsAreCountedAndLoggedAtPowersOfTen() {
        RecordingLogger log = new RecordingLogger();
        DropCounter c = new DropCounter("camera X", log, System.Logger.Level.WARNING);
        int logged = 0;
        for (int i = 0; i < 1000; i++) {
            logged += c.drop("reason A") ? 1 : 0;
        }
        assertEquals(4, logged); // 1st, 10th, 100th, 1000th
        assertTrue(c.drop("reason B"));
        assertEquals(1001, c.total());
        assertEquals(1000, c.count("reason A"));
        assertEquals(5, log.messages.size());
        assertTrue(log.messages.get(0).contains("camera X") && log.messages.get(0).contains("reason A"), log.messages.get(0));
        assertTrue(log.messages.get(3).contains("1000 samples"), log.messages.get(3));
        assertFalse(DropCounter.isPowerOfTen(20));
        assertTrue(DropCounter.isPowerOfTen(100_000));
    }

    @Test
    void changingReasonsCannotGrowTheCountWithoutBound() {
        DropCounter c = new DropCounter("camera X", new RecordingLogger(), System.Logger.Level.WARNING);
        for (int i = 0; i < 500; i++) {
            c.drop("a block of " + i + " bytes");
        }
        assertEquals(500, c.total());
        assertEquals(500 - DropCounter.MAX_REASONS, c.count(DropCounter.OTHER));
    }

    static final class RecordingLogger implements System.Logger {
        final List<String> messages = new ArrayList<>();

        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            messages.add(msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            messages.add(format);
        }
    }
}
