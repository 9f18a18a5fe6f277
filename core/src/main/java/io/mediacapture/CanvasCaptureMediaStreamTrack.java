package io.mediacapture;

import io.mediacapture.internal.EventLoop;

/**
 * A video track whose frames are drawn by the application on a {@link CaptureCanvas} (<i>Media Capture
 * from DOM Elements</i>, {@code CanvasCaptureMediaStreamTrack}). Made by {@link CaptureCanvas#captureStream};
 * otherwise a normal track: processors, {@link #clone()} (which gives another canvas track on the same
 * canvas and timer), {@link #stop()} and constraints (crop-and-scale, frame-rate decimation) work as on a
 * camera track. Frames are BGRA at the canvas size unless constraints say otherwise. Thread-safe.
 */
public final class CanvasCaptureMediaStreamTrack extends MediaStreamTrack {
    private final CanvasSource canvasSource;

    CanvasCaptureMediaStreamTrack(CanvasSource source, MediaTrackConstraints constraints, MediaTrackSettings settings,
                                  EventLoop events) {
        super(source, constraints, settings, events);
        this.canvasSource = source;
    }

    /** The canvas this track captures. */
    public CaptureCanvas canvas() {
        return canvasSource.canvas();
    }

    /**
     * Captures the canvas as it is now and sends that frame, whatever the frame rate (the way to drive a
     * stream captured with frame rate 0). Does nothing on an ended track.
     */
    public void requestFrame() {
        if (isLive()) {
            canvasSource.capture();
        }
    }

    @Override
    public CanvasCaptureMediaStreamTrack clone() {
        return (CanvasCaptureMediaStreamTrack) super.clone();
    }
}
