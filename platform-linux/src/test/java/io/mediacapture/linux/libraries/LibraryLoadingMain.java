package io.mediacapture.linux.libraries;

import io.mediacapture.BackendStatus;
import io.mediacapture.Blob;
import io.mediacapture.ImageCapture;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.linux.mjpeg.TurboJpeg;
import io.mediacapture.linux.photo.PhotoEncoderProbe;
import io.mediacapture.linux.photo.TurboJpegPhotoEncoder;
import io.mediacapture.testing.FakeFrameCheck;
import java.awt.image.BufferedImage;
import java.util.Map;
import javax.imageio.ImageIO;
import io.mediacapture.spi.BackendProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

/**
 * Run in a child JVM by {@link LibraryLoadingTest}: instantiates every provider, uses the fake devices, prints
 * which of libpipewire/libasound are mapped ("mapped-after-fake:"), then uses the V4L2 backend by name and
 * prints every backend's status ("status ..."), then takes a JPEG photo of a fake camera and says which encoder
 * made it ("photo ...", "libjpeg-turbo photos: N"). Exit status 0 when all of that ran without an exception.
 */
public final class LibraryLoadingMain {
    private LibraryLoadingMain() {}

    public static void main(String[] args) throws Exception {
        ServiceLoader.load(BackendProvider.class).forEach(p -> System.out.println("provider " + p.name()));
        try (MediaDevices fake = MediaDevices.fake()) {
            System.out.println("fake devices: " + fake.enumerateDevices().get(30, TimeUnit.SECONDS).size());
        }
        System.out.println("mapped-after-fake: " + mapped());
        try (MediaDevices v4l2 = MediaDevices.withBackends("v4l2")) {
            System.out.println("v4l2 devices: " + v4l2.enumerateDevices().get(30, TimeUnit.SECONDS).size());
            for (BackendStatus s : v4l2.backends()) {
                System.out.println("status " + s);
            }
        }
        photo();
        System.out.println("done");
    }

    /** A photo must be made with or without libturbojpeg: by libjpeg-turbo when it loads, else by core's ImageIO. */
    private static void photo() throws Exception {
        System.out.println("photo encoder libjpeg-turbo available: " + new TurboJpegPhotoEncoder().isAvailable()
                + " " + TurboJpeg.libraryUnavailableReason().orElse(""));
        try (MediaDevices fake = MediaDevices.fake()) {
            MediaStreamTrack t = fake.getUserMedia(Map.of("video", Map.of("width", 640, "height", 480)))
                    .get(30, TimeUnit.SECONDS).getVideoTracks().getFirst();
            Blob photo = new ImageCapture(t).takePhoto().get(30, TimeUnit.SECONDS);
            t.stop();
            BufferedImage img = ImageIO.read(photo.stream());
            System.out.println("photo " + photo.type() + " " + img.getWidth() + "x" + img.getHeight() + " bars: "
                    + (FakeFrameCheck.compare(img, 640, 480, 0) == null ? "right" : "wrong"));
        }
        System.out.println("libjpeg-turbo photos: " + PhotoEncoderProbe.turboJpegPhotos());
    }

    private static String mapped() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(l -> l.contains("libpipewire") || l.contains("libasound"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).distinct().toList().toString();
    }
}
