package io.mediacapture.windows.com;

import io.mediacapture.windows.sdk.GUID;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A GUID (IID, CLSID, Media Foundation attribute key) as a value. Text form as in the Windows SDK:
 * {@code {70AE66F2-C809-4E4F-8915-BDCB406B7993}}, braces optional. In memory: Data1..Data3
 * little-endian, Data4 as 8 bytes in order.
 *
 * @param data1 the first 32 bits
 * @param data2 the next 16
 * @param data3 the next 16
 * @param data4 the last 8 bytes, big-endian (the order they are written in text and in memory)
 */
public record Guid(int data1, short data2, short data3, long data4) {
    private static final Pattern TEXT = Pattern.compile(
            "\\{?([0-9a-fA-F]{8})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{12})}?");
    /** The null GUID (GUID_NULL). */
    public static final Guid NULL = new Guid(0, (short) 0, (short) 0, 0);

    /**
     * Parses the registry form.
     *
     * @throws IllegalArgumentException naming the text when it is not a GUID
     */
    public static Guid parse(String text) {
        var m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches() || text.trim().startsWith("{") != text.trim().endsWith("}")) {
            throw new IllegalArgumentException("not a GUID (want {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}): '" + text + "'");
        }
        return new Guid((int) Long.parseLong(m.group(1), 16), (short) Integer.parseInt(m.group(2), 16),
                (short) Integer.parseInt(m.group(3), 16), Long.parseUnsignedLong(m.group(4) + m.group(5), 16));
    }

    /** Reads 16 bytes at the start of {@code at}. */
    public static Guid read(MemorySegment at) {
        MemorySegment s = at.byteSize() < 16 ? at.reinterpret(16) : at;
        return new Guid(s.get(ValueLayout.JAVA_INT_UNALIGNED, 0), s.get(ValueLayout.JAVA_SHORT_UNALIGNED, 4),
                s.get(ValueLayout.JAVA_SHORT_UNALIGNED, 6),
                s.get(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(java.nio.ByteOrder.BIG_ENDIAN), 8));
    }

    /** Writes the 16-byte in-memory form at the start of {@code to}. */
    public void write(MemorySegment to) {
        to.set(ValueLayout.JAVA_INT_UNALIGNED, 0, data1);
        to.set(ValueLayout.JAVA_SHORT_UNALIGNED, 4, data2);
        to.set(ValueLayout.JAVA_SHORT_UNALIGNED, 6, data3);
        to.set(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(java.nio.ByteOrder.BIG_ENDIAN), 8, data4);
    }

    /** A fresh native GUID, for a {@code REFGUID}/{@code REFIID} argument. */
    public MemorySegment allocate(SegmentAllocator allocator) {
        MemorySegment s = allocator.allocate(GUID.layout());
        write(s);
        return s;
    }

    /** A GUID in memory that lives as long as the JVM, for constants passed on every call. */
    public MemorySegment global() {
        return allocate(Arena.global());
    }

    /** The 16 bytes as they lie in memory. */
    public byte[] toBytes() {
        byte[] b = new byte[16];
        write(MemorySegment.ofArray(b));
        return b;
    }

    @Override
    public String toString() {
        String d4 = HexFormat.of().toHexDigits(data4);
        return String.format(Locale.ROOT, "{%08X-%04X-%04X-%s-%s}", data1, data2 & 0xFFFF, data3 & 0xFFFF,
                d4.substring(0, 4), d4.substring(4)).toUpperCase(Locale.ROOT);
    }
}
