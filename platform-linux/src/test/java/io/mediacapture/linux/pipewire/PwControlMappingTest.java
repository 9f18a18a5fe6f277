package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.bindings.spa.pod.SpaBool;
import io.mediacapture.bindings.spa.pod.SpaChoice;
import io.mediacapture.bindings.spa.pod.SpaFloat;
import io.mediacapture.bindings.spa.pod.SpaId;
import io.mediacapture.bindings.spa.pod.SpaInt;
import io.mediacapture.bindings.spa.pod.SpaObject;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.pod.SpaPodBuilder;
import io.mediacapture.bindings.spa.pod.SpaPodParser;
import io.mediacapture.bindings.spa.pod.SpaProp;
import io.mediacapture.bindings.spa.pod.SpaString;
import io.mediacapture.bindings.spa.pod.SpaStruct;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.linux.v4l2.V4l2ControlMap;
import io.mediacapture.spi.CameraControl;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * PropInfo params as PipeWire 0.3's V4L2 source builds them ({@code spa_v4l2_enum_controls}), crafted here, and
 * what the backend makes of them: which are camera controls, their ranges and modes, the ids they are set with.
 */
class PwControlMappingTest {
    /** SPA_PROP_device: the V4L2 source's first PropInfo, a String, which is no control. */
    private static final int SPA_PROP_DEVICE = 0x101;

    private static SpaObject propInfo(int id, SpaPod type, String description, SpaProp... more) {
        List<SpaProp> props = new ArrayList<>(List.of(SpaProp.of(spa_h.SPA_PROP_INFO_id(), new SpaId(id)),
                SpaProp.of(spa_h.SPA_PROP_INFO_type(), type),
                SpaProp.of(spa_h.SPA_PROP_INFO_description(), new SpaString(description))));
        props.addAll(List.of(more));
        return new SpaObject(spa_h.SPA_TYPE_OBJECT_PropInfo(), spa_h.SPA_PARAM_PropInfo(), props);
    }

    private static SpaObject integer(int id, int def, int min, int max, int step, String name) {
        return propInfo(id, SpaChoice.step(new SpaInt(def), new SpaInt(min), new SpaInt(max), new SpaInt(step)), name);
    }

    private static int custom(int cid) {
        return spa_h.SPA_PROP_START_CUSTOM() + cid;
    }

    /** What the V4L2 source lists for a UVC-like camera (vivid has the first four). */
    private static List<SpaObject> uvcLike() {
        return List.of(
                propInfo(SPA_PROP_DEVICE, new SpaString("/dev/video0"), "The V4L2 device"),
                integer(spa_h.SPA_PROP_brightness(), 128, 0, 255, 1, "Brightness"),
                integer(spa_h.SPA_PROP_contrast(), 128, 0, 255, 1, "Contrast"),
                integer(spa_h.SPA_PROP_saturation(), 128, 0, 255, 1, "Saturation"),
                integer(spa_h.SPA_PROP_hue(), 0, -128, 127, 1, "Hue"), // no spec property
                propInfo(custom(videodev2_h.V4L2_CID_AUTO_WHITE_BALANCE()),
                        SpaChoice.enumOf(new SpaBool(true), new SpaBool(true), new SpaBool(false)), "White Balance, Auto"),
                integer(custom(videodev2_h.V4L2_CID_WHITE_BALANCE_TEMPERATURE()), 4600, 2800, 6500, 10, "White Balance Temperature"),
                propInfo(custom(videodev2_h.V4L2_CID_EXPOSURE_AUTO()), SpaChoice.enumOf(new SpaInt(3), new SpaInt(3)),
                        "Auto Exposure", SpaProp.of(spa_h.SPA_PROP_INFO_labels(), new SpaStruct(List.of(
                                new SpaInt(1), new SpaString("Manual Mode"), new SpaInt(3), new SpaString("Aperture Priority Mode"))))),
                integer(custom(videodev2_h.V4L2_CID_EXPOSURE_ABSOLUTE()), 156, 3, 2047, 1, "Exposure Time, Absolute"),
                integer(custom(videodev2_h.V4L2_CID_ZOOM_ABSOLUTE()), 100, 100, 500, 1, "Zoom, Absolute"));
    }

