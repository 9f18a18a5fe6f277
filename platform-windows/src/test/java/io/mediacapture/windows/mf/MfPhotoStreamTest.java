package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.windows.com.Apartment;
import io.mediacapture.windows.com.ComMethod;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.ComThread;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.JavaComClass;
import io.mediacapture.windows.com.WinTypes;
import io.mediacapture.windows.mf.MfInterfaces.IMFAttributes;
import io.mediacapture.windows.mf.MfInterfaces.IMFSourceReader;
import io.mediacapture.windows.mf.PhotoInterfaces.IKsControl;
import io.mediacapture.windows.mf.PhotoInterfaces.IMFExtendedCameraControl;
import io.mediacapture.windows.mf.PhotoInterfaces.IMFExtendedCameraController;
import io.mediacapture.windows.mf.PhotoInterfaces.IMFPresentationDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * MfPhotoStream and MfExtendedFlash over fake Media Foundation objects (Java COM objects reached through their
 * vtables): the photo stream found in the presentation descriptor by its category, its native types as photo sizes,
 * and a photo's call sequence on the reader, the flash control and IKsControl, with the sample arriving in
 * OnReadSample as a Media Foundation thread would deliver it. None of it is Media Foundation's behaviour, only the
 * calls this backend makes and what it does with the answers.
 */
class MfPhotoStreamTest {
    private static final MemorySegment SAMPLE = MemorySegment.ofAddress(0x2000);
    private static final Guid PINNAME_VIDEO_CAPTURE = Guid.parse("{FB6C4281-0353-11D1-905F-0000C0CC16BA}");
    private static final Guid PINNAME_VIDEO_PREVIEW = Guid.parse("{FB6C4282-0353-11D1-905F-0000C0CC16BA}");

    /** An attribute store: GUID, UINT32 (Integer) and UINT64 (Long) values by key. */
    static final class Attrs {
        final Map<Guid, Object> values = new HashMap<>();

        Attrs with(Guid key, Object value) {
            values.put(key, value);
            return this;
        }
    }

    /** The calls the fakes received, in order. */
    private final List<String> calls = new CopyOnWriteArrayList<>();

    private static <T> void fillers(List<JavaComClass.Method<T>> methods, String iface, int from, int to) {
        for (int slot = from; slot < to; slot++) {
            methods.add(new JavaComClass.Method<>(ComMethod.hr(iface, "Unused" + slot, slot, WinTypes.POINTER),
                    (x, a) -> HResult.E_NOTIMPL));
        }
    }

    /** IMFAttributes' getters at their slots (7 UINT32, 8 UINT64, 10 GUID), then {@code more} from slot 11 on. */
    private static <T> List<JavaComClass.Method<T>> attributeMethods(String iface, java.util.function.Function<T, Attrs> attrs) {
        List<JavaComClass.Method<T>> m = new ArrayList<>();
        fillers(m, iface, 3, 7);
        m.add(new JavaComClass.Method<>(IMFAttributes.GET_UINT32, (x, a) -> get(attrs.apply(x), a, Integer.class)));
        m.add(new JavaComClass.Method<>(IMFAttributes.GET_UINT64, (x, a) -> get(attrs.apply(x), a, Long.class)));
        fillers(m, iface, 9, 10);
        m.add(new JavaComClass.Method<>(IMFAttributes.GET_GUID, (x, a) -> get(attrs.apply(x), a, Guid.class)));
        return m;
    }

    private static int get(Attrs attrs, Object[] a, Class<?> type) {
        Object v = attrs.values.get(Guid.read(((MemorySegment) a[0]).reinterpret(16)));
        if (!type.isInstance(v)) {
            return HResult.MF_E_ATTRIBUTENOTFOUND;
        }
        MemorySegment out = (MemorySegment) a[1];
        switch (v) {
            case Integer i -> out.reinterpret(4).set(ValueLayout.JAVA_INT, 0, i);
            case Long l -> out.reinterpret(8).set(ValueLayout.JAVA_LONG, 0, l);
            case Guid g -> g.write(out.reinterpret(16));
            default -> throw new AssertionError(v);
        }
        return HResult.S_OK;
    }

