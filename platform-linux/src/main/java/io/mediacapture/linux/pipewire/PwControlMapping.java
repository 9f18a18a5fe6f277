package io.mediacapture.linux.pipewire;

import io.mediacapture.bindings.spa.pod.SpaBool;
import io.mediacapture.bindings.spa.pod.SpaChoice;
import io.mediacapture.bindings.spa.pod.SpaId;
import io.mediacapture.bindings.spa.pod.SpaInt;
import io.mediacapture.bindings.spa.pod.SpaObject;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.pod.SpaProp;
import io.mediacapture.bindings.spa.pod.SpaString;
import io.mediacapture.bindings.spa.pod.SpaStruct;
import io.mediacapture.bindings.spa.pod.SpaType;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.linux.v4l2.V4l2ControlInfo;
import io.mediacapture.linux.v4l2.V4l2ControlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The V4L2 controls a PipeWire V4L2 source node exposes, read from its {@code SPA_PARAM_PropInfo} params, and
 * the SPA property ids they are set with. Pure, so it is tested with crafted pods.
 *
 * <p>PipeWire's V4L2 plugin ({@code spa/plugins/v4l2/v4l2-utils.c}) gives each V4L2 control a PropInfo whose id is
 * {@code SPA_PROP_brightness}, {@code _contrast}, {@code _saturation}, {@code _hue}, {@code _gamma},
 * {@code _exposure} ({@code V4L2_CID_EXPOSURE}), {@code _gain} or {@code _sharpness} for the eight controls it
 * names, else {@code SPA_PROP_START_CUSTOM + V4L2_CID}; its type is a step choice of Int (default, min, max,
 * step) for an integer control, a Bool choice for a boolean, an enum choice of Int plus a labels struct (index,
 * name pairs) for a menu. Mapping back to V4L2 control ids lets {@link V4l2ControlMap} decide, with the same
 * table as the V4L2 backend, which controls implement which MediaStream Image Capture property. The node's
 * other PropInfos (device, deviceName, deviceFd) are not controls and are skipped.
 */
final class PwControlMapping {
    private PwControlMapping() {}

    /** {SPA_PROP_*, V4L2_CID_*} of the controls PipeWire names. */
    private static final int[][] NAMED = {
            {spa_h.SPA_PROP_brightness(), videodev2_h.V4L2_CID_BRIGHTNESS()},
            {spa_h.SPA_PROP_contrast(), videodev2_h.V4L2_CID_CONTRAST()},
            {spa_h.SPA_PROP_saturation(), videodev2_h.V4L2_CID_SATURATION()},
            {spa_h.SPA_PROP_hue(), videodev2_h.V4L2_CID_HUE()},
            {spa_h.SPA_PROP_gamma(), videodev2_h.V4L2_CID_GAMMA()},
            {spa_h.SPA_PROP_exposure(), videodev2_h.V4L2_CID_EXPOSURE()},
            {spa_h.SPA_PROP_gain(), videodev2_h.V4L2_CID_GAIN()},
            {spa_h.SPA_PROP_sharpness(), videodev2_h.V4L2_CID_SHARPNESS()},
    };

    /** The V4L2 control id behind SPA property {@code propId}, if it is one of PipeWire's V4L2 controls. */
    static OptionalInt cidOf(int propId) {
        for (int[] n : NAMED) {
            if (n[0] == propId) {
                return OptionalInt.of(n[1]);
            }
        }
        int custom = spa_h.SPA_PROP_START_CUSTOM();
        return Integer.compareUnsigned(propId, custom) >= 0 ? OptionalInt.of(propId - custom) : OptionalInt.empty();
    }

    /** The SPA property id PipeWire sets V4L2 control {@code cid} with. */
    static int propIdOf(int cid) {
        for (int[] n : NAMED) {
            if (n[1] == cid) {
                return n[0];
            }
        }
        return spa_h.SPA_PROP_START_CUSTOM() + cid;
    }

