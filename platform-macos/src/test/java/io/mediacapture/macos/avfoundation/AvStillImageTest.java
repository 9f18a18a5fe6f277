package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaSettingsRange;
import io.mediacapture.PhotoCapabilities;
import io.mediacapture.PhotoSettings;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.macos.media.PixelFormats;
import io.mediacapture.macos.objc.Foundation;
import io.mediacapture.macos.objc.GnuObjcRuntime;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcRef;
import io.mediacapture.macos.testing.NativeFixture;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AvStillImage (AVCapturePhotoOutput) against stand-ins in GCC's runtime named as AVFoundation's classes: the output
 * added to the session, the sizes read per macOS version, the pixel format chosen, the settings of each photo
 * (size, flash, red-eye), and the photo delivered through the run-time delegate class from a fresh native thread.
 * The stand-ins count what AVFoundation would raise on (unoffered sizes or flash modes, reused settings, no active
 * connection); every test checks none happened.
 */
class AvStillImageTest {
    private static Objc objc;
    private static Foundation foundation;
    private ObjcRef session;
    private ObjcRef device;
    private ObjcRef key;
    private ObjcRef videoType;
    private final List<Integer> copiedFormats = new CopyOnWriteArrayList<>();
    private final List<String> copiedOn = new CopyOnWriteArrayList<>();
    /** Delegates left by other tests (a capture AVFoundation never answers keeps its delegate, by design). */
    private int liveBefore;

    @BeforeAll
    static void load() {
        NativeFixture.standins();
        objc = new Objc(GnuObjcRuntime.load());
        foundation = new Foundation(objc);
    }

    @BeforeEach
    void objects() {
        session = make("MCFakePhotoSession");
        device = make("MCFakePhotoDevice");
        key = foundation.string("PixelFormatType");
        videoType = foundation.string("vide");
        liveBefore = PhotoCaptureDelegate.live();
    }

    @AfterEach
    void release() {
        for (ObjcRef r : List.of(session, device, key, videoType)) {
            r.close();
        }
    }

    private static ObjcRef make(String cls) {
        return objc.adopt(objc.sendId(objc.sendId(objc.cls(cls), "alloc"), "init"), cls);
    }

    private AvStillImage.Wiring wiring(int macosMajor) {
        return wiring(macosMajor, MemorySegment.NULL, MemorySegment.NULL);
    }

    private AvStillImage.Wiring wiring(int macosMajor, MemorySegment codecKey, MemorySegment jpegCodec) {
        return new AvStillImage.Wiring(key.get(), codecKey, jpegCodec, videoType.get(), macosMajor, 1280, 720, this::copy,
                e -> "camera said no", "camera Test");
    }

    /** The 16 bytes of the stand-in's "pixel buffer" as a 2x2 BGRA frame. */
    private VideoFrame copy(MemorySegment pixelBuffer, int fourcc) {
        copiedFormats.add(fourcc);
        copiedOn.add(Thread.currentThread().getName());
        FrameBuffer fb = FrameBuffer.allocate(16);
        MemorySegment.copy(pixelBuffer.reinterpret(16), 0, fb.memory(), 0, 16);
        return fb.toVideoFrame(VideoFrameLayout.packed(VideoPixelFormat.BGRA, 2, 2), 0, 0);
    }

    private AvStillImage attach(int macosMajor) {
        AvStillImage still = AvStillImage.add(objc, foundation, session.get(), wiring(macosMajor));
        assertNotNull(still);
        assertEquals(1, objc.sendLong(session.get(), "adds"));
        assertTrue(still.configure(device.get()));
        return still;
    }

    private MemorySegment output(AvStillImage still) {
        return outputOf(still);
    }