    private static final JavaComClass<Attrs> ATTRIBUTES = new JavaComClass<>("IMFAttributes", Set.of(),
            attributeMethods("IMFAttributes", a -> a));

    private static void give(MemorySegment out, ComRef r) {
        out.reinterpret(8).set(ValueLayout.ADDRESS, 0, MemorySegment.ofAddress(r.address())); // the caller owns it now
    }

    /** A presentation descriptor: its streams' attributes. */
    private static final JavaComClass<List<Attrs>> DESCRIPTOR;
    /** A media source: slot 8 creates the descriptor. */
    private static final JavaComClass<List<Attrs>> SOURCE;

    static {
        List<JavaComClass.Method<List<Attrs>>> pd = attributeMethods("IMFPresentationDescriptor", s -> new Attrs());
        fillers(pd, "IMFPresentationDescriptor", 11, 33);
        pd.add(new JavaComClass.Method<>(IMFPresentationDescriptor.GET_STREAM_DESCRIPTOR_COUNT, (s, a) -> {
            ((MemorySegment) a[0]).reinterpret(4).set(ValueLayout.JAVA_INT, 0, s.size());
            return HResult.S_OK;
        }));
        pd.add(new JavaComClass.Method<>(IMFPresentationDescriptor.GET_STREAM_DESCRIPTOR_BY_INDEX, (s, a) -> {
            ((MemorySegment) a[1]).reinterpret(4).set(ValueLayout.JAVA_INT, 0, 0);
            give((MemorySegment) a[2], ATTRIBUTES.create(s.get((Integer) a[0])));
            return HResult.S_OK;
        }));
        DESCRIPTOR = new JavaComClass<>("IMFPresentationDescriptor", Set.of(), pd);
        List<JavaComClass.Method<List<Attrs>>> src = new ArrayList<>();
        fillers(src, "IMFMediaSource", 3, 8);
        src.add(new JavaComClass.Method<>(PhotoInterfaces.IMFMediaSource.CREATE_PRESENTATION_DESCRIPTOR, (s, a) -> {
            give((MemorySegment) a[0], DESCRIPTOR.create(s));
            return HResult.S_OK;
        }));
        SOURCE = new JavaComClass<>("IMFMediaSource", Set.of(), src);
    }

    /** A source reader: the photo stream's native types, and a record of what was asked. */
    final class Reader {
        final List<Attrs> types;

        Reader(List<Attrs> types) {
            this.types = types;
        }
    }

    private JavaComClass<Reader> readerClass() {
        List<JavaComClass.Method<Reader>> m = new ArrayList<>();
        fillers(m, "IMFSourceReader", 3, 4);
        m.add(new JavaComClass.Method<>(IMFSourceReader.SET_STREAM_SELECTION, (r, a) -> {
            calls.add("SetStreamSelection " + a[0] + " " + a[1]);
            return HResult.S_OK;
        }));
        m.add(new JavaComClass.Method<>(IMFSourceReader.GET_NATIVE_MEDIA_TYPE, (r, a) -> {
            int i = (Integer) a[1];
            if (i >= r.types.size()) {
                return HResult.MF_E_NO_MORE_TYPES;
            }
            give((MemorySegment) a[2], ATTRIBUTES.create(r.types.get(i)));
            return HResult.S_OK;
        }));
        fillers(m, "IMFSourceReader", 6, 7);
        m.add(new JavaComClass.Method<>(IMFSourceReader.SET_CURRENT_MEDIA_TYPE, (r, a) -> {
            long size = 0;
            // which type: read its frame size back through its own vtable
            try (ComRef mt = ComRef.retain((MemorySegment) a[2], "IMFMediaType")) {
                size = Attributes.uint64(mt, MfGuids.MT_FRAME_SIZE).orElse(0);
            }
            calls.add("SetCurrentMediaType " + a[0] + " " + MediaTypes.high(size) + "x" + MediaTypes.low(size));
            return HResult.S_OK;
        }));
        fillers(m, "IMFSourceReader", 8, 9);
        m.add(new JavaComClass.Method<>(IMFSourceReader.READ_SAMPLE, (r, a) -> {
            calls.add("ReadSample " + a[0]);
            return HResult.S_OK;
        }));
        return new JavaComClass<>("IMFSourceReader", Set.of(), m);
    }