    /** The V4L2 control one PropInfo object describes; empty for a property that is no V4L2 control. */
    static Optional<V4l2ControlInfo> control(SpaObject propInfo) {
        Optional<SpaPod> id = propInfo.value(spa_h.SPA_PROP_INFO_id());
        if (id.isEmpty() || !(id.get() instanceof SpaId(int propId))) {
            return Optional.empty();
        }
        OptionalInt cid = cidOf(propId);
        if (cid.isEmpty() || !(propInfo.value(spa_h.SPA_PROP_INFO_type()).orElse(null) instanceof SpaChoice type)) {
            return Optional.empty();
        }
        String name = propInfo.value(spa_h.SPA_PROP_INFO_description()).or(() -> propInfo.value(spa_h.SPA_PROP_INFO_name()))
                .filter(SpaString.class::isInstance).map(p -> ((SpaString) p).value()).orElse("control " + cid.getAsInt());
        List<SpaPod> v = type.values();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get(0) instanceof SpaBool(boolean def)) {
            return Optional.of(new V4l2ControlInfo(cid.getAsInt(), videodev2_h.V4L2_CTRL_TYPE_BOOLEAN(), name, 0, 1, 1,
                    def ? 1 : 0, 0, List.of()));
        }
        if (!v.stream().allMatch(SpaInt.class::isInstance)) {
            return Optional.empty();
        }
        int def = ((SpaInt) v.get(0)).value();
        Optional<SpaPod> labels = propInfo.value(spa_h.SPA_PROP_INFO_labels());
        if (labels.isPresent() && labels.get() instanceof SpaStruct(List<SpaPod> fields)) {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if (fields.get(i) instanceof SpaInt(int index)) {
                    items.add(index);
                }
            }
            int min = items.stream().mapToInt(Integer::intValue).min().orElse(def);
            int max = items.stream().mapToInt(Integer::intValue).max().orElse(def);
            return Optional.of(new V4l2ControlInfo(cid.getAsInt(), videodev2_h.V4L2_CTRL_TYPE_MENU(), name, min, max, 1, def,
                    0, items));
        }
        return switch (type.choiceType()) {
            case SpaType.CHOICE_STEP -> v.size() < 4 ? Optional.empty() : Optional.of(integer(cid.getAsInt(), name, v,
                    ((SpaInt) v.get(3)).value()));
            case SpaType.CHOICE_RANGE -> v.size() < 3 ? Optional.empty() : Optional.of(integer(cid.getAsInt(), name, v, 1));
            default -> Optional.empty();
        };
    }

    private static V4l2ControlInfo integer(int cid, String name, List<SpaPod> v, int step) {
        return new V4l2ControlInfo(cid, videodev2_h.V4L2_CTRL_TYPE_INTEGER(), name, ((SpaInt) v.get(1)).value(),
                ((SpaInt) v.get(2)).value(), step, ((SpaInt) v.get(0)).value(), 0, List.of());
    }

    /**
     * The control values a {@code Props} param carries, by V4L2 control id: none from PipeWire 0.3 (device,
     * deviceName and deviceFd only), every control's Int or Bool value from the V4L2 source of later releases.
     */
    static java.util.Map<Integer, Integer> values(SpaObject props) {
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        for (SpaProp p : props.props()) {
            OptionalInt cid = cidOf(p.key());
            if (cid.isEmpty()) {
                continue;
            }
            if (p.value() instanceof SpaInt(int v)) {
                out.put(cid.getAsInt(), v);
            } else if (p.value() instanceof SpaBool(boolean v)) {
                out.put(cid.getAsInt(), v ? 1 : 0);
            }
        }
        return out;
    }

    /** The camera controls of a node that reported {@code propInfos}. */
    static V4l2ControlMap map(List<SpaObject> propInfos) {
        List<V4l2ControlInfo> controls = new ArrayList<>();
        for (SpaObject o : propInfos) {
            control(o).ifPresent(controls::add);
        }
        return V4l2ControlMap.of(controls);
    }
}
