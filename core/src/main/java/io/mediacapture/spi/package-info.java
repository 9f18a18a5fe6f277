/**
 * The backend SPI: what a platform module implements to bring its devices to {@link io.mediacapture.MediaDevices}
 * (found with {@link java.util.ServiceLoader} as {@link io.mediacapture.spi.BackendProvider}), and the producer
 * side of frames.
 *
 * <p>The public API ({@code io.mediacapture} and its sub-packages other than this one) is the consumer side only:
 * {@link io.mediacapture.VideoFrame} and {@link io.mediacapture.AudioData} have no public constructors and hand
 * out read-only plane views. Frames are built here, by whoever produces them (a backend, and core's own fake devices,
 * canvases, converters, audio nodes and file readers):
 * <ol>
 *   <li>get the memory: {@link io.mediacapture.spi.FrameBuffer#wrap} memory you own (a mapped device buffer, with
 *       the action that gives it back), or {@link io.mediacapture.spi.FrameBuffer#allocate} pooled memory and write
 *       the samples into {@link io.mediacapture.spi.FrameBuffer#memory()};</li>
 *   <li>make the frame from it: {@link io.mediacapture.spi.FrameBuffer#toVideoFrame} (with a
 *       {@link io.mediacapture.VideoFrameLayout} made once per stream) or
 *       {@link io.mediacapture.spi.FrameBuffer#toAudioData}, which take over the buffer's reference;</li>
 *   <li>hand it to the {@link io.mediacapture.spi.SourceSink} ({@code deliver}), which owns it from then on.</li>
 * </ol>
 * A source whose memory is only valid during the call lends it instead ({@link io.mediacapture.spi.SourceSink#lend}):
 * core copies it into a buffer of its own only for the consumers that keep frames.
 */
package io.mediacapture.spi;
