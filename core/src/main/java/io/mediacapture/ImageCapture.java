package io.mediacapture;

import io.mediacapture.internal.photo.ImageIoPhotoEncoder;
import io.mediacapture.internal.photo.PhotoEncoders;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ImageCapture} of MediaStream Image Capture: still photos and single frames from a live video track. The
 * camera controls (zoom, focus, exposure...) are the track's constrainable properties, set with
 * {@link MediaStreamTrack#applyConstraints}.
 *
 * <p>Where the camera has a separate still-image mode ({@link io.mediacapture.spi.StillImageCapture}) the photo comes
 * from it, at the sizes it offers; elsewhere it is the track's next frame at the track's size. Either is encoded as
 * JPEG by the best {@link io.mediacapture.spi.PhotoEncoder} available (ImageIO's unless a module provides a faster
 * one). Encoding runs on a thread of its own, never on the capture thread.
 *
 * <p>Methods never throw (but NullPointerException for a null argument); failures complete the future
 * exceptionally: {@link DOMException} "InvalidStateError" when the track is not live or ends before a frame
 * came, {@link OverconstrainedError} naming the member for photo settings the track cannot honour, and
 * DOMException "UnknownError" when no frame came within {@link #FRAME_TIMEOUT}, the camera's still mode gave no
 * photo within {@link #STILL_TIMEOUT}, or encoding failed.
 */
public final class ImageCapture {
    /** How long takePhoto() and grabFrame() wait for a frame (a muted camera delivers none). */
    public static final Duration FRAME_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How long takePhoto() waits for a camera's separate still mode. Longer than the platform backends' own limits
     * (10 s), so that their more specific errors come first; a backend without a limit of its own cannot hang it.
     */
    public static final Duration STILL_TIMEOUT = Duration.ofSeconds(15);
    private static final String UNKNOWN = "UnknownError";

    private final MediaStreamTrack track;

    /**
     * @throws IllegalArgumentException when {@code videoTrack} is not a video track
     */
    public ImageCapture(MediaStreamTrack videoTrack) {
        Objects.requireNonNull(videoTrack, "videoTrack");
        if (!"video".equals(videoTrack.kind())) {
            throw new IllegalArgumentException("ImageCapture needs a video track, not a " + videoTrack.kind() + " track");
        }
        this.track = videoTrack;
    }

    public MediaStreamTrack track() {
        return track;
    }

    /** {@link #takePhoto(PhotoSettings)} with no settings. */
    public CompletableFuture<Blob> takePhoto() {
        return takePhoto(PhotoSettings.empty());
    }

    /** A JPEG photo ("image/jpeg") of the next frame. */
    public CompletableFuture<Blob> takePhoto(PhotoSettings photoSettings) {
        return takePhoto(photoSettings, ImageIoPhotoEncoder.JPEG);
    }

    /**
     * A photo of the next frame in the image format {@code mimeType} ("image/jpeg" or "image/png"; others when a
     * module provides an encoder for them). Not in the spec, where the browser picks the format.
     */
    public CompletableFuture<Blob> takePhoto(PhotoSettings photoSettings, String mimeType) {
        Objects.requireNonNull(photoSettings, "photoSettings");
        Objects.requireNonNull(mimeType, "mimeType");
        if (!PhotoEncoders.supports(mimeType)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "no photo encoder makes '" + mimeType + "'"));
        }
        if (!track.isLive()) {
            return CompletableFuture.failedFuture(notLive());
        }
        java.util.Optional<io.mediacapture.spi.StillImageCapture> still = stillMode();
        PhotoCapabilities caps = still.map(io.mediacapture.spi.StillImageCapture::capabilities).orElseGet(this::capabilities);
        RuntimeException refused = check(photoSettings, caps);
        if (refused != null) {
            return CompletableFuture.failedFuture(refused);
        }
        CompletableFuture<VideoFrame> photo = still.isPresent() ? stillPhoto(still.get(), photoSettings, STILL_TIMEOUT)
                : nextFrame();
        return photo.thenApplyAsync(frame -> {
            try (frame) {
                return new Blob(PhotoEncoders.encode(frame, mimeType), mimeType);
            } catch (java.io.IOException | RuntimeException e) {
                throw new DOMException("encoding the photo as " + mimeType + " failed: " + e.getMessage(), UNKNOWN, e);
            }
        }, r -> Thread.ofVirtual().name("mediacapture-photo").start(r));
    }

    /** The next frame of the track (the Java counterpart of the spec's ImageBitmap); the caller closes it. */
    public CompletableFuture<VideoFrame> grabFrame() {
        if (!track.isLive()) {
            return CompletableFuture.failedFuture(notLive());
        }
        return nextFrame();
    }

    /** What takePhoto() can do on this track now. */
    public CompletableFuture<PhotoCapabilities> getPhotoCapabilities() {
        if (!track.isLive()) {
            return CompletableFuture.failedFuture(notLive());
        }
        return CompletableFuture.completedFuture(stillMode().map(io.mediacapture.spi.StillImageCapture::capabilities)
                .orElseGet(this::capabilities));
    }

    /**
     * The settings takePhoto() uses when given none: the track's size (the still mode's largest where there is
     * one), no fill light, no red-eye reduction.
     */
    public CompletableFuture<PhotoSettings> getPhotoSettings() {
        if (!track.isLive()) {
            return CompletableFuture.failedFuture(notLive());
        }
        MediaTrackSettings s = track.getSettings();
        java.util.Optional<PhotoCapabilities> still = stillMode().map(io.mediacapture.spi.StillImageCapture::capabilities);
        return CompletableFuture.completedFuture(PhotoSettings.builder()
                .fillLightMode("off")
                .imageWidth(still.map(c -> c.imageWidth().max()).orElse((double) s.width().orElse(0)))
                .imageHeight(still.map(c -> c.imageHeight().max()).orElse((double) s.height().orElse(0)))
                .redEyeReduction(false)
                .build());
    }

    /** The camera's still-image mode, when the track's source has one. */
    private java.util.Optional<io.mediacapture.spi.StillImageCapture> stillMode() {
        return track.source() instanceof DeviceSource d ? d.stillImage() : java.util.Optional.empty();
    }

    /**
     * A photo from the still mode, or a failure after {@code timeout}; its failures become DOMExceptions, as the
     * spec's promise rejections. A photo that comes after the timeout is closed here: nobody waits for it any more.
     */
    static CompletableFuture<VideoFrame> stillPhoto(io.mediacapture.spi.StillImageCapture still, PhotoSettings settings,
            Duration timeout) {
        CompletableFuture<VideoFrame> f;
        try {
            f = still.capture(settings);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        // A future of our own: the backend's is left alone, so a late photo still reaches the closing branch below.
        CompletableFuture<VideoFrame> photo = new CompletableFuture<>();
        f.whenComplete((frame, e) -> {
            if (e != null) {
                photo.completeExceptionally(e);
            } else if (!photo.complete(frame) && frame != null) {
                frame.close();
            }
        });
        return photo.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(e -> {
            Throwable t = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
            if (t instanceof java.util.concurrent.TimeoutException) {
                t = new DOMException("the camera's still mode gave no photo within " + timeout.toMillis() + " ms",
                        UNKNOWN, t);
            }
            return CompletableFuture.failedFuture(t instanceof DOMException ? t
                    : new DOMException("the camera's still mode failed: " + t, UNKNOWN, t));
        });
    }

    private PhotoCapabilities capabilities() {
        MediaTrackSettings s = track.getSettings();
        double w = s.width().orElse(0);
        double h = s.height().orElse(0);
        // The photo is a frame of the track: exactly its size. No backend drives a flash or red-eye reduction.
        return new PhotoCapabilities("never", MediaSettingsRange.of(h, h, 1), MediaSettingsRange.of(w, w, 1), List.of());
    }

    private static RuntimeException check(PhotoSettings p, PhotoCapabilities caps) {
        if (p.imageWidth().isPresent() && !caps.imageWidth().contains(p.imageWidth().getAsDouble())) {
            return new OverconstrainedError("imageWidth", "photos of this track are " + caps.imageWidth().min()
                    + " pixels wide, not " + p.imageWidth().getAsDouble());
        }
        if (p.imageHeight().isPresent() && !caps.imageHeight().contains(p.imageHeight().getAsDouble())) {
            return new OverconstrainedError("imageHeight", "photos of this track are " + caps.imageHeight().min()
                    + " pixels high, not " + p.imageHeight().getAsDouble());
        }
        if (p.fillLightMode().isPresent() && !p.fillLightMode().get().equals("off")
                && !caps.fillLightMode().contains(p.fillLightMode().get())) {
            return new OverconstrainedError("fillLightMode", "this camera has no fill light mode '"
                    + p.fillLightMode().get() + "'");
        }
        if (p.redEyeReduction().orElse(false) && caps.redEyeReduction().equals("never")) {
            return new OverconstrainedError("redEyeReduction", "this camera has no red-eye reduction");
        }
        return null;
    }

    private DOMException notLive() {
        return new DOMException("the track is " + track.readyState(), DOMException.INVALID_STATE);
    }

    /** The next frame the track delivers, as a frame of its own; fails when the track ends first or none comes. */
    private CompletableFuture<VideoFrame> nextFrame() {
        OneFrame sink = new OneFrame();
        track.addSink(sink);
        return sink.result.orTimeout(FRAME_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((f, e) -> track.removeSink(sink))
                .exceptionallyCompose(e -> {
                    Throwable t = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
                    if (t instanceof java.util.concurrent.TimeoutException) {
                        sink.cancel();
                        t = new DOMException("no frame within " + FRAME_TIMEOUT.toSeconds() + " s", UNKNOWN, t);
                    }
                    return CompletableFuture.failedFuture(t);
                });
    }

    /** A sink that clones the first frame it is lent; a frame that comes after cancel() is not kept. */
    private final class OneFrame implements FrameSink {
        final CompletableFuture<VideoFrame> result = new CompletableFuture<>();
        private final AtomicBoolean taken = new AtomicBoolean();

        @Override
        public boolean borrows() {
            return true;
        }

        @Override
        public void accept(MediaFrame frame) {
            if (frame instanceof VideoFrame v && taken.compareAndSet(false, true)) {
                try {
                    VideoFrame own = v.clone();
                    if (!result.complete(own)) {
                        own.close(); // timed out meanwhile
                    }
                } catch (RuntimeException e) {
                    result.completeExceptionally(new DOMException("copying the frame failed: " + e, UNKNOWN, e));
                }
            }
        }

        void cancel() {
            taken.set(true);
        }

        @Override
        public void trackEnded() {
            if (taken.compareAndSet(false, true)) {
                result.completeExceptionally(new DOMException("the track ended before a frame came",
                        DOMException.INVALID_STATE));
            }
        }
    }
}
