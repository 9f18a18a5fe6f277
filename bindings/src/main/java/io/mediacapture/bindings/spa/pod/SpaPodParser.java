package io.mediacapture.bindings.spa.pod;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pods from untrusted bytes (a daemon's params) into {@link SpaPod} values. Every size is checked against
 * the bytes that are really there before anything is read, nesting is limited to {@link #MAX_DEPTH}, the values of
 * one pod to {@link #MAX_VALUES}, and any malformation ends in a {@link SpaPodException} that says what is wrong and
 * where; no read ever leaves the input.
 *
 * <p>Types this package does not model become {@link SpaOpaque}. Stateless and thread-safe.
 */
public final class SpaPodParser {
    /** Deepest nesting accepted; real params nest 3 or 4 levels. */
    public static final int MAX_DEPTH = 32;

    /**
     * Most values (pods, and the elements of Arrays and Choices) one pod may hold. Real params hold tens to a few
     * hundred; without a limit, 1-byte Array elements fill {@link #MAX_NATIVE_POD_SIZE} with 16.7 million objects
     * (about 1 GiB of heap and seconds of parsing on the PipeWire thread).
     */
    public static final int MAX_VALUES = 65_536;

    /** Largest pod {@link #parseNative} accepts behind a bare pointer. */
    public static final long MAX_NATIVE_POD_SIZE = 16L << 20;

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private SpaPodParser() {}

    /** Parses the pod at the start of {@code bytes} (trailing bytes are ignored). */
    public static SpaPod parse(byte[] bytes) {
        return parse(MemorySegment.ofArray(bytes));
    }

    /** Parses the pod at the start of {@code segment} (trailing bytes are ignored). */
    public static SpaPod parse(MemorySegment segment) {
        try {
            return new Reader(segment).pod(0, segment.byteSize(), 0);
        } catch (IndexOutOfBoundsException e) {
            // Unreachable when the checks above are right; kept so that a mistake still surfaces as a pod error.
            throw new SpaPodException("pod reads outside its bytes: " + e.getMessage());
        }
    }

    /**
     * Parses a pod given by a native pointer whose size is unknown (e.g. {@code const struct spa_pod *} in a
     * {@code param_changed} callback): reads the header, then exactly the declared size. The caller vouches that
     * the pointer is a pod; the size is capped at {@link #MAX_NATIVE_POD_SIZE}.
     */
    @SuppressWarnings("restricted")
    public static SpaPod parseNative(MemorySegment pod) {
        if (pod == null || pod.equals(MemorySegment.NULL)) {
            throw new SpaPodException("null pod pointer");
        }
        MemorySegment header = pod.byteSize() >= 8 ? pod : pod.reinterpret(8);
        long size = Integer.toUnsignedLong(header.get(INT, 0));
        if (size > MAX_NATIVE_POD_SIZE) {
            throw new SpaPodException("native pod declares " + size + " bytes, more than the limit of "
                    + MAX_NATIVE_POD_SIZE, 0);
        }
        MemorySegment whole = pod.byteSize() >= 8 + size ? pod : pod.reinterpret(8 + size);
        return parse(whole.asSlice(0, 8 + size));
    }

    private static final class Reader {
        private final MemorySegment in;
        private int values; // read so far, at most MAX_VALUES

        Reader(MemorySegment in) {
            this.in = in;
        }

        private void need(long off, long n, long end, String what) {
            if (n < 0 || off < 0 || off + n > end) {
                throw new SpaPodException(what + " needs " + n + " bytes but only " + Math.max(0, end - off)
                        + " remain", off);
            }
        }

        private int i32(long off) {
            return in.get(INT, off);
        }

        /** Counts {@code n} more values. @throws SpaPodException past {@link #MAX_VALUES} */
        private void count(long n, long off) {
            if (n > MAX_VALUES - values) {
                throw new SpaPodException("pod holds more than " + MAX_VALUES + " values", off);
            }
            values += (int) n;
        }

        /** A whole pod (header and body) at {@code off}, within {@code end}. */
        SpaPod pod(long off, long end, int depth) {
            need(off, 8, end, "pod header");
            count(1, off);
            long size = Integer.toUnsignedLong(i32(off));
            int type = i32(off + 4);
            need(off + 8, size, end, SpaType.name(type) + " pod body");
            return body(type, off + 8, size, depth);
        }

        /** The body of a pod of {@code type} and {@code size} bytes at {@code off}. */
        SpaPod body(int type, long off, long size, int depth) {
            if (depth > MAX_DEPTH) {
                throw new SpaPodException("pods nested deeper than " + MAX_DEPTH + " levels", off);
            }
            return switch (type) {
                case SpaType.NONE -> SpaNone.INSTANCE;
                case SpaType.BOOL -> new SpaBool(fixed(type, off, size, 4).get(INT, 0) != 0);
                case SpaType.ID -> new SpaId(fixed(type, off, size, 4).get(INT, 0));
                case SpaType.INT -> new SpaInt(fixed(type, off, size, 4).get(INT, 0));
                case SpaType.LONG -> new SpaLong(fixed(type, off, size, 8).get(LONG, 0));
                case SpaType.FLOAT -> new SpaFloat(fixed(type, off, size, 4).get(FLOAT, 0));
                case SpaType.DOUBLE -> new SpaDouble(fixed(type, off, size, 8).get(DOUBLE, 0));
                case SpaType.RECTANGLE -> {
                    MemorySegment b = fixed(type, off, size, 8);
                    yield new SpaRectangle(b.get(INT, 0), b.get(INT, 4));
                }
                case SpaType.FRACTION -> {
                    MemorySegment b = fixed(type, off, size, 8);
                    yield new SpaFraction(b.get(INT, 0), b.get(INT, 4));
                }
                case SpaType.STRING -> string(off, size);
                case SpaType.BYTES -> new SpaBytes(bytes(off, size));
                case SpaType.ARRAY -> array(off, size, depth);
                case SpaType.CHOICE -> choice(off, size, depth);
                case SpaType.STRUCT -> struct(off, size, depth);
                case SpaType.OBJECT -> object(off, size, depth);
                default -> new SpaOpaque(type, bytes(off, size));
            };
        }

        private MemorySegment fixed(int type, long off, long size, int min) {
            if (size < min) {
                throw new SpaPodException(SpaType.name(type) + " pod has a " + size + "-byte body, needs " + min, off);
            }
            return in.asSlice(off, min);
        }

        private byte[] bytes(long off, long size) {
            return in.asSlice(off, size).toArray(ValueLayout.JAVA_BYTE);
        }

        private SpaString string(long off, long size) {
            if (size < 1 || in.get(ValueLayout.JAVA_BYTE, off + size - 1) != 0) {
                throw new SpaPodException("String pod is not NUL-terminated", off);
            }
            byte[] raw = bytes(off, size);
            int len = 0;
            while (raw[len] != 0) {
                len++;
            }
            try {
                String s = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw, 0, len)).toString();
                return new SpaString(s);
            } catch (CharacterCodingException e) {
                throw new SpaPodException("String pod is not valid UTF-8", off);
            }
        }

        /** Values stored without headers, {@code childSize} bytes each (Array and Choice bodies). */
        private List<SpaPod> values(int childType, long childSize, long off, long len, int depth, String what) {
            if (childSize == 0) {
                if (len != 0) {
                    throw new SpaPodException(what + " has " + len + " value bytes but a child size of 0", off);
                }
                return List.of();
            }
            if (len % childSize != 0) {
                throw new SpaPodException(what + " has " + len + " value bytes, not a multiple of its child size "
                        + childSize, off);
            }
            long n = len / childSize;
            count(n, off); // before anything is allocated for them
            List<SpaPod> out = new ArrayList<>((int) Math.min(n, 1024));
            for (long i = 0; i < n; i++) {
                out.add(body(childType, off + i * childSize, childSize, depth + 1));
            }
            return out;
        }

        private SpaArray array(long off, long size, int depth) {
            need(off, 8, off + size, "Array child header");
            long childSize = Integer.toUnsignedLong(i32(off));
            int childType = i32(off + 4);
            return new SpaArray(childType, values(childType, childSize, off + 8, size - 8, depth, "Array"));
        }

        private SpaChoice choice(long off, long size, int depth) {
            need(off, 16, off + size, "Choice body");
            int choiceType = i32(off);
            int flags = i32(off + 4);
            long childSize = Integer.toUnsignedLong(i32(off + 8));
            int childType = i32(off + 12);
            List<SpaPod> values = values(childType, childSize, off + 16, size - 16, depth, "Choice");
            return new SpaChoice(choiceType, flags, childType, values);
        }

        /** Next 8-byte aligned position after a pod of {@code size} body bytes at {@code off}, capped at end. */
        private static long next(long off, long size, long end) {
            return Math.min(end, off + 8 + ((size + 7) & ~7L));
        }

        private void stray(long p, long end, String what) {
            if (p < end && end - p < 8) {
                throw new SpaPodException(what + " ends with " + (end - p) + " stray bytes", p);
            }
        }

        private SpaStruct struct(long off, long size, int depth) {
            long end = off + size;
            List<SpaPod> fields = new ArrayList<>();
            long p = off;
            while (end - p >= 8) {
                SpaPod child = pod(p, end, depth + 1);
                fields.add(child);
                p = next(p, Integer.toUnsignedLong(i32(p)), end);
            }
            stray(p, end, "Struct");
            return new SpaStruct(fields);
        }

        private SpaObject object(long off, long size, int depth) {
            long end = off + size;
            need(off, 8, end, "Object body");
            int objectType = i32(off);
            int id = i32(off + 4);
            List<SpaProp> props = new ArrayList<>();
            long p = off + 8;
            while (end - p >= 8) {
                need(p, 16, end, "Object property");
                int key = i32(p);
                int flags = i32(p + 4);
                SpaPod value = pod(p + 8, end, depth + 1);
                props.add(new SpaProp(key, flags, value));
                p = next(p + 8, Integer.toUnsignedLong(i32(p + 8)), end);
            }
            stray(p, end, "Object");
            return new SpaObject(objectType, id, props);
        }
    }
}
