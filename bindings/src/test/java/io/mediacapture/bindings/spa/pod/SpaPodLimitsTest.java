package io.mediacapture.bindings.spa.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * A pod may hold at most {@link SpaPodParser#MAX_VALUES} values: well inside the size limit, 1-byte Array elements or
 * empty Struct fields would otherwise become millions of objects (16.7 million for a 16 MiB pod: about 1 GiB of heap
 * and seconds of parsing on the PipeWire thread).
 */
class SpaPodLimitsTest {

    /** An Array pod of {@code n} children of {@code childSize} bytes each, of type None. */
    private static byte[] arrayOf(int n, int childSize) {
        int body = 8 + n * childSize;
        ByteBuffer b = ByteBuffer.allocate(8 + ((body + 7) & ~7)).order(ByteOrder.nativeOrder());
        b.putInt(body).putInt(SpaType.ARRAY).putInt(childSize).putInt(SpaType.NONE);
        return b.array();
    }

    /** A Struct pod of {@code n} empty None pods (8 bytes each). */
    private static byte[] structOf(int n) {
        ByteBuffer b = ByteBuffer.allocate(8 + 8 * n).order(ByteOrder.nativeOrder());
        b.putInt(8 * n).putInt(SpaType.STRUCT);
        for (int i = 0; i < n; i++) {
            b.putInt(0).putInt(SpaType.NONE);
        }
        return b.array();
    }

    @Test
    void anArrayOfOneByteChildrenBeyondTheLimitIsRefused() {
        byte[] pod = arrayOf(1 << 20, 1); // 1 MiB: a million values
        long t0 = System.nanoTime();
        SpaPodException e = assertThrows(SpaPodException.class, () -> SpaPodParser.parse(pod));
        assertTrue(e.getMessage().contains("more than " + SpaPodParser.MAX_VALUES + " values"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "refused before building anything");
    }

    @Test
    void aStructOfTooManyFieldsIsRefused() {
        SpaPodException e = assertThrows(SpaPodException.class,
                () -> SpaPodParser.parse(structOf(SpaPodParser.MAX_VALUES + 1)));
        assertTrue(e.getMessage().contains("values"), e.getMessage());
    }

    @Test
    void podsWithinTheLimitStillParse() {
        assertEquals(1000, ((SpaArray) SpaPodParser.parse(arrayOf(1000, 1))).values().size());
        assertEquals(SpaPodParser.MAX_VALUES - 1,
                ((SpaStruct) SpaPodParser.parse(structOf(SpaPodParser.MAX_VALUES - 1))).fields().size());
    }
}
