package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * IDL dictionary {@code MediaStreamConstraints}: what {@code getUserMedia} is asked for. Each of
 * {@link #audio()} and {@link #video()} is empty when that kind is not requested ({@code false} or absent),
 * and holds the track constraints otherwise ({@code true} = no constraints).
 */
public final class MediaStreamConstraints {
    private final MediaTrackConstraints audio;
    private final MediaTrackConstraints video;

    private MediaStreamConstraints(MediaTrackConstraints audio, MediaTrackConstraints video) {
        this.audio = audio;
        this.video = video;
    }

    /** @param audio the audio constraints, or null for no audio; likewise {@code video} */
    public static MediaStreamConstraints of(MediaTrackConstraints audio, MediaTrackConstraints video) {
        return new MediaStreamConstraints(audio, video);
    }

    /** Asks for the kinds whose flag is true, without constraints. */
    public static MediaStreamConstraints of(boolean audio, boolean video) {
        return new MediaStreamConstraints(audio ? MediaTrackConstraints.EMPTY : null,
                video ? MediaTrackConstraints.EMPTY : null);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<MediaTrackConstraints> audio() {
        return Optional.ofNullable(audio);
    }

    public Optional<MediaTrackConstraints> video() {
        return Optional.ofNullable(video);
    }

    /** Whether neither audio nor video is requested (getUserMedia then rejects with a TypeError). */
    public boolean requestsNothing() {
        return audio == null && video == null;
    }

    /**
     * WebIDL conversion from {@code {audio: true|false|{...}, video: true|false|{...}}}; unknown keys are
     * ignored.
     *
     * @throws IllegalArgumentException naming the member when a value has the wrong type
     */
    public static MediaStreamConstraints fromMap(Map<String, ?> map) {
        Map<String, ?> m = WebIdl.orEmpty(map);
        return new MediaStreamConstraints(track("audio", m.get("audio")), track("video", m.get("video")));
    }

    private static MediaTrackConstraints track(String member, Object v) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return null;
        }
        if (Boolean.TRUE.equals(v)) {
            return MediaTrackConstraints.EMPTY;
        }
        if (v instanceof Map<?, ?>) {
            return MediaTrackConstraints.fromMap(member + ".", WebIdl.toDictionary(member, v));
        }
        throw WebIdl.typeError(member, "a boolean or a MediaTrackConstraints dictionary (Boolean or Map)", v);
    }

    /** Requested kinds as {@code true} when unconstrained, else as the constraints map; others {@code false}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("video", mapValue(video));
        m.put("audio", mapValue(audio));
        return m;
    }

    private static Object mapValue(MediaTrackConstraints c) {
        if (c == null) {
            return Boolean.FALSE;
        }
        return c.isEmpty() ? Boolean.TRUE : c.toMap();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediaStreamConstraints c && Objects.equals(audio, c.audio) && Objects.equals(video, c.video);
    }

    @Override
    public int hashCode() {
        return Objects.hash(audio, video);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** Builds {@link MediaStreamConstraints}; a kind not set is not requested. */
    public static final class Builder {
        private MediaTrackConstraints audio;
        private MediaTrackConstraints video;

        Builder() {
        }

        /** Requests audio ({@code true}, unconstrained) or not. */
        public Builder audio(boolean requested) {
            audio = requested ? MediaTrackConstraints.EMPTY : null;
            return this;
        }

        /** Requests audio with these constraints (null: not requested). */
        public Builder audio(MediaTrackConstraints c) {
            audio = c;
            return this;
        }

        public Builder video(boolean requested) {
            video = requested ? MediaTrackConstraints.EMPTY : null;
            return this;
        }

        public Builder video(MediaTrackConstraints c) {
            video = c;
            return this;
        }

        public MediaStreamConstraints build() {
            return new MediaStreamConstraints(audio, video);
        }
    }
}
