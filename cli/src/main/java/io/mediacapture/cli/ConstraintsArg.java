package io.mediacapture.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.jr.ob.JSON;
import io.mediacapture.MediaTrackConstraints;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * A track's constraints as given after {@code --video=} or {@code --audio=}: JSON exactly as JavaScript
 * writes it ({@code true}, {@code false} or an object such as {@code {"width":{"ideal":1280}}}). Parsed
 * and checked against the WebIDL dictionary while the command line is read, so a typo fails with exit
 * code 2 before any device is opened.
 *
 * @param value {@code Boolean.FALSE}, {@code Boolean.TRUE} or the constraints as a map
 */
record ConstraintsArg(Object value) {
    static final ConstraintsArg TRUE = new ConstraintsArg(Boolean.TRUE);

    boolean requested() {
        return !Boolean.FALSE.equals(value);
    }

    /** The value with {@code deviceId: {exact: id}} added, keeping the other constraints. */
    ConstraintsArg withDevice(String deviceId) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> given) {
            given.forEach((k, v) -> m.put(String.valueOf(k), v));
        }
        m.put("deviceId", Map.of("exact", deviceId));
        return new ConstraintsArg(m);
    }

    /** Parses the JSON; the messages name the option and where the JSON went wrong. */
    static ConstraintsArg parse(String option, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(option + " needs JSON: true, false or an object such as "
                    + "'{\"width\":{\"ideal\":1280}}'");
        }
        Object v;
        // jackson-jr stops after the first value; JSON.parse refuses what follows it, and so do we.
        try (JsonParser p = JSON.std.getStreamingFactory().createParser(t)) {
            v = JSON.std.with(JSON.Feature.READ_ONLY).anyFrom(p);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new JsonParseException(p, "unexpected " + p.getText() + " after the JSON value");
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("bad JSON in " + option + ": " + firstLine(e.getMessage())
                    + " (got " + quote(t) + "; write it as in JavaScript, e.g. '{\"width\":{\"ideal\":1280}}')");
        }
        if (v instanceof Boolean) {
            return new ConstraintsArg(v);
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(option + " must be true, false or a JSON object, not " + quote(t));
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> m = (Map<String, ?>) map;
        try {
            MediaTrackConstraints.fromMap(m);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("TypeError in " + option + ": " + e.getMessage());
        }
        return new ConstraintsArg(m);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String quote(String s) {
        return "'" + (s.length() > 200 ? s.substring(0, 200) + "..." : s) + "'";
    }

    /** picocli converter for {@code --video[=JSON]}. */
    static final class VideoConverter implements CommandLine.ITypeConverter<ConstraintsArg> {
        @Override
        public ConstraintsArg convert(String value) {
            return convertFor("--video", value);
        }
    }

    /** picocli converter for {@code --audio[=JSON]}. */
    static final class AudioConverter implements CommandLine.ITypeConverter<ConstraintsArg> {
        @Override
        public ConstraintsArg convert(String value) {
            return convertFor("--audio", value);
        }
    }

    private static ConstraintsArg convertFor(String option, String value) {
        try {
            return parse(option, value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
