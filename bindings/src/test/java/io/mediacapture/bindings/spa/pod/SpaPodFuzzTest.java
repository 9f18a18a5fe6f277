package io.mediacapture.bindings.spa.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mediacapture.bindings.pipewire.inline.SpaFormats;
import io.mediacapture.bindings.pipewire.inline.SpaParams;
import io.mediacapture.bindings.spa.spa_h;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Feeds the parser random bytes, every truncation of valid pods and random bit flips of them: each input must
 * end in a value or a {@link SpaPodException}, never another exception (IndexOutOfBounds, segment errors, stack
 * overflow, out of memory). Seeded, so a failure names an input that reproduces it.
 */
class SpaPodFuzzTest {
    private static final long SEED = 0x5FA_90D_5EEDL;

    private static List<byte[]> validPods() {
        List<byte[]> pods = new ArrayList<>();
        pods.add(SpaPodBuilder.encode(SpaFormats.videoRawEnumFormat(
                SpaChoice.enumOf(new SpaId(spa_h.SPA_VIDEO_FORMAT_RGB()), new SpaId(spa_h.SPA_VIDEO_FORMAT_UYVY())),
                SpaChoice.range(new SpaRectangle(320, 240), new SpaRectangle(1, 1), new SpaRectangle(8192, 8192)),
                SpaChoice.step(new SpaFraction(30, 1), new SpaFraction(1, 1), new SpaFraction(60, 1),
                        new SpaFraction(1, 1)))));
        pods.add(SpaPodBuilder.encode(SpaParams.buffers(SpaChoice.range(new SpaInt(8), new SpaInt(2), new SpaInt(16)),
                new SpaInt(1), new SpaInt(4096), new SpaInt(64), new SpaInt(16), SpaChoice.flagsOf(new SpaInt(2)))));
        pods.add(SpaPodBuilder.encode(SpaStruct.of(new SpaString("name"), new SpaBytes(new byte[] {1, 2, 3}),
                SpaArray.ofIds(1, 2, 3, 4), new SpaLong(Long.MIN_VALUE), new SpaDouble(Math.PI),
                SpaStruct.of(SpaStruct.of(new SpaBool(false), SpaNone.INSTANCE)),
                new SpaOpaque(SpaType.POINTER, new byte[16]))));
        return pods;
    }

    /** Parses {@code input}; anything but a value or SpaPodException fails the test with a reproducible input. */
    private static boolean parseCleanly(byte[] input, String what) {
        try {
            SpaPod pod = SpaPodParser.parse(input);
            // A parsed value must also survive the typed readers and re-encoding without foreign exceptions.
            SpaPodBuilder.encode(pod);
            try {
                SpaFormats.parseEnumFormat(pod);
            } catch (SpaPodException expected) {
                // not a format
            }
            return true;
        } catch (SpaPodException expected) {
            return false;
        } catch (IllegalArgumentException e) {
            // Only the builder may reject a parsed value it cannot write (e.g. an array of strings).
            if (e.getStackTrace()[0].getClassName().startsWith(SpaPodBuilder.class.getName())
                    || e.getMessage().startsWith("the builder")) {
                return true;
            }
            throw new AssertionError(what + ": " + HexFormat.of().formatHex(input), e);
        } catch (Throwable t) {
            throw new AssertionError(what + " ended in " + t + " for input " + HexFormat.of().formatHex(input), t);
        }
    }

    @Test
    void randomBytes() {
        Random r = new Random(SEED);
        int parsed = 0;
        for (int i = 0; i < 5000; i++) {
            byte[] b = new byte[r.nextInt(96)];
            r.nextBytes(b);
            if (b.length >= 8 && r.nextBoolean()) {
                // Plausible headers reach deeper into the parser than uniform noise.
                int size = r.nextInt(b.length - 7);
                b[0] = (byte) size;
                b[1] = b[2] = b[3] = 0;
                b[4] = (byte) (1 + r.nextInt(20));
                b[5] = b[6] = b[7] = 0;
            }
            if (parseCleanly(b, "random input " + i)) {
                parsed++;
            }
        }
        assertTrue(parsed > 100, "the fuzzer should also produce some valid pods, got " + parsed);
    }

    @Test
    void everyTruncationOfValidPods() {
        for (byte[] pod : validPods()) {
            assertEquals(SpaPodParser.parse(pod), SpaPodParser.parse(pod.clone()));
            for (int len = 0; len < pod.length; len++) {
                byte[] cut = java.util.Arrays.copyOf(pod, len);
                // The outer pod always declares more bytes than a truncation has.
                if (len < 8 + (pod[0] & 0xFF)) {
                    int n = len;
                    assertThrows(SpaPodException.class, () -> SpaPodParser.parse(cut), () -> "length " + n);
                }
            }
        }
    }

    @Test
    void bitFlipsOfValidPods() {
        Random r = new Random(SEED + 1);
        int count = 0;
        for (byte[] pod : validPods()) {
            for (int i = 0; i < 2000; i++) {
                byte[] b = pod.clone();
                int flips = 1 + r.nextInt(3);
                for (int f = 0; f < flips; f++) {
                    int bit = r.nextInt(b.length * 8);
                    b[bit / 8] ^= (byte) (1 << (bit % 8));
                }
                parseCleanly(b, "bit flip " + i);
                count++;
            }
        }
        assertTrue(count >= 6000);
    }

    @Test
    void deepNestingIsRejectedNotAStackOverflow() {
        int depth = 100_000;
        byte[] b = new byte[depth * 8];
        for (int i = 0; i < depth; i++) {
            int size = (depth - i - 1) * 8;
            java.nio.ByteBuffer.wrap(b, i * 8, 8).order(java.nio.ByteOrder.nativeOrder()).putInt(size)
                    .putInt(SpaType.STRUCT);
        }
        SpaPodException e = assertThrows(SpaPodException.class, () -> SpaPodParser.parse(b));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
    }

    @Test
    void hugeDeclaredSizesAreRejectedBeforeAllocating() {
        byte[] b = HexFormat.of().parseHex("ffffffff09000000" + "00".repeat(8));
        SpaPodException e = assertThrows(SpaPodException.class, () -> SpaPodParser.parse(b));
        assertTrue(e.getMessage().contains("Bytes pod body"), e.getMessage());
        byte[] arr = HexFormat.of().parseHex("100000000d000000" + "010000000400000000000000" + "00000000");
        try {
            SpaPodParser.parse(arr);
            fail("an array whose child size is too small for Int must be rejected");
        } catch (SpaPodException expected) {
            assertTrue(expected.getMessage().contains("Int"), expected.getMessage());
        }
    }
}
