package io.mediacapture.bindings.spa.pod;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Builder behaviour beyond byte layout (which {@link SpaPodGoldenTest} checks against C). */
class SpaPodBuilderTest {
    private static final SpaObject FORMAT = SpaObject.of(0x40003, 3,
            SpaProp.of(1, new SpaId(2)), SpaProp.of(2, new SpaId(1)),
            SpaProp.of(0x20003, SpaChoice.range(new SpaRectangle(640, 480), new SpaRectangle(1, 1),
                    new SpaRectangle(1920, 1080))));

    @Test
    void writesIntoAFixedSegmentAndReportsOverflowClearly() {
        byte[] expected = SpaPodBuilder.encode(FORMAT);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment target = arena.allocate(expected.length);
            SpaPodBuilder b = new SpaPodBuilder(target);
            b.add(FORMAT);
            assertArrayEquals(expected, target.toArray(ValueLayout.JAVA_BYTE));
            assertEquals(FORMAT, SpaPodParser.parseNative(MemorySegment.ofAddress(target.address())));

            SpaPodBuilder small = new SpaPodBuilder(arena.allocate(expected.length - 8));
            SpaPodException e = assertThrows(SpaPodException.class, () -> small.add(FORMAT));
            assertTrue(e.getMessage().contains("buffer holds " + (expected.length - 8)), e.getMessage());
        }
    }

    @Test
    void framesMustBeClosedInOrder() {
        SpaPodBuilder b = new SpaPodBuilder();
        SpaPodBuilder.Frame outer = b.pushStruct();
        b.pushStruct();
        assertThrows(IllegalStateException.class, () -> b.pop(outer));
        assertThrows(IllegalStateException.class, b::toByteArray);
    }

    @Test
    void toSegmentIsAlignedForNativeUse() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = new SpaPodBuilder().add(FORMAT).toSegment(arena);
            assertEquals(0, s.address() % 8);
            assertEquals(FORMAT, SpaPodParser.parse(s));
        }
    }

    @Test
    void rejectsValuesCAlsoCannotRepresent() {
        assertThrows(IllegalArgumentException.class, () -> new SpaString("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> new SpaArray(SpaType.ID, List.of(new SpaInt(1))));
        assertThrows(IllegalArgumentException.class,
                () -> SpaPodBuilder.encode(new SpaArray(SpaType.STRING, List.of(new SpaString("x")))));
    }

    @Test
    void roundTripsUnmodelledTypesUnchanged() {
        SpaStruct s = SpaStruct.of(new SpaOpaque(SpaType.FD, new byte[] {1, 0, 0, 0, 0, 0, 0, 0}),
                new SpaOpaque(77, new byte[] {9, 9, 9}));
        assertEquals(s, SpaPodParser.parse(SpaPodBuilder.encode(s)));
    }
}