    private final JavaComClass<Reader> readerClass = readerClass();

    private final JavaComClass<Object> ksClass = new JavaComClass<>("IKsControl", Set.of(IKsControl.IID), List.of(
            new JavaComClass.Method<>(IKsControl.KS_PROPERTY, (x, a) -> {
                MemorySegment p = ((MemorySegment) a[0]).reinterpret(32);
                calls.add("KsProperty set=" + Guid.read(p) + " id=" + p.get(ValueLayout.JAVA_INT, 16)
                        + " flags=" + p.get(ValueLayout.JAVA_INT, 20) + " pin=" + p.get(ValueLayout.JAVA_INT, 24)
                        + " mode=" + p.get(ValueLayout.JAVA_INT, 28) + " length=" + a[1]);
                return HResult.S_OK;
            })));

    /** The flash control: its capabilities; SetFlags and CommitSettings recorded. */
    private JavaComClass<long[]> controlClass() {
        List<JavaComClass.Method<long[]>> m = new ArrayList<>();
        m.add(new JavaComClass.Method<>(IMFExtendedCameraControl.GET_CAPABILITIES, (c, a) -> (int) c[0]));
        m.add(new JavaComClass.Method<>(IMFExtendedCameraControl.SET_FLAGS, (c, a) -> {
            calls.add("SetFlags 0x" + Long.toHexString((Long) a[0]));
            return HResult.S_OK;
        }));
        m.add(new JavaComClass.Method<>(IMFExtendedCameraControl.GET_FLAGS, (c, a) -> 0));
        fillers(m, "IMFExtendedCameraControl", 6, 8);
        m.add(new JavaComClass.Method<>(IMFExtendedCameraControl.COMMIT_SETTINGS, (c, a) -> {
            calls.add("CommitSettings");
            return HResult.S_OK;
        }));
        return new JavaComClass<>("IMFExtendedCameraControl", Set.of(IMFExtendedCameraControl.IID), m);
    }

    private final JavaComClass<long[]> controlClass = controlClass();

    /** The controller: hands out a flash control with the given capabilities, or fails when there is none. */
    private final JavaComClass<long[]> controllerClass = new JavaComClass<>("IMFExtendedCameraController",
            Set.of(IMFExtendedCameraController.IID), List.of(
            new JavaComClass.Method<>(IMFExtendedCameraController.GET_EXTENDED_CAMERA_CONTROL, (caps, a) -> {
                calls.add("GetExtendedCameraControl 0x" + Integer.toHexString((Integer) a[0]) + " " + a[1]);
                if (caps.length == 0) {
                    return HResult.E_NOTIMPL;
                }
                give((MemorySegment) a[2], controlClass.create(caps));
                return HResult.S_OK;
            })));

    private final ComThread com = ComThread.start("test-mf-photo", Apartment.NONE);

    @AfterEach
    void stop() {
        com.close();
    }

    private static Attrs stream(Guid category, Integer pinId) {
        Attrs a = new Attrs().with(PhotoInterfaces.DEVICESTREAM_STREAM_CATEGORY, category);
        return pinId == null ? a : a.with(PhotoInterfaces.DEVICESTREAM_STREAM_ID, pinId);
    }

