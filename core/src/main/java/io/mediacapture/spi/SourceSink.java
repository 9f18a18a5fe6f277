package io.mediacapture.spi;

import io.mediacapture.AudioData;
import io.mediacapture.VideoFrame;

/**
 * Where a source delivers. Calls may come from any thread, including a native one; core never blocks in
 * them and never runs application code on the caller's thread. None of them throws.
 */
public interface SourceSink {

    /** A new frame; core takes ownership and closes it (which releases the native buffer). */
    void deliver(VideoFrame frame);

    /** New audio; core takes ownership and closes it. */
    void deliver(AudioData data);

    /**
     * A compressed frame (MJPEG) of {@code length} bytes at the start of {@code data}; core decodes it.
     * Core takes over the caller's reference to {@code data}.
     */
    void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                           long timestamp, long duration);

    /** The source stopped (true) or resumed (false) delivering for a reason of its own (suspended). */
    void muted(boolean muted);

    /**
     * The source ended for good (device lost, fatal error). Core ends every track on it with an {@code ended}
     * event and keeps {@code reason} for the application. Nothing is delivered after this.
     */
    void ended(BackendException reason);
}