    private static MemorySegment outputOf(AvStillImage still) {
        try {
            var f = AvStillImage.class.getDeclaredField("output");
            f.setAccessible(true);
            return ((ObjcRef) f.get(still)).get();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void macos13SizesComeFromTheFormatsSupportedMaxPhotoDimensions() {
        AvStillImage still = attach(13);
        assertEquals(List.of(new AvStillImage.Size(1920, 1080), new AvStillImage.Size(4032, 3024)), still.sizes());
        assertEquals(PixelFormats.BGRA, still.pixelFormat(), "BGRA preferred over 420v");
        MemorySegment out = output(still);
        assertEquals(0, objc.sendLong(out, "violations"), "the output's maxPhotoDimensions is one the format offers");
        PhotoCapabilities caps = still.capabilities();
        assertEquals(MediaSettingsRange.of(1920, 4032, 1), caps.imageWidth());
        assertEquals(MediaSettingsRange.of(1080, 3024, 1), caps.imageHeight());
        assertEquals(List.of("off", "auto"), caps.fillLightMode());
        assertEquals("controllable", caps.redEyeReduction());
        still.detach(session.get());
        assertEquals(1, objc.sendLong(session.get(), "removes"));
    }

    @Test
    void aPhotoArrivesThroughTheDelegateFromANativeThread() throws Exception {
        AvStillImage still = attach(13);
        MemorySegment out = output(still);
        try (VideoFrame f = still.capture(PhotoSettings.builder().imageWidth(1900).fillLightMode("auto")
                .redEyeReduction(true).build()).get(5, TimeUnit.SECONDS)) {
            assertEquals(2, f.codedWidth());
            assertEquals(1, f.byteAt(0, 0, 0));
        }
        assertEquals(List.of(PixelFormats.BGRA), copiedFormats);
        assertFalse(copiedOn.contains(Thread.currentThread().getName()), "copied on AVFoundation's thread");
        assertEquals(1, objc.sendLong(out, "captures"));
        assertEquals(0, objc.sendLong(out, "violations"));
        assertEquals(1920, objc.sendLong(out, "lastWidth"), "the smallest size at least as wide as asked");
        assertEquals(1080, objc.sendLong(out, "lastHeight"));
        assertEquals(AvStillImage.FLASH_AUTO, objc.sendLong(out, "lastFlash"));
        assertEquals(1, objc.sendLong(out, "lastRedEye"));
        MemorySegment format = objc.sendId(out, "lastFormat");
        assertEquals(PixelFormats.BGRA, foundation.intValue(foundation.get(format, key.get())));

        // a second photo gets fresh settings; no size asked: the largest
        still.capture(PhotoSettings.empty()).get(5, TimeUnit.SECONDS).close();
        assertEquals(4032, objc.sendLong(out, "lastWidth"));
        assertEquals(AvStillImage.FLASH_OFF, objc.sendLong(out, "lastFlash"));
        assertEquals(-1, objc.sendLong(out, "lastRedEye"), "red-eye left alone when not asked");
        assertEquals(0, objc.sendLong(out, "violations"));
        awaitNoLiveDelegates();
        still.detach(session.get());
    }

    @Test
    void beforeMacos13TheHighResolutionStillSizeIsOfferedNextToTheVideoSize() throws Exception {
        AvStillImage still = attach(12);
        MemorySegment out = output(still);
        assertEquals(List.of(new AvStillImage.Size(1280, 720), new AvStillImage.Size(4032, 3024)), still.sizes());
        assertTrue(objc.sendBool(out, "highResolutionCaptureEnabled"));
        still.capture(PhotoSettings.builder().imageHeight(720).build()).get(5, TimeUnit.SECONDS).close();
        assertEquals(0, objc.sendLong(out, "lastHighResolution"));
        still.capture(PhotoSettings.builder().imageHeight(3000).build()).get(5, TimeUnit.SECONDS).close();
        assertEquals(1, objc.sendLong(out, "lastHighResolution"));
        assertEquals(0, objc.sendLong(out, "violations"));
        still.detach(session.get());
    }

    @Test
    void failuresReachTheFutureAndNothingEscapesTheUpcall() throws Exception {
        AvStillImage still = attach(13);
        MemorySegment out = output(still);
        objc.sendVoid(out, "setAnswerMode:", 1L);
        ExecutionException e = assertThrowsExecution(still.capture(PhotoSettings.empty()));
        assertTrue(e.getCause().getMessage().contains("camera said no"), e.getCause().getMessage());
        objc.sendVoid(out, "setAnswerMode:", 2L);
        e = assertThrowsExecution(still.capture(PhotoSettings.empty()));
        assertTrue(e.getCause().getMessage().contains("without a photo"), e.getCause().getMessage());
        awaitNoLiveDelegates();

        objc.sendVoid(out, "setConnectionActive:", false);
        e = assertThrowsExecution(still.capture(PhotoSettings.empty()));
        assertTrue(e.getCause().getMessage().contains("no active video connection"), e.getCause().getMessage());
        assertEquals(2, objc.sendLong(out, "captures"), "no capture without an active connection");
        assertEquals(0, objc.sendLong(out, "violations"));
        still.detach(session.get());
    }

    @Test
    void detachFailsAPhotoStillWaiting() {
        AvStillImage still = attach(13);
        objc.sendVoid(output(still), "setAnswerMode:", 3L);
        CompletableFuture<VideoFrame> f = still.capture(PhotoSettings.empty());
        assertFalse(f.isDone());
        still.detach(session.get());
        ExecutionException e = assertThrowsExecution(f);
        assertInstanceOf(BackendException.class, e.getCause());
        assertInstanceOf(BackendException.class, assertThrowsExecution(still.capture(PhotoSettings.empty())).getCause());
    }

    @Test
    void noFlashNoFillLightAndNoRedEye() {
        objc.sendVoid(device.get(), "setHasFlash:", false);
        AvStillImage still = attach(13);
        assertEquals(List.of(), still.capabilities().fillLightMode());
        assertEquals("never", still.capabilities().redEyeReduction());
        still.detach(session.get());
    }

    @Test
    void anOutputWithoutAUsableFormatOrARefusingSessionGivesNoStillMode() {
        AvStillImage still = AvStillImage.add(objc, foundation, session.get(), wiring(13));
        assertNotNull(still);
        objc.sendVoid(output(still), "setNoFormats");
        assertFalse(still.configure(device.get()));
        still.detach(session.get());
        assertEquals(1, objc.sendLong(session.get(), "removes"));

        AvStillImage nv12 = AvStillImage.add(objc, foundation, session.get(), wiring(13));
        objc.sendVoid(output(nv12), "setOnly420v");
        assertTrue(nv12.configure(device.get()));
        assertEquals(PixelFormats.NV12_VIDEO_RANGE, nv12.pixelFormat());
        nv12.detach(session.get());

        objc.sendVoid(session.get(), "setRefuse:", true);
        assertNull(AvStillImage.add(objc, foundation, session.get(), wiring(13)));
    }

    @Test
    void withoutARawFormatThePhotoIsJpegFromItsFileDataDecoded() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(8, 4, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 8; x++) {
                img.setRGB(x, y, 0x2080E0);
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        assertTrue(javax.imageio.ImageIO.write(img, "jpeg", bytes));
        MemorySegment jpeg = java.lang.foreign.Arena.global().allocateFrom(java.lang.foreign.ValueLayout.JAVA_BYTE,
                bytes.toByteArray());
        try (ObjcRef codecKey = foundation.string("AVVideoCodecKey"); ObjcRef jpegCodec = foundation.string("jpeg")) {
            AvStillImage still = AvStillImage.add(objc, foundation, session.get(), wiring(13, codecKey.get(), jpegCodec.get()));
            MemorySegment out = output(still);
            objc.sendVoid(out, "setJpegOnly");
            objc.sendVoid(out, "setPhotoData:length:", jpeg, jpeg.byteSize());
            assertTrue(still.configure(device.get()), "JPEG is the fallback when no raw format is offered");
            try (VideoFrame f = still.capture(PhotoSettings.empty()).get(5, TimeUnit.SECONDS)) {
                assertEquals(VideoPixelFormat.BGRA, f.format());
                assertEquals(8, f.codedWidth());
                assertEquals(0xE0, f.byteAt(0, 4 * 2, 1), 8.0); // B of pixel 2
                assertEquals(0x20, f.byteAt(0, 4 * 2 + 2, 1), 8.0); // R
            }
            assertEquals(List.of(), copiedFormats, "no pixel buffer copied");
            MemorySegment format = objc.sendId(out, "lastFormat");
            assertEquals(jpegCodec.get(), foundation.get(format, codecKey.get()));
            assertEquals(0, objc.sendLong(out, "violations"));
            still.detach(session.get());
        }
    }

    @Test
    void sizeChoiceAndFlashMapping() {
        List<AvStillImage.Size> sizes = List.of(new AvStillImage.Size(640, 480), new AvStillImage.Size(1920, 1080));
        assertEquals(sizes.get(1), AvStillImage.choose(sizes, PhotoSettings.empty()));
        assertEquals(sizes.get(0), AvStillImage.choose(sizes, PhotoSettings.builder().imageWidth(640).build()));
        assertEquals(sizes.get(1), AvStillImage.choose(sizes, PhotoSettings.builder().imageHeight(481).build()));
        assertEquals(sizes.get(1), AvStillImage.choose(sizes, PhotoSettings.builder().imageWidth(5000).build()));
        assertEquals("flash", AvStillImage.fillLightMode(1));
        assertEquals(AvStillImage.FLASH_AUTO, AvStillImage.flashMode("auto"));
        assertNull(AvStillImage.fillLightMode(7));
    }

    private static ExecutionException assertThrowsExecution(CompletableFuture<?> f) {
        try {
            Object v = f.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure, got " + v);
        } catch (ExecutionException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void awaitNoLiveDelegates() throws InterruptedException {
        for (int i = 0; i < 100 && PhotoCaptureDelegate.live() > liveBefore; i++) {
            Thread.sleep(20);
        }
        assertEquals(liveBefore, PhotoCaptureDelegate.live(), "each delegate released after its final callback");
    }
}