    private static Attrs type(Guid subtype, int w, int h) {
        return new Attrs().with(MfGuids.MT_SUBTYPE, subtype).with(MfGuids.MT_FRAME_SIZE, MediaTypes.pack(w, h));
    }

    @Test
    void thePhotoStreamIsFoundByItsCategoryAfterTheVideoStream() throws Exception {
        int live = JavaComClass.liveObjects();
        List<Attrs> streams = List.of(stream(PINNAME_VIDEO_CAPTURE, 0), stream(PINNAME_VIDEO_PREVIEW, 1),
                stream(PhotoInterfaces.PINNAME_IMAGE, 7));
        try (ComRef source = SOURCE.create(streams)) {
            assertArrayEquals(new int[] {2, 7}, com.call(() -> MfPhotoStream.photoStream(source)));
        }
        // a still pin without a stream id: the pin is the stream's index
        try (ComRef source = SOURCE.create(List.of(stream(PINNAME_VIDEO_CAPTURE, 0),
                stream(PhotoInterfaces.PINNAME_VIDEO_STILL, null)))) {
            assertArrayEquals(new int[] {1, 1}, com.call(() -> MfPhotoStream.photoStream(source)));
        }
        // no photo stream; and a photo category on stream 0 is the video's, not a photo stream
        try (ComRef source = SOURCE.create(List.of(stream(PhotoInterfaces.PINNAME_IMAGE, 0),
                stream(PINNAME_VIDEO_PREVIEW, 1)))) {
            assertNull(com.call(() -> MfPhotoStream.photoStream(source)));
        }
        assertEquals(live, JavaComClass.liveObjects(), "every descriptor released");
    }

    @Test
    void theNativeTypesThisLibraryReadsBecomePhotoSizes() throws Exception {
        int live = JavaComClass.liveObjects();
        Reader r = new Reader(List.of(type(MfGuids.NV12, 1920, 1080), type(MfGuids.MJPG, 4000, 3000),
                type(Guid.parse("{3231564E-0000-0010-8000-00AA00389B72}"), 640, 480)));
        try (ComRef reader = readerClass.create(r)) {
            List<MfPhotoStream.PhotoType> types = com.call(() -> MfPhotoStream.nativeTypes(reader, 2));
            assertEquals(List.of(new MfPhotoStream.PhotoType(0, NativeVideoFormat.NV12, 1920, 1080, 0),
                    new MfPhotoStream.PhotoType(1, NativeVideoFormat.MJPEG, 4000, 3000, 0)), types);
        }
        assertEquals(live, JavaComClass.liveObjects(), "every media type released");
    }

    /** The reader's side of the three types {@link #photo} lists. */
    private Reader threeTypes() {
        return new Reader(List.of(type(MfGuids.NV12, 1920, 1080), type(MfGuids.MJPG, 4000, 3000),
                type(MfGuids.NV12, 4000, 3000)));
    }

    private MfPhotoStream photo(ComRef reader, long flashCaps, List<VideoFrame> made) {
        MfExtendedFlash flash;
        try (ComRef controller = controllerClass.create(flashCaps < 0 ? new long[0] : new long[] {flashCaps})) {
            flash = com.call(() -> MfExtendedFlash.fromController(controller));
        }
        List<MfPhotoStream.PhotoType> types = List.of(new MfPhotoStream.PhotoType(0, NativeVideoFormat.NV12, 1920, 1080, 0),
                new MfPhotoStream.PhotoType(1, NativeVideoFormat.MJPEG, 4000, 3000, 0),
                new MfPhotoStream.PhotoType(2, NativeVideoFormat.NV12, 4000, 3000, 0));
        return MfPhotoStream.of(com, "cam", reader, ksClass.create(new Object()), flash, 2, 7, types, (sample, t) -> {
            calls.add("frame " + t.width() + "x" + t.height() + " " + t.format());
            FrameBuffer fb = FrameBuffer.allocate(4);
            VideoFrame f = fb.toVideoFrame(VideoFrameLayout.packed(VideoPixelFormat.BGRA, 1, 1), 0, 0);
            made.add(f);
            return f;
        });
    }

