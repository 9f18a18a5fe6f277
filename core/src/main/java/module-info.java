/**
 * The W3C Media Capture and Streams model for Java: {@link io.mediacapture.MediaDevices},
 * {@link io.mediacapture.MediaStream}, {@link io.mediacapture.MediaStreamTrack}, constraints, frames, the
 * built-in fake devices ({@code io.mediacapture.fake}) and the backend SPI ({@code io.mediacapture.spi}).
 * Platform backends are separate modules found with {@link java.util.ServiceLoader}. The API packages are the
 * consumer side; frames are produced through the SPI ({@code FrameBuffer.toVideoFrame}/{@code toAudioData}).
 */
module io.mediacapture.core {
    requires transitive java.desktop; // ImageIO (MJPEG), BufferedImage and javax.sound bridges

    exports io.mediacapture;
    exports io.mediacapture.spi;
    exports io.mediacapture.fake;
    exports io.mediacapture.audio;
    exports io.mediacapture.media;
    exports io.mediacapture.swing;

    uses io.mediacapture.spi.BackendProvider;
    uses io.mediacapture.spi.PhotoEncoder;

    provides io.mediacapture.spi.BackendProvider with io.mediacapture.internal.fake.FakeBackendProvider;
}
