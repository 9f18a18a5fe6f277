package io.mediacapture.linux.libraries;

import io.mediacapture.BackendStatus;
import io.mediacapture.MediaDevices;
import io.mediacapture.spi.BackendProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

/**
 * Run in a child JVM by {@link LibraryLoadingTest}: instantiates every provider, uses the fake devices, prints
 * which of libpipewire/libasound are mapped ("mapped-after-fake:"), then uses the V4L2 backend by name and
 * prints every backend's status ("status ..."). Exit status 0 when all of that ran without an exception.
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
        System.out.println("done");
    }

    private static String mapped() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(l -> l.contains("libpipewire") || l.contains("libasound"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).distinct().toList().toString();
    }
}