    @Test
    void aPhotoSelectsItsTypeReadsSetsTheFlashAndTriggersThePin() throws Exception {
        List<VideoFrame> made = new ArrayList<>();
        long caps = PhotoInterfaces.FLASH_ON | PhotoInterfaces.FLASH_AUTO | PhotoInterfaces.FLASH_REDEYEREDUCTION;
        try (ComRef reader = readerClass.create(threeTypes())) {
            MfPhotoStream p = photo(reader, caps, made);
            PhotoCapabilities c = p.capabilities();
            assertEquals(MediaSettingsRange.of(1920, 4000, 1), c.imageWidth());
            assertEquals(MediaSettingsRange.of(1080, 3000, 1), c.imageHeight());
            assertEquals(List.of("off", "flash", "auto"), c.fillLightMode());
            assertEquals("controllable", c.redEyeReduction());
            calls.clear();

            CompletableFuture<VideoFrame> f = p.capture(PhotoSettings.builder().imageWidth(2000).fillLightMode("flash")
                    .redEyeReduction(true).build());
            assertEquals(List.of("SetCurrentMediaType 2 4000x3000", "SetStreamSelection 2 1", "ReadSample 2",
                    "SetFlags 0x11", "CommitSettings",
                    "KsProperty set=" + PhotoInterfaces.PROPSETID_VIDCAP_VIDEOCONTROL + " id=3 flags=2 pin=7 mode=8 length=32"),
                    calls, "raw NV12 before MJPEG at the same size; flash on with red-eye reduction; then the trigger");
            calls.clear();
            p.onReadSample(HResult.S_OK, MfGuids.READERF_STREAMTICK, MemorySegment.NULL); // a tick: read again
            assertEquals(List.of("ReadSample 2"), calls);
            assertFalse(f.isDone());
            p.onReadSample(HResult.S_OK, 0, SAMPLE);
            try (VideoFrame frame = f.get(5, TimeUnit.SECONDS)) {
                assertEquals(made.getFirst(), frame);
            }
            assertEquals("frame 4000x3000 NV12", calls.getLast());

            // the next photo keeps the type and the selection; no fill light asked: off
            calls.clear();
            CompletableFuture<VideoFrame> g = p.capture(PhotoSettings.builder().imageWidth(4000).build());
            assertEquals(List.of("ReadSample 2", "SetFlags 0x0", "CommitSettings",
                    "KsProperty set=" + PhotoInterfaces.PROPSETID_VIDCAP_VIDEOCONTROL + " id=3 flags=2 pin=7 mode=8 length=32"),
                    calls);
            p.onReadSample(HResult.S_OK, 0, SAMPLE);
            g.get(5, TimeUnit.SECONDS).close();
            com.run(p::close);
        }
    }

    @Test
    void failuresBusyAndCloseFailThePhoto() throws Exception {
        List<VideoFrame> made = new ArrayList<>();
        try (ComRef reader = readerClass.create(threeTypes())) {
            MfPhotoStream p = photo(reader, -1, made);
            assertEquals("never", p.capabilities().redEyeReduction());
            assertEquals(List.of(), p.capabilities().fillLightMode());
            CompletableFuture<VideoFrame> f = p.capture(PhotoSettings.empty());
            assertFalse(calls.stream().anyMatch(c -> c.startsWith("SetFlags")), "no flash control: no flags");
            CompletableFuture<VideoFrame> busy = p.capture(PhotoSettings.empty());
            assertTrue(cause(busy).getMessage().contains("already"), cause(busy).getMessage());
            p.onReadSample(HResult.E_FAIL, MfGuids.READERF_ERROR, MemorySegment.NULL);
            assertInstanceOf(BackendException.class, cause(f));

            CompletableFuture<VideoFrame> waiting = p.capture(PhotoSettings.empty());
            com.run(p::close);
            assertTrue(cause(waiting).getMessage().contains("closed"), cause(waiting).getMessage());
            assertTrue(cause(p.capture(PhotoSettings.empty())).getMessage().contains("closed"));
            p.onReadSample(HResult.S_OK, 0, SAMPLE); // late: ignored
            assertTrue(made.isEmpty());
        }
    }

