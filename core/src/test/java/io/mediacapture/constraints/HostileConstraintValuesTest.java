package io.mediacapture.constraints;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaTrackConstraints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Constraint values built to break the conversion: nested deeper than any stack, or of a type whose
 * {@code toString} throws. getUserMedia must reject them with a TypeError (IllegalArgumentException) that names
 * the member, through the future: a method returning a future throws only NullPointerException (../shared/API.md).
 */
class HostileConstraintValuesTest {
    private static final int DEPTH = 10_000;

    /** {"exact": {"exact": ... 10,000 deep ... 640}}. */
    private static Map<String, Object> deepMap() {
        Object v = 640;
        for (int i = 0; i < DEPTH; i++) {
            Map<String, Object> m = new HashMap<>();
            m.put("exact", v);
            v = m;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> top = (Map<String, Object>) v;
        return top;
    }

    /** [[[ ... 10,000 deep ... "user"]]]. */
    private static List<Object> deepList() {
        Object v = "user";
        for (int i = 0; i < DEPTH; i++) {
            List<Object> l = new ArrayList<>();
            l.add(v);
            v = l;
        }
        @SuppressWarnings("unchecked")
        List<Object> top = (List<Object>) v;
        return top;
    }

    /** A value of a type the conversion does not know, whose toString fails. */
    private static final class Hostile {
        @Override
        public String toString() {
            throw new IllegalStateException("toString must not be called");
        }

        @Override
        public int hashCode() {
            throw new IllegalStateException("hashCode must not be called");
        }

        @Override
        public boolean equals(Object o) {
            throw new IllegalStateException("equals must not be called");
        }
    }

    private static void assertTypeErrorNaming(String member, Map<String, ?> constraints) throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            CompletableFuture<MediaStream> f = devices.getUserMedia(constraints); // must not throw
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
            IllegalArgumentException iae = assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertTrue(iae.getMessage().contains(member), "names " + member + ": " + iae.getMessage());
        }
    }

    @Test
    void deeplyNestedDictionaryIsATypeErrorNamingTheMember() throws Exception {
        assertTypeErrorNaming("width", Map.of("video", Map.of("width", deepMap())));
    }

    @Test
    void deeplyNestedSequenceIsATypeErrorNamingTheMember() throws Exception {
        assertTypeErrorNaming("facingMode", Map.of("video", Map.of("facingMode", deepList())));
    }

    @Test
    void deeplyNestedAdvancedSetIsATypeErrorNamingTheMember() throws Exception {
        assertTypeErrorNaming("advanced", Map.of("video", Map.of("advanced", List.of(deepList()))));
    }

    @Test
    void valueWhoseToStringThrowsIsATypeErrorNamingTheMember() throws Exception {
        assertTypeErrorNaming("frameRate", Map.of("video", Map.of("frameRate", new Hostile())));
        assertTypeErrorNaming("echoCancellation", Map.of("audio", Map.of("echoCancellation", Map.of("exact", new Hostile()))));
        assertTypeErrorNaming("video", Map.of("video", new Hostile()));
        assertTypeErrorNaming("deviceId", Map.of("audio", Map.of("deviceId", List.of(new Hostile()))));
    }

    @Test
    void fromMapThrowsTheTypeErrorToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediaTrackConstraints.fromMap(Map.of("height", deepMap())));
        assertTrue(e.getMessage().contains("height"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MediaTrackConstraints.fromMap(Map.of("aspectRatio", new Hostile())));
        assertTrue(e.getMessage().contains("aspectRatio"), e.getMessage());
    }
}
