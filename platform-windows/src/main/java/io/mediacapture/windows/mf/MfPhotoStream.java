package io.mediacapture.windows.mf;

import io.mediacapture.AudioData;
import io.mediacapture.ImageCapture;
import io.mediacapture.MediaSettingsRange;
import io.mediacapture.PhotoCapabilities;
import io.mediacapture.PhotoSettings;
import io.mediacapture.VideoFrame;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.spi.StillImageCapture;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.ComThread;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.mf.MfInterfaces.IMFSourceReader;
import io.mediacapture.windows.mf.PhotoInterfaces.IKsControl;
import io.mediacapture.windows.mf.PhotoInterfaces.IMFMediaSource;
import io.mediacapture.windows.mf.PhotoInterfaces.IMFPresentationDescriptor;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The camera's photo stream as its still-image mode (MediaStream Image Capture's takePhoto): the media source's
 * stream whose {@code MF_DEVICESTREAM_STREAM_CATEGORY} is {@code PINNAME_IMAGE} (an independent photo pin) or
 * {@code PINNAME_VIDEO_STILL} (a still pin), found in its presentation descriptor, read through the same
 * asynchronous source reader as the video.
 *
 * <ul>
 * <li><b>Capabilities</b>: the stream's native media types this library can turn into frames (raw formats and
 *     MJPEG); their sizes are the photo's {@code imageWidth}/{@code imageHeight} ranges, the flash
 *     ({@link MfExtendedFlash}) its fill light modes and red-eye reduction.</li>
 * <li><b>A photo</b>: the smallest type at least as large as asked (the largest when no size is asked; raw before
 *     MJPEG at one size) becomes the stream's current type, the stream is selected, a ReadSample is issued on it,
 *     the flash is set, and the photo is triggered with {@code IKsControl::KsProperty(PROPSETID_VIDCAP_VIDEOCONTROL,
 *     KSPROPERTY_VIDEOCONTROL_MODE, KS_VideoControlFlag_Trigger)} for the pin ({@code MF_DEVICESTREAM_STREAM_ID}),
 *     which is how a photo pin in normal photo mode is told to take one (Microsoft's driver documentation for
 *     KSPROPERTY_CAMERACONTROL_EXTENDED_PHOTOMODE). The sample arrives in the reader's OnReadSample for that stream
 *     ({@link MfSource} routes it here) and becomes one frame.</li>
 * </ul>
 *
 * <p>Chromium takes photos through IMFCaptureEngine's photo sink instead; this backend reads through an
 * IMFSourceReader, so it drives the pin itself. None of this has run on Windows. One photo at a time; a photo that
 * does not come within {@link ImageCapture#FRAME_TIMEOUT} fails. Owns the IKsControl reference and the flash;
 * {@link #close()} (on the COM thread, before the source shuts down) releases them and fails a photo still waiting.
 */
final class MfPhotoStream implements StillImageCapture, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.windows.mf");

    /** Turns the photo's sample (borrowed, valid during the call) of {@code type} into a frame of its own. */
    interface PhotoFrames {
        VideoFrame frame(MemorySegment sample, PhotoType type);
    }

    /** One native media type of the photo stream. */
    record PhotoType(int index, NativeVideoFormat format, int width, int height, int stride) {
        long area() {
            return (long) width * height;
        }
    }

    private final ComThread com;
    private final String label;
    private final ComRef reader; // borrowed from the MfSource, which outlives this
    private final ComRef ksControl;
    private final MfExtendedFlash flash; // null without one
    private final int streamIndex;
    private final int pinId;
    private final List<PhotoType> types;
    private final PhotoFrames frames;
    private CompletableFuture<VideoFrame> pending; // guarded by this
    private PhotoType pendingType; // guarded by this
    private int currentType = -1; // COM thread only
    private boolean selected; // COM thread only
    private boolean closed; // guarded by this

    private MfPhotoStream(ComThread com, String label, ComRef reader, ComRef ksControl, MfExtendedFlash flash,
                          int streamIndex, int pinId, List<PhotoType> types, PhotoFrames frames) {
        this.com = com;
        this.label = label;
        this.reader = reader;
        this.ksControl = ksControl;
        this.flash = flash;
        this.streamIndex = streamIndex;
        this.pinId = pinId;
        this.types = types;
        this.frames = frames;
    }

    /**
     * The photo stream of {@code mediaSource}, or null when it has none this backend can use (no photo pin, no
     * usable media type, no IKsControl to trigger it). On the COM thread, after the reader was created.
     */
    static MfPhotoStream find(ComThread com, String label, ComRef mediaSource, ComRef reader, PhotoFrames frames) {
        int[] found = photoStream(mediaSource);
        if (found == null) {
            return null;
        }
        List<PhotoType> types = nativeTypes(reader, found[0]);
        if (types.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "camera " + label + ": its photo stream has no media type this library "
                    + "reads; photos are frames");
            return null;
        }
        ComRef ks;
        try {
            ks = mediaSource.query(IKsControl.IID, "IKsControl");
        } catch (ComException e) {
            LOG.log(System.Logger.Level.INFO, "camera " + label + ": no IKsControl to trigger its photo stream; "
                    + "photos are frames");
            return null;
        }
        MfExtendedFlash flash = MfExtendedFlash.open(mediaSource);
        return of(com, label, reader, ks, flash, found[0], found[1], types, frames);
    }

    /** A photo stream from its parts (tests: fakes); takes over {@code ksControl} and {@code flash}. */
    static MfPhotoStream of(ComThread com, String label, ComRef reader, ComRef ksControl, MfExtendedFlash flash,
                            int streamIndex, int pinId, List<PhotoType> types, PhotoFrames frames) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a photo stream without media types");
        }
        return new MfPhotoStream(com, label, reader, ksControl, flash, streamIndex, pinId, List.copyOf(types), frames);
    }

    /** {stream index, pin id} of the first photo stream after the first (the video's), or null. */
    static int[] photoStream(ComRef mediaSource) {
        try (ComRef pd = ComRef.receive("IMFPresentationDescriptor", "IMFMediaSource::CreatePresentationDescriptor",
                out -> mediaSource.call(IMFMediaSource.CREATE_PRESENTATION_DESCRIPTOR, out));
             Arena a = Arena.ofConfined()) {
            MemorySegment count = a.allocate(ValueLayout.JAVA_INT);
            pd.call(IMFPresentationDescriptor.GET_STREAM_DESCRIPTOR_COUNT, count);
            MemorySegment selected = a.allocate(ValueLayout.JAVA_INT);
            // Stream 0 is what MF_SOURCE_READER_FIRST_VIDEO_STREAM reads (every stream of a camera is video), so a
            // photo stream is looked for after it.
            for (int i = 1; i < count.get(ValueLayout.JAVA_INT, 0); i++) {
                int index = i;
                try (ComRef sd = ComRef.receive("IMFStreamDescriptor", "GetStreamDescriptorByIndex",
                        out -> pd.call(IMFPresentationDescriptor.GET_STREAM_DESCRIPTOR_BY_INDEX, index, selected, out))) {
                    var category = Attributes.guid(sd, PhotoInterfaces.DEVICESTREAM_STREAM_CATEGORY);
                    if (category.isPresent() && (category.get().equals(PhotoInterfaces.PINNAME_IMAGE)
                            || category.get().equals(PhotoInterfaces.PINNAME_VIDEO_STILL))) {
                        int pin = (int) Attributes.uint32(sd, PhotoInterfaces.DEVICESTREAM_STREAM_ID).orElse(i);
                        return new int[] {i, pin};
                    }
                }
            }
            return null;
        }
    }

    static List<PhotoType> nativeTypes(ComRef reader, int stream) {
        List<PhotoType> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            int index = i;
            int[] hr = new int[1];
            ComRef mt;
            try {
                mt = ComRef.receive("IMFMediaType", "IMFSourceReader::GetNativeMediaType", slot -> {
                    hr[0] = reader.callRaw(IMFSourceReader.GET_NATIVE_MEDIA_TYPE, stream, index, slot);
                    HResult.check(hr[0], "IMFSourceReader::GetNativeMediaType");
                });
            } catch (ComException e) {
                if (hr[0] != HResult.MF_E_NO_MORE_TYPES) {
                    LOG.log(System.Logger.Level.WARNING, "reading the photo stream's media type " + i + " failed", e);
                }
                break;
            }
            try (mt) {
                var subtype = Attributes.guid(mt, MfGuids.MT_SUBTYPE);
                long size = Attributes.uint64(mt, MfGuids.MT_FRAME_SIZE).orElse(0);
                int stride = (int) Attributes.uint32(mt, MfGuids.MT_DEFAULT_STRIDE).orElse(0);
                var format = subtype.flatMap(MediaTypes::format);
                int w = MediaTypes.high(size);
                int h = MediaTypes.low(size);
                if (format.isPresent() && w > 0 && h > 0) {
                    out.add(new PhotoType(i, format.get(), w, h, stride));
                }
            }
        }
        return out;
    }

    int streamIndex() {
        return streamIndex;
    }

    List<PhotoType> types() {
        return types;
    }

    /** The type a photo asked for {@code s} is taken in (see the class comment). */
    static PhotoType choose(List<PhotoType> types, PhotoSettings s) {
        List<PhotoType> sorted = new ArrayList<>(types);
        sorted.sort(Comparator.comparingLong(PhotoType::area).thenComparing(t -> t.format().isCompressed()));
        boolean asked = s.imageWidth().isPresent() || s.imageHeight().isPresent();
        if (asked) {
            for (PhotoType t : sorted) {
                if ((s.imageWidth().isEmpty() || t.width() >= s.imageWidth().getAsDouble())
                        && (s.imageHeight().isEmpty() || t.height() >= s.imageHeight().getAsDouble())) {
                    return t;
                }
            }
        }
        long largest = sorted.getLast().area();
        return sorted.stream().filter(t -> t.area() == largest).findFirst().orElseThrow();
    }

    @Override
    public PhotoCapabilities capabilities() {
        int minW = types.stream().mapToInt(PhotoType::width).min().orElseThrow();
        int maxW = types.stream().mapToInt(PhotoType::width).max().orElseThrow();
        int minH = types.stream().mapToInt(PhotoType::height).min().orElseThrow();
        int maxH = types.stream().mapToInt(PhotoType::height).max().orElseThrow();
        return new PhotoCapabilities(flash == null ? "never" : flash.redEyeReduction(),
                MediaSettingsRange.of(minH, maxH, 1), MediaSettingsRange.of(minW, maxW, 1),
                flash == null ? List.of() : flash.fillLightModes());
    }

    @Override
    public CompletableFuture<VideoFrame> capture(PhotoSettings settings) {
        CompletableFuture<VideoFrame> result = new CompletableFuture<>();
        PhotoType type = choose(types, settings);
        synchronized (this) {
            if (closed) {
                result.completeExceptionally(new BackendException(BackendException.Kind.FAILED,
                        "camera " + label + " was closed"));
                return result;
            }
            if (pending != null) {
                result.completeExceptionally(new BackendException(BackendException.Kind.FAILED,
                        "camera " + label + " is taking a photo already"));
                return result;
            }
            pending = result;
            pendingType = type;
        }
        result.whenComplete((f, e) -> {
            synchronized (this) {
                if (pending == result) {
                    pending = null;
                }
            }
        });
        try {
            com.run(() -> request(type, settings));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result.orTimeout(ImageCapture.FRAME_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** On the COM thread: the type, the selection, the read, the flash, the trigger. */
    private void request(PhotoType type, PhotoSettings s) {
        if (currentType != type.index()) {
            try (ComRef mt = ComRef.receive("IMFMediaType", "IMFSourceReader::GetNativeMediaType",
                    out -> reader.call(IMFSourceReader.GET_NATIVE_MEDIA_TYPE, streamIndex, type.index(), out))) {
                reader.call(IMFSourceReader.SET_CURRENT_MEDIA_TYPE, streamIndex, MemorySegment.NULL, mt);
            }
            currentType = type.index();
        }
        if (!selected) {
            reader.call(IMFSourceReader.SET_STREAM_SELECTION, streamIndex, 1);
            selected = true;
        }
        readNext();
        if (flash != null) {
            String mode = s.fillLightMode().filter(flash.fillLightModes()::contains).orElse("off");
            flash.apply(mode, s.redEyeReduction().orElse(false));
        }
        trigger();
    }

    private void readNext() {
        reader.call(IMFSourceReader.READ_SAMPLE, streamIndex, 0, MemorySegment.NULL, MemorySegment.NULL,
                MemorySegment.NULL, MemorySegment.NULL);
    }

    /** KSPROPERTY_VIDEOCONTROL_MODE set to KS_VideoControlFlag_Trigger for the photo pin. */
    private void trigger() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = a.allocate(PhotoInterfaces.VIDEOCONTROL_MODE_S);
            PhotoInterfaces.PROPSETID_VIDCAP_VIDEOCONTROL.write(p.asSlice(offset("Set"), 16));
            p.set(ValueLayout.JAVA_INT, offset("Id"), PhotoInterfaces.KSPROPERTY_VIDEOCONTROL_MODE);
            p.set(ValueLayout.JAVA_INT, offset("Flags"), PhotoInterfaces.KSPROPERTY_TYPE_SET);
            p.set(ValueLayout.JAVA_INT, PhotoInterfaces.VIDEOCONTROL_MODE_S.byteOffset(
                    MemoryLayout.PathElement.groupElement("StreamIndex")), pinId);
            p.set(ValueLayout.JAVA_INT, PhotoInterfaces.VIDEOCONTROL_MODE_S.byteOffset(
                    MemoryLayout.PathElement.groupElement("Mode")), PhotoInterfaces.KS_VIDEO_CONTROL_FLAG_TRIGGER);
            MemorySegment returned = a.allocate(ValueLayout.JAVA_INT);
            // The whole struct is the property (its KSPROPERTY header and the value after it), as KsProperty takes
            // KSPROPERTY_VIDEOCONTROL_MODE_S for both the property and its data.
            ksControl.call(IKsControl.KS_PROPERTY, p, (int) p.byteSize(), p, (int) p.byteSize(), returned);
        }
    }

    static long offset(String ksPropertyMember) {
        return PhotoInterfaces.VIDEOCONTROL_MODE_S.byteOffset(MemoryLayout.PathElement.groupElement("Property"),
                MemoryLayout.PathElement.groupElement("$anon0"), MemoryLayout.PathElement.groupElement("$anon1"),
                MemoryLayout.PathElement.groupElement(ksPropertyMember));
    }

    /**
     * The reader's OnReadSample for the photo stream (a Media Foundation thread). A failure fails the photo; an
     * empty answer (a stream tick) asks again; a sample completes it.
     */
    void onReadSample(int status, int flags, MemorySegment sample) {
        CompletableFuture<VideoFrame> f;
        PhotoType type;
        synchronized (this) {
            f = pending;
            type = pendingType;
        }
        if (f == null || f.isDone()) {
            return; // a late sample after a timeout or close
        }
        try {
            if (HResult.failed(status) || (flags & MfGuids.READERF_ERROR) != 0) {
                f.completeExceptionally(new BackendException(BackendException.Kind.FAILED, "camera " + label
                        + ": the photo stream failed (" + HResult.name(status) + ")"));
                return;
            }
            if (sample.equals(MemorySegment.NULL)) {
                readNext();
                return;
            }
            VideoFrame frame = frames.frame(sample, type);
            if (!f.complete(frame)) {
                frame.close();
            }
        } catch (RuntimeException e) {
            f.completeExceptionally(e);
        }
    }

    /** Releases the trigger and the flash; a photo still waiting fails. On the COM thread. */
    @Override
    public void close() {
        CompletableFuture<VideoFrame> f;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            f = pending;
        }
        if (f != null) {
            f.completeExceptionally(new BackendException(BackendException.Kind.FAILED, "camera " + label + " was closed"));
        }
        try {
            ksControl.close();
        } finally {
            if (flash != null) {
                flash.close();
            }
        }
    }

    /**
     * The production {@link PhotoFrames}: {@link SampleFrames} delivers into a sink that keeps the one frame; an
     * MJPEG photo is decoded with ImageIO into BGRA (core's MJPEG decoder is for streams and not open to backends).
     */
    static VideoFrame sampleFrame(MemorySegment sample, PhotoType type) {
        OneFrame sink = new OneFrame();
        new SampleFrames(type.format(), type.width(), type.height(), type.stride(), 0)
                .deliver(sample, System.nanoTime() / 1000, sink);
        if (sink.frame == null) {
            throw new IllegalStateException("the photo sample held no frame" + (sink.why == null ? "" : ": " + sink.why));
        }
        return sink.frame;
    }

    /** Keeps the one frame {@link SampleFrames} delivers. */
    private static final class OneFrame implements SourceSink {
        VideoFrame frame;
        String why;

        @Override
        public void deliver(VideoFrame f) {
            if (frame == null) {
                frame = f;
            } else {
                f.close();
            }
        }

        @Override
        public void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                                      long timestamp, long duration) {
            try {
                byte[] jpeg = data.memory().asSlice(0, length).toArray(ValueLayout.JAVA_BYTE);
                deliver(StillImageCapture.decodeJpeg(jpeg, timestamp));
            } catch (java.io.IOException | RuntimeException e) {
                why = "decoding the " + format + " photo failed: " + e.getMessage();
            } finally {
                data.release();
            }
        }

        @Override
        public void frameDiscarded(String reason) {
            why = reason;
        }

        @Override
        public void deliver(AudioData data) {
            data.close();
        }

        @Override
        public void muted(boolean muted) {
        }

        @Override
        public void ended(BackendException reason) {
        }
    }
}
