package io.mediacapture.macos.media;

import java.nio.charset.StandardCharsets;

/** Four-character codes (OSType, FourCharCode): four ASCII bytes, the first in the most significant byte. */
public final class FourCc {
    private FourCc() {}

    /** The code for a four-character string, e.g. {@code "420v"}. */
    public static int of(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length != 4 || s.length() != 4) {
            throw new IllegalArgumentException("a four-character code needs exactly four Latin-1 characters: '" + s + "'");
        }
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }

    /** The four characters, or hex when they are not printable (some pixel formats are small integers). */
    public static String toString(int code) {
        char[] c = {(char) (code >>> 24 & 0xff), (char) (code >>> 16 & 0xff), (char) (code >>> 8 & 0xff), (char) (code & 0xff)};
        for (char ch : c) {
            if (ch < 0x20 || ch > 0x7e) {
                return String.format("0x%08x", code);
            }
        }
        return new String(c);
    }
}
