package io.mediacapture.internal.convert;

/**
 * The typical Huffman tables of ITU-T T.81 (the JPEG standard), Annex K.3, tables K.3 to K.6, as a DHT
 * segment. Webcams that stream MJPEG (the AVI1 convention) leave these out of every frame and expect the
 * decoder to assume them.
 */
final class JpegHuffmanTables {
    private JpegHuffmanTables() {
    }

    /** Table K.3: code lengths 1..16, then the DC difference categories. */
    static final int[] DC_LUMINANCE_BITS = {0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    static final int[] DC_LUMINANCE_VALUES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    /** Table K.4. */
    static final int[] DC_CHROMINANCE_BITS = {0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
    static final int[] DC_CHROMINANCE_VALUES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    /** Table K.5: run/size symbols in order of code length. */
    static final int[] AC_LUMINANCE_BITS = {0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d};
    static final int[] AC_LUMINANCE_VALUES = acValues(new int[] {
            0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
            0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0,
            0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
            0x29, 0x2a, 0x34}, 0x35, 0x3a, new int[] {0x43, 0x53, 0x63, 0x73, 0x83}, 0x92, 0xe1, 0xf1);
    /** Table K.6. */
    static final int[] AC_CHROMINANCE_BITS = {0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77};
    static final int[] AC_CHROMINANCE_VALUES = acValues(new int[] {
            0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71,
            0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0,
            0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26,
            0x27, 0x28, 0x29, 0x2a}, 0x35, 0x3a, new int[] {0x43, 0x53, 0x63, 0x73}, 0x82, 0xe2, 0xf2);

    /**
     * The long tail of both AC tables is regular: after the listed head, runs {@code from..to} of one row,
     * whole rows {@code x3..xa} for each given start, rows {@code x2..xa} from {@code nineFrom} on (stepping
     * 0x10) up to 0xd?, then {@code e..ea} and {@code f..fa}.
     */
    private static int[] acValues(int[] head, int from, int to, int[] eightRows, int nineFrom, int eStart, int fStart) {
        int[] v = new int[162];
        int n = 0;
        for (int x : head) {
            v[n++] = x;
        }
        for (int x = from; x <= to; x++) {
            v[n++] = x;
        }
        for (int start : eightRows) {
            for (int x = start; x <= ((start & 0xF0) | 0x0a); x++) {
                v[n++] = x;
            }
        }
        for (int start = nineFrom; start < 0xe0; start += 0x10) {
            for (int x = start; x <= ((start & 0xF0) | 0x0a); x++) {
                v[n++] = x;
            }
        }
        for (int start : new int[] {eStart, fStart}) {
            for (int x = start; x <= ((start & 0xF0) | 0x0a); x++) {
                v[n++] = x;
            }
        }
        if (n != 162) {
            throw new AssertionError("AC table has " + n + " symbols");
        }
        return v;
    }

    /** A complete DHT marker segment (FF C4, length, four tables). */
    static byte[] dhtSegment() {
        int[][] bits = {DC_LUMINANCE_BITS, AC_LUMINANCE_BITS, DC_CHROMINANCE_BITS, AC_CHROMINANCE_BITS};
        int[][] values = {DC_LUMINANCE_VALUES, AC_LUMINANCE_VALUES, DC_CHROMINANCE_VALUES, AC_CHROMINANCE_VALUES};
        int[] classAndId = {0x00, 0x10, 0x01, 0x11};
        int length = 2;
        for (int t = 0; t < 4; t++) {
            length += 1 + 16 + values[t].length;
        }
        byte[] seg = new byte[2 + length];
        int n = 0;
        seg[n++] = (byte) 0xFF;
        seg[n++] = (byte) 0xC4;
        seg[n++] = (byte) (length >> 8);
        seg[n++] = (byte) length;
        for (int t = 0; t < 4; t++) {
            seg[n++] = (byte) classAndId[t];
            for (int b : bits[t]) {
                seg[n++] = (byte) b;
            }
            for (int v : values[t]) {
                seg[n++] = (byte) v;
            }
        }
        return seg;
    }
}