    @Test
    void v4l2ControlsMapToSpecProperties() {
        V4l2ControlMap m = PwControlMapping.map(uvcLike());
        assertEquals(List.of(
                new CameraControl.Modes(ConstrainableProperty.WHITE_BALANCE_MODE, List.of("manual", "continuous")),
                new CameraControl.Modes(ConstrainableProperty.EXPOSURE_MODE, List.of("manual", "continuous")),
                CameraControl.Range.of(ConstrainableProperty.EXPOSURE_TIME, 3, 2047, 1),
                CameraControl.Range.of(ConstrainableProperty.COLOR_TEMPERATURE, 2800, 6500, 10),
                CameraControl.Range.of(ConstrainableProperty.BRIGHTNESS, 0, 255, 1),
                CameraControl.Range.of(ConstrainableProperty.CONTRAST, 0, 255, 1),
                CameraControl.Range.of(ConstrainableProperty.SATURATION, 0, 255, 1),
                CameraControl.Range.of(ConstrainableProperty.ZOOM, 100, 500, 1)), m.controls());
        V4l2ControlMap.Binding b = m.binding(ConstrainableProperty.BRIGHTNESS).orElseThrow();
        assertEquals(videodev2_h.V4L2_CID_BRIGHTNESS(), b.info().id());
        assertEquals(128, b.info().defaultValue());
        assertEquals("Brightness", b.info().name());
        assertEquals(List.of(1, 3), m.binding(ConstrainableProperty.EXPOSURE_MODE).orElseThrow().info().menuIndices());
    }

    @Test
    void theSameFromTheWireFormat() {
        // As the registry gets them: built into native pod bytes and parsed back.
        List<SpaObject> parsed = uvcLike().stream()
                .map(o -> (SpaObject) SpaPodParser.parse(new SpaPodBuilder().add(o).toByteArray())).toList();
        assertEquals(PwControlMapping.map(uvcLike()).controls(), PwControlMapping.map(parsed).controls());
    }

    @Test
    void controlsAreSetWithPipeWiresIds() {
        assertEquals(spa_h.SPA_PROP_brightness(), PwControlMapping.propIdOf(videodev2_h.V4L2_CID_BRIGHTNESS()));
        assertEquals(spa_h.SPA_PROP_sharpness(), PwControlMapping.propIdOf(videodev2_h.V4L2_CID_SHARPNESS()));
        assertEquals(spa_h.SPA_PROP_exposure(), PwControlMapping.propIdOf(videodev2_h.V4L2_CID_EXPOSURE()));
        assertEquals(custom(videodev2_h.V4L2_CID_EXPOSURE_ABSOLUTE()),
                PwControlMapping.propIdOf(videodev2_h.V4L2_CID_EXPOSURE_ABSOLUTE()));
        assertEquals(OptionalInt.of(videodev2_h.V4L2_CID_CONTRAST()), PwControlMapping.cidOf(spa_h.SPA_PROP_contrast()));
        assertEquals(OptionalInt.of(videodev2_h.V4L2_CID_ZOOM_ABSOLUTE()),
                PwControlMapping.cidOf(custom(videodev2_h.V4L2_CID_ZOOM_ABSOLUTE())));
        assertEquals(OptionalInt.empty(), PwControlMapping.cidOf(SPA_PROP_DEVICE));
    }

    @Test
    void malformedOrForeignPropInfosAreSkipped() {
        V4l2ControlMap m = PwControlMapping.map(List.of(
                // no type
                new SpaObject(spa_h.SPA_TYPE_OBJECT_PropInfo(), spa_h.SPA_PARAM_PropInfo(),
                        List.of(SpaProp.of(spa_h.SPA_PROP_INFO_id(), new SpaId(spa_h.SPA_PROP_brightness())))),
                // a Float range (an audio volume-like property), not a V4L2 control
                propInfo(spa_h.SPA_PROP_contrast(), SpaChoice.range(new SpaFloat(1), new SpaFloat(0), new SpaFloat(2)), "c"),
                // a step choice missing its step
                propInfo(spa_h.SPA_PROP_saturation(), new SpaChoice(2, 0, 4, List.of(new SpaInt(1), new SpaInt(0), new SpaInt(2))), "s"),
                // no id
                new SpaObject(spa_h.SPA_TYPE_OBJECT_PropInfo(), spa_h.SPA_PARAM_PropInfo(), List.of()),
                integer(spa_h.SPA_PROP_sharpness(), 0, 0, 10, 1, "Sharpness")));
        assertEquals(List.of(CameraControl.Range.of(ConstrainableProperty.SHARPNESS, 0, 10, 1)), m.controls());
        assertTrue(PwControlMapping.map(List.of()).isEmpty());
    }
}
