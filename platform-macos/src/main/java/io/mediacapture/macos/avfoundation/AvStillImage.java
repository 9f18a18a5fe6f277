package io.mediacapture.macos.avfoundation;

import io.mediacapture.ImageCapture;
import io.mediacapture.MediaSettingsRange;
import io.mediacapture.PhotoCapabilities;
import io.mediacapture.PhotoSettings;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.macos.bindings.CMVideoDimensions;
import io.mediacapture.macos.media.CoreMedia;
import io.mediacapture.macos.media.PixelFormats;
import io.mediacapture.macos.objc.Foundation;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcRef;
import io.mediacapture.macos.objc.PlatformThreads;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.StillImageCapture;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The camera's still-image mode through {@code AVCapturePhotoOutput} (MediaStream Image Capture's takePhoto),
 * added to the capture session next to the video data output.
 *
 * <ul>
 * <li><b>Sizes</b>: macOS 13+, the active format's {@code supportedMaxPhotoDimensions}; the output's
 *     {@code maxPhotoDimensions} is set to the largest, and each photo's settings to the size chosen. Before 13,
 *     the video size and the format's {@code highResolutionStillImageDimensions} (with
 *     {@code highResolutionCaptureEnabled} / {@code highResolutionPhotoEnabled}). A photo request picks the
 *     smallest size at least as large as the width and height asked for (the largest when none is), so
 *     {@code imageWidth}/{@code imageHeight} are reported as ranges from the smallest to the largest size.</li>
 * <li><b>Pixels</b>: the photo is asked for uncompressed ({@code photoSettingsWithFormat:} with the first of
 *     BGRA, 420v, 420f in {@code availablePhotoPixelFormatTypes}) and its {@code pixelBuffer} copied into a
 *     frame, which core encodes. Not {@code fileDataRepresentation}: the SPI hands core a frame, and decoding
 *     AVFoundation's JPEG only to encode it again would lose quality twice. With none of those formats offered but
 *     JPEG in {@code availablePhotoCodecTypes}, the photo is asked for as JPEG and its {@code fileDataRepresentation}
 *     decoded (ImageIO) into a BGRA frame; with neither, the output is removed again and photos are the next
 *     frame.</li>
 * <li><b>Fill light and red-eye</b>: only where the device {@code hasFlash}: {@code supportedFlashModes} (Off 0 =
 *     "off", On 1 = "flash", Auto 2 = "auto") and {@code autoRedEyeReductionSupported} ("controllable"). Mac
 *     cameras have no flash, so normally "never" and no fill light modes.</li>
 * </ul>
 *
 * <p>Objective-C exceptions are avoided as elsewhere: only sizes and flash modes from the output's own lists,
 * a fresh settings object per photo, and no capture without an active video connection. Results come through
 * a {@link PhotoCaptureDelegate} per photo. A photo that does not come within {@link ImageCapture#FRAME_TIMEOUT}
 * fails; {@link #detach} fails those still waiting.
 */
final class AvStillImage implements StillImageCapture {
    static final long FLASH_OFF = 0;
    static final long FLASH_ON = 1;
    static final long FLASH_AUTO = 2;
    /** The photo pixel formats this class asks for, best first. */
    static final List<Integer> PIXEL_FORMATS = List.of(PixelFormats.BGRA, PixelFormats.NV12_VIDEO_RANGE,
            PixelFormats.NV12_FULL_RANGE);
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    /** Copies a photo's CVPixelBuffer (borrowed, valid during the call) of {@code fourcc} into a frame of its own. */
    interface PhotoPixels {
        VideoFrame copy(MemorySegment pixelBuffer, int fourcc);
    }

    /** A photo size. */
    record Size(int width, int height) {
        long area() {
            return (long) width * height;
        }
    }

    /** What the session wiring needs to know besides the objects. */
    record Wiring(MemorySegment pixelFormatKey, MemorySegment codecKey, MemorySegment jpegCodec,
                  MemorySegment mediaTypeVideo, int macosMajor, int videoWidth, int videoHeight, PhotoPixels pixels,
                  Function<MemorySegment, String> errorText, String label) {}

    private final Objc objc;
    private final Foundation foundation;
    private final ObjcRef output;
    private final Wiring wiring;
    private final Set<CompletableFuture<VideoFrame>> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean detached;
    // set by configure(), read-only after
    private int pixelFormat;
    private List<Size> sizes = List.of();
    private boolean maxDimensions;
    private Size highResolution;
    private List<String> fillLightModes = List.of();
    private boolean redEye;
    private boolean jpeg; // no raw format offered: the photo is JPEG (fileDataRepresentation), decoded for core

    private AvStillImage(Objc objc, Foundation foundation, ObjcRef output, Wiring wiring) {
        this.objc = objc;
        this.foundation = foundation;
        this.output = output;
        this.wiring = wiring;
    }

    /**
     * Adds a photo output to {@code session} (inside its configuration block); null when this macOS has no
     * AVCapturePhotoOutput or the session refuses it. Call {@link #configure} once the device's format is set.
     */
    static AvStillImage add(Objc objc, Foundation foundation, MemorySegment session, Wiring wiring) {
        if (objc.findClass("AVCapturePhotoOutput").isEmpty()) {
            return null;
        }
        ObjcRef out = objc.adopt(objc.sendId(objc.sendId(objc.cls("AVCapturePhotoOutput"), "alloc"), "init"),
                "AVCapturePhotoOutput");
        if (!objc.sendBool(session, "canAddOutput:", out.get())) {
            LOG.log(System.Logger.Level.INFO, wiring.label() + ": the session takes no photo output; photos are frames");
            out.close();
            return null;
        }
        objc.sendVoid(session, "addOutput:", out.get());
        return new AvStillImage(objc, foundation, out, wiring);
    }

    /**
     * Reads what the photo output offers for the device's active format (still inside the configuration block).
     * False when it offers no pixel format this class can use: the caller then {@link #detach}es it.
     */
    boolean configure(MemorySegment device) {
        MemorySegment out = output.get();
        List<Integer> available = new ArrayList<>();
        for (MemorySegment n : foundation.list(objc.sendId(out, "availablePhotoPixelFormatTypes"))) {
            available.add(foundation.intValue(n));
        }
        pixelFormat = PIXEL_FORMATS.stream().filter(available::contains).findFirst().orElse(0);
        if (pixelFormat == 0) {
            jpeg = offersJpeg(out);
            if (!jpeg) {
                LOG.log(System.Logger.Level.INFO, wiring.label() + ": the photo output offers neither an uncompressed "
                        + "format this library copies " + available + " nor JPEG; photos are frames");
                return false;
            }
        }
        MemorySegment format = objc.sendId(device, "activeFormat");
        List<Size> found = new ArrayList<>();
        if (wiring.macosMajor() >= 13 && responds(format, "supportedMaxPhotoDimensions")
                && responds(out, "setMaxPhotoDimensions:")) {
            try (Arena a = Arena.ofConfined()) {
                for (MemorySegment v : foundation.list(objc.sendId(format, "supportedMaxPhotoDimensions"))) {
                    MemorySegment d = objc.sendStruct(CMVideoDimensions.layout(), a, v, "CMVideoDimensionsValue");
                    addSize(found, new Size(CMVideoDimensions.width(d), CMVideoDimensions.height(d)));
                }
            }
            if (!found.isEmpty()) {
                maxDimensions = true;
                objc.sendVoid(out, "setMaxPhotoDimensions:", dimensions(found.getLast()));
            }
        }
        if (found.isEmpty()) {
            addSize(found, new Size(wiring.videoWidth(), wiring.videoHeight()));
            if (responds(format, "highResolutionStillImageDimensions") && responds(out, "setHighResolutionCaptureEnabled:")) {
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment d = objc.sendStruct(CMVideoDimensions.layout(), a, format,
                            "highResolutionStillImageDimensions");
                    Size hi = new Size(CMVideoDimensions.width(d), CMVideoDimensions.height(d));
                    if (hi.area() > found.getLast().area()) {
                        objc.sendVoid(out, "setHighResolutionCaptureEnabled:", true);
                        highResolution = hi;
                        addSize(found, hi);
                    }
                }
            }
        }
        sizes = List.copyOf(found);
        if (responds(device, "hasFlash") && objc.sendBool(device, "hasFlash")) {
            List<String> modes = new ArrayList<>();
            for (MemorySegment n : foundation.list(objc.sendId(out, "supportedFlashModes"))) {
                String m = fillLightMode(foundation.intValue(n));
                if (m != null && !modes.contains(m)) {
                    modes.add(m);
                }
            }
            fillLightModes = List.copyOf(modes);
            redEye = responds(out, "isAutoRedEyeReductionSupported") && objc.sendBool(out, "isAutoRedEyeReductionSupported");
        }
        return true;
    }

    /** Whether {@code availablePhotoCodecTypes} lists AVVideoCodecTypeJPEG (the fallback when no raw format is). */
    private boolean offersJpeg(MemorySegment out) {
        if (wiring.codecKey().equals(MemorySegment.NULL) || wiring.jpegCodec().equals(MemorySegment.NULL)) {
            return false;
        }
        String jpegName = foundation.toJava(wiring.jpegCodec());
        for (MemorySegment c : foundation.list(objc.sendId(out, "availablePhotoCodecTypes"))) {
            if (jpegName.equals(foundation.toJava(c))) {
                return true;
            }
        }
        return false;
    }

    private static void addSize(List<Size> sizes, Size s) {
        if (s.width() > 0 && s.height() > 0 && !sizes.contains(s)) {
            sizes.add(s);
            sizes.sort(Comparator.comparingLong(Size::area));
        }
    }

    private boolean responds(MemorySegment object, String selector) {
        return !object.equals(MemorySegment.NULL) && objc.sendBool(object, "respondsToSelector:", objc.sel(selector));
    }

    static String fillLightMode(long avFlashMode) {
        return avFlashMode == FLASH_OFF ? "off" : avFlashMode == FLASH_ON ? "flash" : avFlashMode == FLASH_AUTO ? "auto" : null;
    }

    static long flashMode(String fillLightMode) {
        return switch (fillLightMode) {
            case "flash" -> FLASH_ON;
            case "auto" -> FLASH_AUTO;
            default -> FLASH_OFF;
        };
    }

    /** The smallest size at least as large as asked (absent members ask nothing), else the largest. */
    static Size choose(List<Size> sizes, PhotoSettings s) {
        if (s.imageWidth().isPresent() || s.imageHeight().isPresent()) {
            for (Size z : sizes) { // by area, smallest first
                if ((s.imageWidth().isEmpty() || z.width() >= s.imageWidth().getAsDouble())
                        && (s.imageHeight().isEmpty() || z.height() >= s.imageHeight().getAsDouble())) {
                    return z;
                }
            }
        }
        return sizes.getLast();
    }

    private static Objc.ByValue dimensions(Size s) {
        MemorySegment d = Arena.ofAuto().allocate(CMVideoDimensions.layout());
        CMVideoDimensions.width(d, s.width());
        CMVideoDimensions.height(d, s.height());
        return new Objc.ByValue(CMVideoDimensions.layout(), d);
    }

    List<Size> sizes() {
        return sizes;
    }

    int pixelFormat() {
        return pixelFormat;
    }

    @Override
    public PhotoCapabilities capabilities() {
        int minW = sizes.stream().mapToInt(Size::width).min().orElseThrow();
        int maxW = sizes.stream().mapToInt(Size::width).max().orElseThrow();
        int minH = sizes.stream().mapToInt(Size::height).min().orElseThrow();
        int maxH = sizes.stream().mapToInt(Size::height).max().orElseThrow();
        return new PhotoCapabilities(redEye ? "controllable" : "never", MediaSettingsRange.of(minH, maxH, 1),
                MediaSettingsRange.of(minW, maxW, 1), fillLightModes);
    }

    @Override
    public CompletableFuture<VideoFrame> capture(PhotoSettings settings) {
        CompletableFuture<VideoFrame> result = new CompletableFuture<>();
        if (detached) {
            result.completeExceptionally(closed());
            return result;
        }
        pending.add(result);
        result.whenComplete((f, e) -> pending.remove(result));
        try {
            PlatformThreads.call(() -> {
                try (var pool = objc.autoreleasePool()) {
                    request(settings, result);
                }
                return null;
            });
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
        return result.orTimeout(ImageCapture.FRAME_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void request(PhotoSettings s, CompletableFuture<VideoFrame> result) {
        MemorySegment out = output.get();
        MemorySegment connection = objc.sendId(out, "connectionWithMediaType:", wiring.mediaTypeVideo());
        if (connection.equals(MemorySegment.NULL) || !objc.sendBool(connection, "isActive")
                || !objc.sendBool(connection, "isEnabled")) {
            result.completeExceptionally(new BackendException(BackendException.Kind.FAILED, wiring.label()
                    + ": the photo output has no active video connection (is the session running?)"));
            return;
        }
        MemorySegment photoSettings;
        try (ObjcRef fourcc = foundation.unsignedInt(pixelFormat);
             ObjcRef format = foundation.dictionary(jpeg ? Map.of(wiring.codecKey(), wiring.jpegCodec())
                     : Map.of(wiring.pixelFormatKey(), fourcc.get()))) {
            // autoreleased; a fresh object per photo (reusing one raises)
            photoSettings = objc.sendId(objc.cls("AVCapturePhotoSettings"), "photoSettingsWithFormat:", format.get());
        }
        if (photoSettings.equals(MemorySegment.NULL)) {
            result.completeExceptionally(new BackendException(BackendException.Kind.FAILED,
                    "AVCapturePhotoSettings photoSettingsWithFormat: returned nil"));
            return;
        }
        Size size = choose(sizes, s);
        if (maxDimensions) {
            objc.sendVoid(photoSettings, "setMaxPhotoDimensions:", dimensions(size));
        } else if (highResolution != null) {
            objc.sendVoid(photoSettings, "setHighResolutionPhotoEnabled:", size.equals(highResolution));
        }
        if (!fillLightModes.isEmpty()) {
            String mode = s.fillLightMode().filter(fillLightModes::contains).orElse("off");
            if (fillLightModes.contains(mode)) {
                objc.sendVoid(photoSettings, "setFlashMode:", flashMode(mode));
            }
        }
        if (redEye && s.redEyeReduction().isPresent()) {
            objc.sendVoid(photoSettings, "setAutoRedEyeReductionEnabled:", s.redEyeReduction().get());
        }
        int fourcc = pixelFormat;
        MemorySegment delegate = PhotoCaptureDelegate.create(objc, new PhotoCaptureDelegate.Handler() {
            @Override
            public void photo(MemorySegment photo, MemorySegment error) {
                if (!error.equals(MemorySegment.NULL)) {
                    result.completeExceptionally(new BackendException(BackendException.Kind.FAILED,
                            wiring.label() + ": the photo failed: " + wiring.errorText().apply(error)));
                    return;
                }
                VideoFrame frame;
                try {
                    frame = jpeg ? jpegFrame(photo) : pixelFrame(photo, fourcc);
                } catch (RuntimeException | java.io.IOException e) {
                    result.completeExceptionally(new BackendException(BackendException.Kind.FAILED,
                            wiring.label() + ": reading the photo failed: " + e.getMessage(), e));
                    return;
                }
                if (!result.complete(frame)) {
                    frame.close(); // timed out or detached meanwhile
                }
            }

            @Override
            public void finished(MemorySegment error) {
                if (!result.isDone()) {
                    result.completeExceptionally(new BackendException(BackendException.Kind.FAILED, wiring.label()
                            + ": the capture finished without a photo"
                            + (error.equals(MemorySegment.NULL) ? "" : ": " + wiring.errorText().apply(error))));
                }
            }
        });
        objc.sendVoid(out, "capturePhotoWithSettings:delegate:", photoSettings, delegate);
    }

    private VideoFrame pixelFrame(MemorySegment photo, int fourcc) {
        MemorySegment pb = objc.sendId(photo, "pixelBuffer");
        if (pb.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("the photo came without a pixel buffer");
        }
        return wiring.pixels().copy(pb, fourcc);
    }

    /** {@code [photo fileDataRepresentation]} (an autoreleased NSData of JPEG bytes), decoded into a BGRA frame. */
    private VideoFrame jpegFrame(MemorySegment photo) throws java.io.IOException {
        MemorySegment data = objc.sendId(photo, "fileDataRepresentation");
        if (data.equals(MemorySegment.NULL)) {
            throw new java.io.IOException("the photo has no file data");
        }
        long length = objc.sendLong(data, "length");
        MemorySegment bytes = objc.sendId(data, "bytes");
        if (length <= 0 || length > Integer.MAX_VALUE - 8 || bytes.equals(MemorySegment.NULL)) {
            throw new java.io.IOException("the photo's file data has " + length + " bytes");
        }
        return StillImageCapture.decodeJpeg(bytes.reinterpret(length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE),
                System.nanoTime() / 1000);
    }


    private BackendException closed() {
        return new BackendException(BackendException.Kind.FAILED, wiring.label() + " was closed");
    }

    /**
     * Removes the output from {@code session} and releases it; photos still waiting fail. Their delegates stay
     * until AVFoundation's final callback (see {@link PhotoCaptureDelegate}).
     */
    void detach(MemorySegment session) {
        if (detached) {
            return;
        }
        detached = true;
        for (CompletableFuture<VideoFrame> f : List.copyOf(pending)) {
            f.completeExceptionally(closed());
        }
        objc.sendVoid(session, "removeOutput:", output.get());
        output.close();
    }

    /**
     * The production {@link PhotoPixels}: locks the CVPixelBuffer read-only and copies its planes, tightly
     * packed, into a frame of its own (one photo, so no zero-copy: the buffer goes back to AVFoundation at once).
     */
    static VideoFrame copyPixelBuffer(CoreMedia cm, MemorySegment pb, int fourcc) {
        VideoPixelFormat pf = PixelFormats.of(fourcc).flatMap(NativeVideoFormat::pixelFormat)
                .orElseThrow(() -> new IllegalArgumentException("not a photo pixel format: " + fourcc));
        if (cm.lockReadOnly(pb) != 0) {
            throw new IllegalStateException("CVPixelBufferLockBaseAddress failed on the photo");
        }
        try {
            boolean planar = cm.isPlanar(pb);
            int planes = planar ? (int) cm.planeCount(pb) : 1;
            if (planes != pf.numberOfPlanes()) {
                throw new IllegalStateException("a " + pf + " photo with " + planes + " planes");
            }
            int w = (int) cm.width(pb);
            int h = (int) cm.height(pb);
            long[] offsets = pf.packedOffsets(w, h);
            int[] strides = pf.packedStrides(w);
            long total = pf.frameBytes(w, h);
            FrameBuffer fb = FrameBuffer.allocate(total);
            try {
                for (int p = 0; p < planes; p++) {
                    MemorySegment src = planar ? cm.planeBaseAddress(pb, p) : cm.baseAddress(pb);
                    long srcStride = planar ? cm.planeBytesPerRow(pb, p) : cm.bytesPerRow(pb);
                    long end = p + 1 < planes ? offsets[p + 1] : total;
                    long rows = Math.min(planar ? cm.planeHeight(pb, p) : h, (end - offsets[p]) / strides[p]);
                    if (src.equals(MemorySegment.NULL) || srcStride < strides[p]) {
                        throw new IllegalStateException("photo plane " + p + " has no memory or rows of " + srcStride
                                + " bytes, fewer than " + strides[p]);
                    }
                    MemorySegment plane = src.reinterpret(srcStride * rows);
                    for (long r = 0; r < rows; r++) {
                        MemorySegment.copy(plane, r * srcStride, fb.memory(), offsets[p] + r * strides[p], strides[p]);
                    }
                }
                return fb.toVideoFrame(VideoFrameLayout.of(pf, w, h, offsets, strides), System.nanoTime() / 1000, 0);
            } catch (RuntimeException e) {
                fb.release();
                throw e;
            }
        } finally {
            cm.unlockReadOnly(pb);
        }
    }
}