    @Test
    void mfSourceRoutesThePhotoStreamsAnswersToIt() throws Exception {
        List<VideoFrame> made = new ArrayList<>();
        List<String> videoFrames = new CopyOnWriteArrayList<>();
        try (ComRef reader = readerClass.create(threeTypes())) {
            MfSource s = MfSource.attach(com, "cam", reader.share(), (sample, ts, sink) -> videoFrames.add("video"),
                    null, () -> { }, 1000);
            MfPhotoStream p = photo(reader, -1, made);
            s.attachPhotoStream(p);
            assertTrue(s.stillImage().isPresent());
            CompletableFuture<VideoFrame> f = p.capture(PhotoSettings.empty());
            s.onReadSample(HResult.S_OK, 2, 0, 0, SAMPLE);
            f.get(5, TimeUnit.SECONDS).close();
            assertEquals(List.of(), videoFrames, "the photo's sample is not a video frame");
            com.run(p::close);
        }
    }

    @Test
    void aControllerWithoutAFlashGivesNoFlash() throws Exception {
        try (ComRef none = controllerClass.create(new long[0]);
             ComRef offOnly = controllerClass.create(new long[] {PhotoInterfaces.FLASH_REDEYEREDUCTION})) {
            assertNull(com.call(() -> MfExtendedFlash.fromController(none)));
            int live = JavaComClass.liveObjects();
            assertNull(com.call(() -> MfExtendedFlash.fromController(offOnly)));
            assertEquals(live, JavaComClass.liveObjects(), "the control released");
        }
        assertTrue(calls.contains("GetExtendedCameraControl 0xffffffff 9"), calls.toString());
        MfExtendedFlash f;
        try (ComRef c = controllerClass.create(new long[] {PhotoInterfaces.FLASH_AUTO})) {
            f = com.call(() -> MfExtendedFlash.fromController(c));
        }
        assertNotNull(f);
        assertEquals(List.of("off", "auto"), f.fillLightModes());
        assertEquals(PhotoInterfaces.FLASH_AUTO, f.flags("auto", true), "no red-eye flag the control does not offer");
        com.run(f::close);
    }

    @Test
    void anMjpegPhotoIsDecodedIntoBgra() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(16, 8, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) {
                img.setRGB(x, y, 0x3060C0);
            }
        }
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        assertTrue(javax.imageio.ImageIO.write(img, "jpeg", jpeg));
        try (VideoFrame f = io.mediacapture.spi.StillImageCapture.decodeJpeg(jpeg.toByteArray(), 5)) {
            assertEquals(VideoPixelFormat.BGRA, f.format());
            assertEquals(16, f.codedWidth());
            assertEquals(8, f.codedHeight());
            assertEquals(0xC0, f.byteAt(0, 3 * 4, 3), 6.0); // B of pixel 3 (byte columns, B G R A)
            assertEquals(0x60, f.byteAt(0, 3 * 4 + 1, 3), 6.0); // G
            assertEquals(0x30, f.byteAt(0, 3 * 4 + 2, 3), 6.0); // R
            assertEquals(0xFF, f.byteAt(0, 3 * 4 + 3, 3)); // opaque
        }
        assertInstanceOf(java.io.IOException.class, org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> io.mediacapture.spi.StillImageCapture.decodeJpeg(new byte[] {1, 2, 3}, 0)));
    }

    private static Throwable cause(CompletableFuture<?> f) {
        try {
            f.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
