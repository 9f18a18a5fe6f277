package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * IDL dictionary {@code MediaTrackConstraints}: a basic constraint set plus an ordered list of
 * {@link #advanced() advanced} sets. Immutable. Bare values are ideal in the basic set and exact in the
 * advanced sets; advanced sets are tried in order, and one that cannot be satisfied is skipped whole.
 */
public final class MediaTrackConstraints extends MediaTrackConstraintSet {
    /** No constraints at all (what {@code {video: true}} asks for). */
    public static final MediaTrackConstraints EMPTY = new MediaTrackConstraints(
            new EnumMap<>(ConstrainableProperty.class), List.of());

    private final List<MediaTrackConstraintSet> advanced;

    private MediaTrackConstraints(EnumMap<ConstrainableProperty, Constraint> members,
                                  List<MediaTrackConstraintSet> advanced) {
        super(members);
        this.advanced = List.copyOf(advanced);
    }

    public static MediaTrackConstraints empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this object's members and advanced sets. */
    public Builder toBuilder() {
        Builder b = new Builder().setAll(this);
        b.advanced.addAll(advanced);
        return b;
    }

    /** The advanced constraint sets, in order (empty when none). */
    public List<MediaTrackConstraintSet> advanced() {
        return advanced;
    }

    /** The basic set alone, without the advanced sets. */
    public MediaTrackConstraintSet basic() {
        return MediaTrackConstraintSet.builder().setAll(this).build();
    }

    /** Whether there is neither a basic constraint nor an advanced set. */
    @Override
    public boolean isEmpty() {
        return super.isEmpty() && advanced.isEmpty();
    }

    /**
     * WebIDL conversion from a map such as {@code {width: 1280, advanced: [{frameRate: 60}]}}. Unknown keys
     * and null values are ignored; null means an empty dictionary.
     *
     * @throws IllegalArgumentException naming the member when a value has the wrong type
     */
    public static MediaTrackConstraints fromMap(Map<String, ?> map) {
        return fromMap("", map);
    }

    /** As {@link #fromMap(Map)}, with member names in errors prefixed by {@code prefix} (e.g. "video."). */
    static MediaTrackConstraints fromMap(String prefix, Map<String, ?> map) {
        Map<String, ?> m = WebIdl.orEmpty(map);
        List<MediaTrackConstraintSet> adv = new ArrayList<>();
        Object a = m.get("advanced");
        if (a != null) {
            List<?> list = WebIdl.toSequence(prefix + "advanced", a);
            for (int i = 0; i < list.size(); i++) {
                String member = prefix + "advanced[" + i + "]";
                Object e = list.get(i);
                Map<String, ?> set = e == null ? Map.of() : WebIdl.toDictionary(member, e);
                adv.add(new MediaTrackConstraintSet(readMembers(member + ".", set)));
            }
        }
        EnumMap<ConstrainableProperty, Constraint> basic = readMembers(prefix, m);
        return basic.isEmpty() && adv.isEmpty() ? EMPTY : new MediaTrackConstraints(basic, adv);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = super.toMap();
        if (!advanced.isEmpty()) {
            List<Object> list = new ArrayList<>(advanced.size());
            for (MediaTrackConstraintSet s : advanced) {
                list.add(s.toMap());
            }
            m.put("advanced", Collections.unmodifiableList(list));
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && advanced.equals(((MediaTrackConstraints) o).advanced);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + advanced.hashCode();
    }

    /** Builds a {@link MediaTrackConstraints}: the property setters set the basic set. */
    public static final class Builder extends MediaTrackConstraintSet.Builder<Builder> {
        private final List<MediaTrackConstraintSet> advanced = new ArrayList<>();

        Builder() {
        }

        /** Appends advanced sets (a {@link MediaTrackConstraints} given here contributes its basic set only). */
        public Builder advanced(MediaTrackConstraintSet... sets) {
            for (MediaTrackConstraintSet s : sets) {
                Objects.requireNonNull(s, "advanced set");
                advanced.add(s instanceof MediaTrackConstraints c ? c.basic() : s);
            }
            return this;
        }

        public Builder advanced(List<? extends MediaTrackConstraintSet> sets) {
            return advanced(sets.toArray(MediaTrackConstraintSet[]::new));
        }

        @Override
        public MediaTrackConstraints build() {
            return members.isEmpty() && advanced.isEmpty() ? EMPTY : new MediaTrackConstraints(members, advanced);
        }
    }
}
