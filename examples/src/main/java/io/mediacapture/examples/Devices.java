package io.mediacapture.examples;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import io.mediacapture.fake.FakeCamera;
import io.mediacapture.fake.FakeDevices;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.time.Duration;
import java.util.List;

/**
 * Lists the cameras and microphones, then prints every change (a device plugged in or out) until Ctrl-C or
 * {@code --seconds N}. With {@code --fake} it uses the built-in fake devices and plugs a fake USB camera in and out
 * again, so you can see the events without touching a cable.
 *
 * <pre>examples/run Devices [--fake] [--seconds N]</pre>
 */
public final class Devices {
    public static void main(String[] args) throws Exception {
        ExampleArgs a = new ExampleArgs(args);
        FakeDevices fakes = a.has("--fake") ? FakeDevices.defaults() : null;
        try (MediaDevices devices = fakes != null ? MediaDevices.fake(fakes) : MediaDevices.system()) {
            print("devices:", devices.enumerateDevices().join());

            // devicechange: the spec's event, with the new list and the devices just plugged in
            devices.setOndevicechange(e -> {
                print("devicechange:", e.devices());
                for (MediaDeviceInfo d : e.userInsertedDevices()) {
                    System.out.println("  plugged in: " + d.label());
                }
            });

            System.out.println("watching for changes" + (a.seconds(null) == null ? " (Ctrl-C to stop)" : "") + "...");
            if (fakes != null) {
                Thread.sleep(1000);
                String usb = fakes.add(FakeCamera.of("USB Camera", "user",
                        List.of(VideoMode.of(1280, 720, NativeVideoFormat.I420, 30))));
                Thread.sleep(1000);
                fakes.unplug(usb);
            }
            Thread.sleep(a.seconds(Duration.ofDays(365)).toMillis());
        }
    }

    private static void print(String title, List<MediaDeviceInfo> list) {
        System.out.println(title);
        for (MediaDeviceInfo d : list) {
            System.out.printf("  %-11s %-30s id=%s%n", d.kind(), d.label(), d.deviceId());
        }
    }
}
