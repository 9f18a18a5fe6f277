package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.spa.pod.SpaId;
import io.mediacapture.bindings.spa.pod.SpaInt;
import io.mediacapture.bindings.spa.pod.SpaObject;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.pod.SpaPodException;
import io.mediacapture.bindings.spa.pod.SpaProp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.mediacapture.bindings.spa.spa_h.*;

/**
 * Buffers and Meta params ({@code spa/param/buffers.h}), as a stream sends them with {@code pw_stream_update_params}
 * after a format is negotiated, and readers for them.
 */
public final class SpaParams {
    private SpaParams() {}

    /** A parsed Buffers param; each property present only when the pod has it. */
    public record Buffers(Optional<ParamValue<Integer>> buffers, Optional<ParamValue<Integer>> blocks,
                          Optional<ParamValue<Integer>> size, Optional<ParamValue<Integer>> stride,
                          Optional<ParamValue<Integer>> align, Optional<ParamValue<Integer>> dataType) {}

    /** A parsed Meta param: {@code SPA_META_*} type and size in bytes. */
    public record Meta(int type, int size) {}

    /**
     * A Buffers param ({@code SPA_TYPE_OBJECT_ParamBuffers}, id {@code SPA_PARAM_Buffers}). Each argument is a
     * plain Int or a choice (e.g. {@code dataType} as a Flags choice of {@code 1 << SPA_DATA_*}); null leaves
     * it out. Property order: buffers, blocks, size, stride, align, dataType.
     */
    public static SpaObject buffers(SpaPod buffers, SpaPod blocks, SpaPod size, SpaPod stride, SpaPod align,
                                    SpaPod dataType) {
        List<SpaProp> p = new ArrayList<>();
        add(p, SPA_PARAM_BUFFERS_buffers(), buffers);
        add(p, SPA_PARAM_BUFFERS_blocks(), blocks);
        add(p, SPA_PARAM_BUFFERS_size(), size);
        add(p, SPA_PARAM_BUFFERS_stride(), stride);
        add(p, SPA_PARAM_BUFFERS_align(), align);
        add(p, SPA_PARAM_BUFFERS_dataType(), dataType);
        return new SpaObject(SPA_TYPE_OBJECT_ParamBuffers(), SPA_PARAM_Buffers(), p);
    }

    /** A Meta param asking for metadata of {@code type} ({@code SPA_META_*}) of {@code size} bytes per buffer. */
    public static SpaObject meta(int type, int size) {
        return SpaObject.of(SPA_TYPE_OBJECT_ParamMeta(), SPA_PARAM_Meta(),
                SpaProp.of(SPA_PARAM_META_type(), new SpaId(type)),
                SpaProp.of(SPA_PARAM_META_size(), new SpaInt(size)));
    }

    /** Reads a Buffers param. @throws SpaPodException when it is not one or a property has the wrong type */
    public static Buffers parseBuffers(SpaPod pod) {
        SpaObject o = object(pod, SPA_TYPE_OBJECT_ParamBuffers(), "ParamBuffers");
        return new Buffers(ints(o, SPA_PARAM_BUFFERS_buffers(), "BUFFERS_buffers"),
                ints(o, SPA_PARAM_BUFFERS_blocks(), "BUFFERS_blocks"),
                ints(o, SPA_PARAM_BUFFERS_size(), "BUFFERS_size"),
                ints(o, SPA_PARAM_BUFFERS_stride(), "BUFFERS_stride"),
                ints(o, SPA_PARAM_BUFFERS_align(), "BUFFERS_align"),
                ints(o, SPA_PARAM_BUFFERS_dataType(), "BUFFERS_dataType"));
    }

    /** Reads a Meta param. @throws SpaPodException when it is not one or lacks type or size */
    public static Meta parseMeta(SpaPod pod) {
        SpaObject o = object(pod, SPA_TYPE_OBJECT_ParamMeta(), "ParamMeta");
        SpaPod type = o.value(SPA_PARAM_META_type()).orElseThrow(() -> new SpaPodException("Meta param without type"));
        SpaPod size = o.value(SPA_PARAM_META_size()).orElseThrow(() -> new SpaPodException("Meta param without size"));
        return new Meta(SpaFormats.fixed(type, "META_type", SpaFormats::asId),
                SpaFormats.fixed(size, "META_size", SpaFormats::asInt));
    }

    private static void add(List<SpaProp> p, int key, SpaPod value) {
        if (value != null) {
            p.add(SpaProp.of(key, value));
        }
    }

    private static SpaObject object(SpaPod pod, int type, String name) {
        if (pod instanceof SpaObject o && o.objectType() == type) {
            return o;
        }
        throw new SpaPodException("expected a " + name + " object, got " + SpaFormats.describe(pod));
    }

    private static Optional<ParamValue<Integer>> ints(SpaObject o, int key, String what) {
        return o.value(key).map(v -> ParamValue.of(v, what, p -> {
            Integer i = SpaFormats.asInt(p);
            if (i == null) {
                throw new SpaPodException(what + ": expected Int, got " + SpaFormats.describe(p));
            }
            return i;
        }));
    }
}
