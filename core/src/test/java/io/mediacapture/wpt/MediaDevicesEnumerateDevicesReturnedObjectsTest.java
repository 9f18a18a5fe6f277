package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.mediacapture.DeviceInfoExposure;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/MediaDevices-enumerateDevices-returned-objects.https.html}. By default the
 * "mostly empty before capture" and "at most one device per kind before capture" assertions do not apply:
 * every device and its identifiers are listed from the start (CONFORMANCE.md, "Labels are always visible").
 * With {@link DeviceInfoExposure#SPEC} they do, and {@link #beforeCaptureWithSpecExposure()} asserts them.
 */
@DisplayName("MediaDevices-enumerateDevices-returned-objects.https.html")
class MediaDevicesEnumerateDevicesReturnedObjectsTest extends WptTestBase {

    private void twoCallsGiveFreshEqualObjects() {
        List<MediaDeviceInfo> list1 = enumerateDevices();
        List<MediaDeviceInfo> list2 = enumerateDevices();
        assertEquals(list1.size(), list2.size());
        for (int i = 0; i < list1.size(); i++) {
            MediaDeviceInfo d1 = list1.get(i);
            MediaDeviceInfo d2 = list2.get(i);
            assertNotSame(d1, d2);
            assertEquals(d1.deviceId(), d2.deviceId(), "deviceId");
            assertEquals(d1.kind(), d2.kind(), "kind");
            assertEquals(d1.groupId(), d2.groupId(), "groupId");
            assertEquals(d1.label(), d2.label(), "label");
            assertFalse(d1.deviceId().isEmpty(), "deviceId is given even before capture (deviation)");
        }
    }

    @Test
    @DisplayName("enumerateDevices returns expected mostly empty objects in case device-info permission is not granted")
    void beforeCapture() {
        twoCallsGiveFreshEqualObjects();
    }

    @Test
    @DisplayName("enumerateDevices returns expected mostly empty objects in case device-info permission is not granted"
            + " (DeviceInfoExposure.SPEC)")
    void beforeCaptureWithSpecExposure() {
        devices.close();
        devices = MediaDevices.fake(fakes, MediaDevices.Options.defaults().deviceInfoExposure(DeviceInfoExposure.SPEC));
        List<MediaDeviceInfo> list1 = enumerateDevices();
        List<MediaDeviceInfo> list2 = enumerateDevices();
        assertEquals(list1.size(), list2.size());
        java.util.Set<Object> kinds = new java.util.HashSet<>();
        for (int i = 0; i < list1.size(); i++) {
            MediaDeviceInfo d1 = list1.get(i);
            assertNotSame(d1, list2.get(i));
            assertEquals("", d1.deviceId(), "deviceId is empty before capture");
            assertEquals("", d1.label(), "label is empty before capture");
            assertEquals("", d1.groupId(), "groupId is empty before capture");
            assertEquals(true, kinds.add(d1.kind()), "at most one device per kind before capture");
        }
        getUserMedia(js("audio", true, "video", true));
        for (MediaDeviceInfo d : enumerateDevices()) {
            assertFalse(d.deviceId().isEmpty(), "deviceId after capture");
            assertFalse(d.label().isEmpty(), "label after capture");
        }
    }

    @Test
    @DisplayName("enumerateDevices returns expected objects in case device-info permission is granted")
    void afterCapture() {
        getUserMedia(js("audio", true, "video", true));
        twoCallsGiveFreshEqualObjects();
    }
}
