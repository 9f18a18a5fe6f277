package io.mediacapture.internal.convert;

/**
 * The marker layout of a JPEG stream, checked before a decoder sees it: SOI first, every segment within the
 * data, a supported frame header with a real size, a scan, and an EOI after the scan (so truncated frames
 * are caught here rather than decoded as grey).
 *
 * @param hasHuffmanTables whether a DHT segment precedes the first scan
 * @param scanOffset       offset of the first SOS marker
 */
record JpegStructure(int width, int height, int components, boolean hasHuffmanTables, int scanOffset) {

    static JpegStructure parse(byte[] d) {
        if (d.length < 4 || (d[0] & 0xFF) != 0xFF || (d[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG: no SOI marker (FF D8) at the start of " + d.length + " bytes");
        }
        int at = 2;
        int width = -1;
        int height = -1;
        int components = 0;
        boolean dht = false;
        while (true) {
            if (at >= d.length || (d[at] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("corrupt JPEG: expected a marker at offset " + at);
            }
            while (at < d.length && (d[at] & 0xFF) == 0xFF) {
                at++; // fill bytes
            }
            if (at >= d.length) {
                throw new IllegalArgumentException("corrupt JPEG: data ends inside a marker");
            }
            int marker = d[at] & 0xFF;
            int markerAt = at - 1;
            at++;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // no length
            }
            if (marker == 0xD9 || marker == 0xD8 || marker == 0x00) {
                throw new IllegalArgumentException("corrupt JPEG: marker FF " + hex(marker) + " at offset " + markerAt
                        + " before any scan");
            }
            if (at + 2 > d.length) {
                throw new IllegalArgumentException("corrupt JPEG: truncated segment FF " + hex(marker));
            }
            int length = (d[at] & 0xFF) << 8 | (d[at + 1] & 0xFF);
            if (length < 2 || at + length > d.length) {
                throw new IllegalArgumentException("corrupt JPEG: segment FF " + hex(marker) + " at offset " + markerAt
                        + " has length " + length + " but " + (d.length - at) + " bytes remain");
            }
            switch (marker) {
                case 0xC0, 0xC1, 0xC2 -> {
                    if (length < 8) {
                        throw new IllegalArgumentException("corrupt JPEG: frame header of " + length + " bytes");
                    }
                    height = (d[at + 3] & 0xFF) << 8 | (d[at + 4] & 0xFF);
                    width = (d[at + 5] & 0xFF) << 8 | (d[at + 6] & 0xFF);
                    components = d[at + 7] & 0xFF;
                    if (width == 0 || height == 0) {
                        throw new IllegalArgumentException("unsupported JPEG: frame size " + width + "x" + height);
                    }
                }
                case 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF ->
                        throw new IllegalArgumentException("unsupported JPEG process (SOF marker FF " + hex(marker)
                                + "): only baseline, extended and progressive Huffman JPEG");
                case 0xC4 -> dht = true;
                case 0xDA -> {
                    if (width < 0) {
                        throw new IllegalArgumentException("corrupt JPEG: scan before any frame header (SOF)");
                    }
                    if (!hasEndMarker(d, at + length)) {
                        throw new IllegalArgumentException("corrupt JPEG: truncated, no end-of-image marker (FF D9) after the scan");
                    }
                    return new JpegStructure(width, height, components, dht, markerAt);
                }
                default -> {
                    // APPn, COM, DQT, DRI, ...: nothing to check
                }
            }
            at += length;
        }
    }

    /** Entropy-coded data stuffs every FF data byte as FF 00, so FF D9 after the scan header can only be EOI. */
    private static boolean hasEndMarker(byte[] d, int from) {
        for (int i = d.length - 2; i >= from; i--) {
            if ((d[i] & 0xFF) == 0xFF && (d[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }
}
