package io.mediacapture.examples;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.audio.AudioTrackStreams;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Records the camera to a Y4M file (raw 4:2:0 video: {@code ffplay capture.y4m} or {@code mpv} play it) and the
 * microphone to a WAV file, for a few seconds. Video frames come through a {@link MediaStreamTrackProcessor};
 * the audio through {@link AudioTrackStreams}, a {@code javax.sound} stream that {@link AudioSystem#write} saves.
 *
 * <pre>examples/run Record [OUT_DIR] [--seconds N]</pre>
 * (default: {@code out/}, 5 seconds)
 */
public final class Record {
    public static void main(String[] args) throws Exception {
        ExampleArgs a = new ExampleArgs(args);
        Path dir = Files.createDirectories(Path.of(a.string(0, "out")));
        Duration length = a.seconds(Duration.ofSeconds(5));
        try (MediaDevices devices = MediaDevices.system()) {
            MediaStream stream = devices.getUserMedia(Map.of("video", true, "audio", true)).join();
            MediaStreamTrack camera = stream.getVideoTracks().getFirst();
            MediaStreamTrack mic = stream.getAudioTracks().getFirst();
            System.out.println("recording " + length.toMillis() / 1000.0 + " s of " + camera.label() + " and " + mic.label());

            Path y4m = dir.resolve("capture.y4m");
            double fps = camera.getSettings().frameRate().orElse(30);
            Thread video = Thread.ofPlatform().name("video-recorder").start(() -> recordVideo(camera, y4m, fps));

            // 16-bit mono at 48 kHz; the stream is endless, so give it the length to record
            AudioFormat format = new AudioFormat(48_000, 16, 1, true, false);
            AudioInputStream live = AudioTrackStreams.toAudioInputStream(mic, format);
            long frames = Math.round(format.getSampleRate() * length.toMillis() / 1000.0);
            Path wav = dir.resolve("capture.wav");
            try (AudioInputStream limited = new AudioInputStream(live, format, frames)) {
                AudioSystem.write(limited, AudioFileFormat.Type.WAVE, wav.toFile()); // returns after `length`
            }
            camera.stop(); // ends the video recorder's processor
            mic.stop();
            video.join();
            System.out.println("wrote " + y4m + " (" + Files.size(y4m) + " bytes) and " + wav + " (" + Files.size(wav) + " bytes)");
        }
    }

    /** Frames into a Y4M file until the track ends. */
    private static void recordVideo(MediaStreamTrack camera, Path file, double fps) {
        int frames = 0;
        try (MediaStreamTrackProcessor processor = new MediaStreamTrackProcessor(camera, 4);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            byte[] pixels = null;
            while (true) {
                MediaFrame next = processor.read(Duration.ofMillis(500));
                if (next == null) {
                    if (processor.isDone()) {
                        break; // the track ended
                    }
                    continue;
                }
                // Y4M holds planar 4:2:0: convert whatever the camera gives (YUY2, NV12, MJPEG...) to I420
                try (VideoFrame f = (VideoFrame) next;
                     VideoFrame i420 = f.convertTo(VideoPixelFormat.I420)) { // a clone when it is I420 already
                    if (pixels == null) {
                        String header = "YUV4MPEG2 W" + i420.codedWidth() + " H" + i420.codedHeight() + " F"
                                + Math.round(fps) + ":1 Ip A1:1 C420jpeg\n";
                        out.write(header.getBytes(StandardCharsets.US_ASCII));
                        pixels = new byte[(int) i420.allocationSize()];
                    }
                    i420.copyTo(pixels);
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(pixels);
                    frames++;
                }
            }
        } catch (IOException e) {
            System.err.println("cannot write " + file + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("video: " + frames + " frames");
    }
}
