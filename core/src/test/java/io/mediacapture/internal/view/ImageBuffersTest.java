package io.mediacapture.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.fake.FakeFramePattern;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.testing.Allocations;
import io.mediacapture.testing.FakeFrameCheck;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The Swing view's two images: conversion, swapping, size changes, and no allocation per frame. */
class ImageBuffersTest {
    @Test
    void framesAreConvertedAndSwappedAndASizeChangeIsReported() {
        ImageBuffers b = new ImageBuffers();
        assertNull(b.snapshot());
        assertEquals(0, b.width());
        try (VideoFrame f = frame(640, 480, 5)) {
            assertTrue(b.put(f), "the first frame is a size change");
            assertFalse(b.put(f), "the same size again is not");
        }
        assertEquals(2, b.sequence());
        BufferedImage shown = b.snapshot();
        assertNull(FakeFrameCheck.compare(shown, 640, 480, 0));
        assertEquals(5, FakeFrameCheck.frameNumber(shown, 640, 480));
        try (VideoFrame f = frame(320, 240, 6)) {
            assertTrue(b.put(f), "a new size");
        }
        assertEquals(320, b.width());
        assertEquals(240, b.height());
        assertEquals(6, FakeFrameCheck.frameNumber(b.snapshot(), 320, 240));
    }

    @Test
    void aFrameOfTheSameSizeAllocatesNothing() {
        // The Vector API converter boxes its vectors until C2 compiles it (JMH's VideoViewBenchmark measures it
        // warmed up); this checks the default, scalar one.
        org.junit.jupiter.api.Assumptions.assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty(),
                "the scalar converter only");
        ImageBuffers b = new ImageBuffers();
        try (VideoFrame f = frame(160, 120, 1)) {
            for (int i = 0; i < 50; i++) {
                b.put(f); // both images made, classes loaded
            }
            long before = Allocations.currentThreadBytes();
            for (int i = 0; i < 1000; i++) {
                b.put(f);
            }
            long bytes = Allocations.currentThreadBytes() - before;
            // one object per frame would be 16 000 bytes or more; a one-off (a class's first use) a few dozen
            assertTrue(bytes < 1000, "heap bytes for 1000 frames: " + bytes);
        }
    }

    static VideoFrame frame(int w, int h, long number) {
        VideoPixelFormat f = VideoPixelFormat.I420;
        FrameBuffer buffer = FrameBuffer.allocate(f.frameBytes(w, h));
        FakeFramePattern.drawI420(buffer.memory(), w, h, number, 1000 + number);
        return buffer.toVideoFrame(VideoFrameLayout.packed(f, w, h), 1000 + number, -1);
    }
}
