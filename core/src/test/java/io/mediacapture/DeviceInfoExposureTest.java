package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.fake.FakeCamera;
import io.mediacapture.fake.FakeDevices;
import io.mediacapture.fake.FakeMicrophone;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.testing.Await;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * enumerateDevices' device-information exposure: labels always visible by default, the spec's rules with
 * {@link DeviceInfoExposure#SPEC} (one limited entry per kind before a kind is granted, full entries after:
 * "exposure can be extended").
 */
class DeviceInfoExposureTest {
    private static final MediaDevices.Options SPEC = MediaDevices.Options.defaults()
            .deviceInfoExposure(DeviceInfoExposure.SPEC);

    private static List<String> kinds(List<MediaDeviceInfo> list) {
        return list.stream().map(d -> d.kind().toString()).toList();
    }

    private static void assertLimited(MediaDeviceInfo d) {
        assertEquals("", d.deviceId(), d.toString());
        assertEquals("", d.label(), d.toString());
        assertEquals("", d.groupId(), d.toString());
        assertEquals(Map.of(), assertInstanceOf(InputDeviceInfo.class, d).getCapabilities().toMap(),
                "no capabilities before exposure");
    }

    private static void assertFull(MediaDeviceInfo d) {
        assertFalse(d.deviceId().isEmpty(), d.toString());
        assertFalse(d.label().isEmpty(), d.toString());
        assertFalse(d.groupId().isEmpty(), d.toString());
        assertFalse(assertInstanceOf(InputDeviceInfo.class, d).getCapabilities().toMap().isEmpty());
    }

    @Test
    void byDefaultEverythingIsVisibleBeforeCapture() {
        try (MediaDevices devices = MediaDevices.fake()) {
            assertEquals(DeviceInfoExposure.ALWAYS, devices.options().deviceInfoExposure());
            List<MediaDeviceInfo> list = Await.result(devices.enumerateDevices());
            assertEquals(List.of("audioinput", "videoinput", "videoinput"), kinds(list));
            list.forEach(DeviceInfoExposureTest::assertFull);
        }
    }

    @Test
    void specModeListsOneLimitedEntryPerKindUntilThatKindIsGranted() {
        try (MediaDevices devices = MediaDevices.fake(SPEC)) {
            List<MediaDeviceInfo> before = Await.result(devices.enumerateDevices());
            assertEquals(List.of("audioinput", "videoinput"), kinds(before), "one per kind, not two cameras");
            before.forEach(DeviceInfoExposureTest::assertLimited);

            Await.result(devices.getUserMedia(Map.of("audio", true))).getTracks().forEach(MediaStreamTrack::stop);
            List<MediaDeviceInfo> afterAudio = Await.result(devices.enumerateDevices());
            assertEquals(List.of("audioinput", "videoinput"), kinds(afterAudio));
            assertFull(afterAudio.get(0));
            assertEquals(FakeDevices.MICROPHONE, afterAudio.get(0).label());
            assertLimited(afterAudio.get(1));

            Await.result(devices.getUserMedia(Map.of("video", true))).getTracks().forEach(MediaStreamTrack::stop);
            List<MediaDeviceInfo> afterBoth = Await.result(devices.enumerateDevices());
            assertEquals(List.of("audioinput", "videoinput", "videoinput"), kinds(afterBoth),
                    "exposure extended to every camera, after capture ended too");
            afterBoth.forEach(DeviceInfoExposureTest::assertFull);
        }
    }

    @Test
    void aDeniedRequestExposesNothing() {
        try (MediaDevices devices = MediaDevices.fake(SPEC)) {
            devices.setPermissionHandler(k -> CompletableFuture.completedFuture(false));
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> devices.getUserMedia(Map.of("video", true)).get(10, TimeUnit.SECONDS));
            assertEquals(DOMException.NOT_ALLOWED, assertInstanceOf(DOMException.class, e.getCause()).name());
            Await.result(devices.enumerateDevices()).forEach(DeviceInfoExposureTest::assertLimited);
        }
    }

    @Test
    void aKindWithoutDevicesHasNoEntry() {
        FakeDevices fakes = FakeDevices.empty();
        fakes.add(FakeCamera.of("Only Camera", null, List.of(VideoMode.of(640, 480, NativeVideoFormat.I420, 30))));
        try (MediaDevices devices = MediaDevices.fake(fakes, SPEC)) {
            List<MediaDeviceInfo> list = Await.result(devices.enumerateDevices());
            assertEquals(List.of("videoinput"), kinds(list));
            assertLimited(list.getFirst());
        }
    }

    @Test
    void devicechangeFiresOnlyWhenTheExposedListChanges() throws Exception {
        FakeDevices fakes = FakeDevices.defaults();
        try (MediaDevices devices = MediaDevices.fake(fakes, SPEC)) {
            Await.result(devices.enumerateDevices());
            LinkedBlockingQueue<DeviceChangeEvent> events = new LinkedBlockingQueue<>();
            devices.setOndevicechange(events::add);
            // A third camera: the limited list (one camera entry) does not change.
            String hidden = fakes.add(FakeCamera.of("USB Camera", null,
                    List.of(VideoMode.of(1280, 720, NativeVideoFormat.I420, 30))));
            assertNull(events.poll(1, TimeUnit.SECONDS), "no devicechange for a change the application cannot see");

            Await.result(devices.getUserMedia(Map.of("video", true))).getTracks().forEach(MediaStreamTrack::stop);
            String shown = fakes.add(FakeCamera.of("Second USB Camera", null,
                    List.of(VideoMode.of(1280, 720, NativeVideoFormat.I420, 30))));
            DeviceChangeEvent e = events.poll(5, TimeUnit.SECONDS);
            assertNotNull(e, "devicechange once cameras are exposed");
            assertEquals(List.of("audioinput", "videoinput", "videoinput", "videoinput", "videoinput"),
                    kinds(e.devices()));
            assertLimited(e.devices().getFirst());
            assertEquals(List.of(shown), e.userInsertedDevices().stream().map(MediaDeviceInfo::deviceId).toList());
            assertTrue(e.devices().stream().anyMatch(d -> d.deviceId().equals(hidden)));

            fakes.add(FakeMicrophone.of("Second Mic", 48000));
            assertNull(events.poll(1, TimeUnit.SECONDS), "microphones are still limited: nothing to see");
        }
    }

    @Test
    void optionsAreValues() {
        assertEquals(MediaDevices.Options.defaults(), MediaDevices.Options.defaults()
                .deviceInfoExposure(DeviceInfoExposure.ALWAYS));
        assertEquals(DeviceInfoExposure.SPEC, SPEC.deviceInfoExposure());
        assertThrows(NullPointerException.class, () -> SPEC.deviceInfoExposure(null));
        assertThrows(NullPointerException.class, () -> MediaDevices.fake((MediaDevices.Options) null));
    }
}
