package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.bindings.spa.pod.SpaBool;
import io.mediacapture.bindings.spa.pod.SpaChoice;
import io.mediacapture.bindings.spa.pod.SpaId;
import io.mediacapture.bindings.spa.pod.SpaInt;
import io.mediacapture.bindings.spa.pod.SpaObject;
import io.mediacapture.bindings.spa.pod.SpaProp;
import io.mediacapture.bindings.spa.pod.SpaString;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.spi.DeviceDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a V4L2 device node to read (a sandbox, or a node that is no V4L2 source), a PipeWire camera's settings
 * are those the node's Props param carries (PipeWire 1.x), else the controls' defaults from PropInfo: PipeWire 0.3
 * reports no values (see the class comment).
 */
class PwCameraControlsTest {

    private static PwEnumerator.NodeInfo node(String devicePath) {
        SpaObject brightness = new SpaObject(spa_h.SPA_TYPE_OBJECT_PropInfo(), spa_h.SPA_PARAM_PropInfo(), List.of(
                SpaProp.of(spa_h.SPA_PROP_INFO_id(), new SpaId(spa_h.SPA_PROP_brightness())),
                SpaProp.of(spa_h.SPA_PROP_INFO_type(), SpaChoice.step(new SpaInt(100), new SpaInt(0), new SpaInt(255), new SpaInt(1)))));
        var controls = PwControlMapping.map(List.of(brightness));
        return new PwEnumerator.NodeInfo(7, "cam", "70", "Video/Source",
                DeviceDescriptor.camera("cam", "Cam", "g", true, null, List.of(new io.mediacapture.spi.VideoMode(320, 240,
                        io.mediacapture.spi.NativeVideoFormat.YUY2, 1, 30))).withControls(controls.controls()),
                controls, devicePath);
    }

    @Test
    void defaultsWithoutADeviceNode() throws Exception {
        assertEquals(Map.of(ConstrainableProperty.BRIGHTNESS, 100.0), new PwCameraControls(null, node(null), PROPS_0_3).values());
    }

    /** PipeWire 0.3.65's V4L2 source: device, deviceName and deviceFd, no control values. */
    private static final PwCameraControls.NodeProps PROPS_0_3 = () -> Optional.of(new SpaObject(
            spa_h.SPA_TYPE_OBJECT_Props(), spa_h.SPA_PARAM_Props(), List.of(
                    SpaProp.of(0x101, new SpaString("/dev/video0")), SpaProp.of(0x102, new SpaString("")),
                    SpaProp.of(0x103, new SpaInt(0)))));

    @Test
    void valuesFromTheNodesPropsWhereALaterPipeWirePutsThem() throws Exception {
        PwCameraControls.NodeProps props = () -> Optional.of(new SpaObject(spa_h.SPA_TYPE_OBJECT_Props(),
                spa_h.SPA_PARAM_Props(), List.of(SpaProp.of(0x101, new SpaString("/dev/video0")),
                        SpaProp.of(spa_h.SPA_PROP_brightness(), new SpaInt(42)),
                        SpaProp.of(spa_h.SPA_PROP_START_CUSTOM() + 0x0098090c, new SpaBool(true)))));
        assertEquals(Map.of(ConstrainableProperty.BRIGHTNESS, 42.0), new PwCameraControls(null, node(null), props).values());
        assertEquals(Map.of(ConstrainableProperty.BRIGHTNESS, 100.0),
                new PwCameraControls(null, node(null), Optional::empty).values(), "no answer: the default");
    }

    @Test
    void defaultsWhenTheDeviceNodeCannotBeOpened(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("video99").toString();
        assertEquals(Map.of(ConstrainableProperty.BRIGHTNESS, 100.0), new PwCameraControls(null, node(missing), PROPS_0_3).values());
    }
}
