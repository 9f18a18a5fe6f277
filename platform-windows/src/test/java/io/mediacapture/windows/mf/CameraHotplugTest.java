package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.windows.win32.CfgMgr32;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hot-plug notifications name one camera, and only that camera is probed again. */
class CameraHotplugTest {
    private static final String LINK = "\\\\?\\USB#VID_046D&PID_0825&MI_00#7&1234&0&0000#{e5323777-f976-4f5b-9b55-b94699c46e44}\\GLOBAL";

    /** A CM_NOTIFY_EVENT_DATA as the configuration manager hands it to the callback. */
    private static MemorySegment eventData(Arena a, String link) {
        byte[] chars = (link + "\0").getBytes(StandardCharsets.UTF_16LE);
        MemorySegment d = a.allocate(CameraHotplug.SYMBOLIC_LINK + chars.length);
        d.set(ValueLayout.JAVA_INT, 0, CfgMgr32.CM_NOTIFY_FILTER_TYPE_DEVICEINTERFACE);
        CfgMgr32.KSCATEGORY_VIDEO_CAMERA.write(d.asSlice(8, 16));
        MemorySegment.copy(chars, 0, d, ValueLayout.JAVA_BYTE, CameraHotplug.SYMBOLIC_LINK, chars.length);
        return d;
    }

    @Test
    void arrivalAndRemovalNameTheirInterface() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment d = eventData(a, LINK);
            int size = (int) d.byteSize();
            assertEquals(new CameraHotplug.Change(true, LINK),
                    CameraHotplug.Change.of(CfgMgr32.CM_NOTIFY_ACTION_DEVICEINTERFACEARRIVAL, d, size));
            assertEquals(new CameraHotplug.Change(false, LINK),
                    CameraHotplug.Change.of(CfgMgr32.CM_NOTIFY_ACTION_DEVICEINTERFACEREMOVAL, d, size));
            assertNull(CameraHotplug.Change.of(2 /* CM_NOTIFY_ACTION_DEVICEQUERYREMOVE */, d, size));
            assertEquals("", CameraHotplug.Change.of(CfgMgr32.CM_NOTIFY_ACTION_DEVICEINTERFACEARRIVAL, d, 24).symbolicLink(),
                    "a notification too short to hold a link names none");
        }
    }

    @Test
    void theCacheForgetsOnlyTheCameraNamedWhateverItsCase() {
        CameraCache cache = new CameraCache();
        MfCamera one = camera(LINK);
        MfCamera two = camera("\\\\?\\USB#VID_0C45&PID_6366&MI_00#1&2&3&0000#{e5323777-f976-4f5b-9b55-b94699c46e44}\\global");
        cache.put(one);
        cache.put(two);
        assertFalse(cache.forget("\\\\?\\SWD#MMDEVAPI#{0.0.1.00000000}.{b3f8fa53}#{2eef81be-33fa-4800-9670-1cd474972c3f}"),
                "a microphone's interface is not a cached camera");
        assertEquals(2, cache.size());
        assertTrue(cache.forget(LINK.toLowerCase(java.util.Locale.ROOT)));
        assertNull(cache.get(LINK));
        assertEquals(two, cache.get(two.symbolicLink().toUpperCase(java.util.Locale.ROOT)));
        cache.retain(List.of());
        assertEquals(0, cache.size());
    }

    private static MfCamera camera(String link) {
        VideoMode m = VideoMode.of(640, 480, NativeVideoFormat.YUY2, 30);
        return new MfCamera(DeviceDescriptor.camera("id-" + link.hashCode(), "cam", "g", false, null, List.of(m)), link,
                List.of(new NativeType(0, m, MediaTypes.pack(30, 1))));
    }
}
