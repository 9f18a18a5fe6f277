package io.mediacapture.bindings.spa.pod;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes pods byte for byte as the C {@code spa_pod_builder} ({@code spa/pod/builder.h}) does: the same
 * push/pop frames, the same 8-byte padding rules, and inside Array and Choice frames only the first value carries
 * a header. Either {@link #SpaPodBuilder() growable} or writing into a fixed {@link MemorySegment}.
 *
 * <p>Use the streaming methods like the C API ({@code pushObject}, {@code addProp}, {@code addId}, {@code pop}),
 * or write a whole value with {@link #add(SpaPod)}. Not thread-safe; one builder per pod.
 */
public final class SpaPodBuilder {
    private static final int FLAG_BODY = 1;
    private static final int FLAG_FIRST = 2;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final long MAX_POD_SIZE = 0xFFFF_FFFFL;

    /** An open container pod; pass it back to {@link #pop(Frame)}. Mirrors {@code struct spa_pod_frame}. */
    public static final class Frame {
        private final long offset;
        private final int type;
        private final Frame parent;
        private final int savedFlags;
        private long size;
        private boolean closed;

        private Frame(long offset, int type, long size, Frame parent, int savedFlags) {
            this.offset = offset;
            this.type = type;
            this.size = size;
            this.parent = parent;
            this.savedFlags = savedFlags;
        }
    }

    private final boolean growable;
    private MemorySegment buffer;
    private long offset;
    private int flags;
    private Frame top;

    /** A builder that grows its own heap buffer as needed. */
    public SpaPodBuilder() {
        this.growable = true;
        this.buffer = MemorySegment.ofArray(new byte[256]);
    }

    /**
     * A builder that writes into {@code target} from offset 0, like {@code spa_pod_builder_init(b, data, size)}.
     * Writing past its end throws {@link SpaPodException}.
     */
    public SpaPodBuilder(MemorySegment target) {
        this.growable = false;
        this.buffer = Objects.requireNonNull(target, "target");
    }

    /** Bytes written so far (including padding). */
    public long size() {
        return offset;
    }

    /** A copy of the bytes written. @throws IllegalStateException while a frame is still open */
    public byte[] toByteArray() {
        requireClosed();
        return buffer.asSlice(0, offset).toArray(ValueLayout.JAVA_BYTE);
    }

    /** A copy of the bytes written in a new 8-byte aligned segment from {@code allocator}. */
    public MemorySegment toSegment(SegmentAllocator allocator) {
        requireClosed();
        MemorySegment out = allocator.allocate(Math.max(offset, 8), 8);
        MemorySegment.copy(buffer, 0, out, 0, offset);
        return out;
    }

    private void requireClosed() {
        if (top != null) {
            throw new IllegalStateException("a " + SpaType.name(top.type) + " frame is still open: call pop()");
        }
    }

    // ---- raw writes: like spa_pod_builder_raw, every write grows all open frames ----

    private void ensure(long n) {
        long needed = offset + n;
        if (needed > MAX_POD_SIZE) {
            throw new SpaPodException("pod would exceed the 4 GiB limit of its 32-bit size field");
        }
        if (needed <= buffer.byteSize()) {
            return;
        }
        if (!growable) {
            throw new SpaPodException("pod needs at least " + needed + " bytes but the buffer holds "
                    + buffer.byteSize());
        }
        long capacity = Math.max(needed, buffer.byteSize() * 2);
        MemorySegment bigger = MemorySegment.ofArray(new byte[Math.toIntExact(capacity)]);
        MemorySegment.copy(buffer, 0, bigger, 0, offset);
        buffer = bigger;
    }

    private void advance(long n) {
        offset += n;
        for (Frame f = top; f != null; f = f.parent) {
            f.size += n;
        }
    }

    private void rawInt(int v) {
        ensure(4);
        buffer.set(INT, offset, v);
        advance(4);
    }

    private void rawLong(long v) {
        ensure(8);
        buffer.set(LONG, offset, v);
        advance(8);
    }

    private void rawFloat(float v) {
        ensure(4);
        buffer.set(FLOAT, offset, v);
        advance(4);
    }

    private void rawDouble(double v) {
        ensure(8);
        buffer.set(DOUBLE, offset, v);
        advance(8);
    }

    private void rawBytes(byte[] bytes) {
        ensure(bytes.length);
        MemorySegment.copy(bytes, 0, buffer, ValueLayout.JAVA_BYTE, offset, bytes.length);
        advance(bytes.length);
    }

    private void rawZeros(long n) {
        ensure(n);
        buffer.asSlice(offset, n).fill((byte) 0);
        advance(n);
    }

    /** spa_pod_builder_pad: zeros up to the next multiple of 8 of {@code size}. */
    private void pad(long size) {
        long n = ((size + 7) & ~7L) - size;
        if (n > 0) {
            rawZeros(n);
        }
    }

    private void header(long size, int type) {
        if (size > MAX_POD_SIZE) {
            throw new SpaPodException("pod body of " + size + " bytes exceeds the 32-bit size field");
        }
        rawInt((int) size);
        rawInt(type);
    }

    // ---- primitives: spa_pod_builder_primitive ----

    /** Starts a primitive; returns whether its header is written (not inside an Array/Choice after the first). */
    private boolean beginPrimitive(int type, int bodySize) {
        boolean bodyOnly = flags == FLAG_BODY;
        if (!bodyOnly) {
            header(bodySize, type);
            flags &= ~FLAG_FIRST;
        }
        return !bodyOnly;
    }

    private void endPrimitive(int bodySize) {
        if (flags != FLAG_BODY) {
            pad(8 + bodySize);
        }
    }

    public SpaPodBuilder addNone() {
        beginPrimitive(SpaType.NONE, 0);
        endPrimitive(0);
        return this;
    }

    public SpaPodBuilder addBool(boolean value) {
        beginPrimitive(SpaType.BOOL, 4);
        rawInt(value ? 1 : 0);
        endPrimitive(4);
        return this;
    }

    /** An Id (unsigned 32 bits in an int). */
    public SpaPodBuilder addId(int value) {
        return int32(SpaType.ID, value);
    }

    public SpaPodBuilder addInt(int value) {
        return int32(SpaType.INT, value);
    }

    private SpaPodBuilder int32(int type, int value) {
        beginPrimitive(type, 4);
        rawInt(value);
        endPrimitive(4);
        return this;
    }

    public SpaPodBuilder addLong(long value) {
        beginPrimitive(SpaType.LONG, 8);
        rawLong(value);
        endPrimitive(8);
        return this;
    }

    public SpaPodBuilder addFloat(float value) {
        beginPrimitive(SpaType.FLOAT, 4);
        rawFloat(value);
        endPrimitive(4);
        return this;
    }

    public SpaPodBuilder addDouble(double value) {
        beginPrimitive(SpaType.DOUBLE, 8);
        rawDouble(value);
        endPrimitive(8);
        return this;
    }

    public SpaPodBuilder addRectangle(int width, int height) {
        return pair(SpaType.RECTANGLE, width, height);
    }

    public SpaPodBuilder addFraction(int num, int denom) {
        return pair(SpaType.FRACTION, num, denom);
    }

    private SpaPodBuilder pair(int type, int a, int b) {
        beginPrimitive(type, 8);
        rawInt(a);
        rawInt(b);
        endPrimitive(8);
        return this;
    }

    /** spa_pod_builder_string: header, UTF-8 bytes, NUL, padding (always with a header, as in C). */
    public SpaPodBuilder addString(String value) {
        byte[] utf8 = new SpaString(value).value().getBytes(StandardCharsets.UTF_8);
        header(utf8.length + 1L, SpaType.STRING);
        rawBytes(utf8);
        rawZeros(1);
        pad(offset);
        return this;
    }

    /** spa_pod_builder_bytes. */
    public SpaPodBuilder addBytes(byte[] value) {
        return opaque(SpaType.BYTES, value);
    }

    private SpaPodBuilder opaque(int type, byte[] body) {
        header(body.length, type);
        rawBytes(body);
        pad(body.length);
        return this;
    }

    // ---- containers ----

    private Frame push(int type, long initialSize, long headerOffset) {
        Frame f = new Frame(headerOffset, type, initialSize, top, flags);
        top = f;
        if (type == SpaType.ARRAY || type == SpaType.CHOICE) {
            flags = FLAG_FIRST | FLAG_BODY;
        }
        return f;
    }

    /** spa_pod_builder_push_struct. */
    public Frame pushStruct() {
        long at = offset;
        header(0, SpaType.STRUCT);
        return push(SpaType.STRUCT, 0, at);
    }

    /** spa_pod_builder_push_object. */
    public Frame pushObject(int objectType, int id) {
        long at = offset;
        header(8, SpaType.OBJECT);
        rawInt(objectType);
        rawInt(id);
        return push(SpaType.OBJECT, 8, at);
    }

    /** spa_pod_builder_push_choice: add the values next (the first one is the default). */
    public Frame pushChoice(int choiceType, int choiceFlags) {
        long at = offset;
        header(8, SpaType.CHOICE);
        rawInt(choiceType);
        rawInt(choiceFlags);
        return push(SpaType.CHOICE, 8, at);
    }

    /** spa_pod_builder_push_array: add values of one type next. */
    public Frame pushArray() {
        long at = offset;
        header(0, SpaType.ARRAY);
        return push(SpaType.ARRAY, 0, at);
    }

    /** spa_pod_builder_prop: a property key and flags inside an Object frame; add its value next. */
    public SpaPodBuilder addProp(int key, int propFlags) {
        rawInt(key);
        rawInt(propFlags);
        return this;
    }

    /** spa_pod_builder_pop: closes the innermost frame. @throws IllegalStateException if it is not {@code frame} */
    public SpaPodBuilder pop(Frame frame) {
        if (frame == null || frame != top || frame.closed) {
            throw new IllegalStateException("pop() must close the innermost open frame");
        }
        if ((flags & FLAG_FIRST) != 0) {
            // An Array or Choice without values still needs its child header.
            header(0, SpaType.NONE);
        }
        buffer.set(INT, frame.offset, (int) frame.size);
        buffer.set(INT, frame.offset + 4, frame.type);
        frame.closed = true;
        top = frame.parent;
        flags = frame.savedFlags;
        pad(offset);
        return this;
    }

    /** spa_pod_builder_array: a whole array of fixed-size values at once. */
    private void array(SpaArray array) {
        int childType = array.childType();
        int childSize = SpaType.fixedBodySize(childType);
        if (childSize < 0) {
            throw new IllegalArgumentException("the builder writes arrays of fixed-size types only, not of "
                    + SpaType.name(childType));
        }
        long n = array.values().size();
        header(8 + n * childSize, SpaType.ARRAY);
        rawInt(childSize);
        rawInt(childType);
        for (SpaPod v : array.values()) {
            fixedBody(v);
        }
        pad(n * childSize);
    }

    private void fixedBody(SpaPod v) {
        switch (v) {
            case SpaNone n -> { }
            case SpaBool b -> rawInt(b.value() ? 1 : 0);
            case SpaId i -> rawInt(i.value());
            case SpaInt i -> rawInt(i.value());
            case SpaLong l -> rawLong(l.value());
            case SpaFloat f -> rawFloat(f.value());
            case SpaDouble d -> rawDouble(d.value());
            case SpaRectangle r -> {
                rawInt(r.width());
                rawInt(r.height());
            }
            case SpaFraction f -> {
                rawInt(f.num());
                rawInt(f.denom());
            }
            case SpaOpaque o when o.podType() == SpaType.FD && o.body().length == 8 -> rawBytes(o.body());
            default -> throw new IllegalArgumentException("not a fixed-size value: " + v);
        }
    }

    /** Writes a whole value, with the same bytes the C builder produces for the equivalent calls. */
    public SpaPodBuilder add(SpaPod pod) {
        Objects.requireNonNull(pod, "pod");
        switch (pod) {
            case SpaNone n -> addNone();
            case SpaBool b -> addBool(b.value());
            case SpaId i -> addId(i.value());
            case SpaInt i -> addInt(i.value());
            case SpaLong l -> addLong(l.value());
            case SpaFloat f -> addFloat(f.value());
            case SpaDouble d -> addDouble(d.value());
            case SpaRectangle r -> addRectangle(r.width(), r.height());
            case SpaFraction f -> addFraction(f.num(), f.denom());
            case SpaString s -> addString(s.value());
            case SpaBytes b -> addBytes(b.value());
            case SpaOpaque o -> opaque(o.podType(), o.body());
            case SpaArray a -> array(a);
            case SpaChoice c -> {
                Frame f = pushChoice(c.choiceType(), c.flags());
                if (c.values().isEmpty() && c.childType() != SpaType.NONE) {
                    header(Math.max(0, SpaType.fixedBodySize(c.childType())), c.childType());
                    flags &= ~FLAG_FIRST;
                }
                for (SpaPod v : c.values()) {
                    add(v);
                }
                pop(f);
            }
            case SpaStruct s -> {
                Frame f = pushStruct();
                for (SpaPod v : s.fields()) {
                    add(v);
                }
                pop(f);
            }
            case SpaObject o -> {
                Frame f = pushObject(o.objectType(), o.id());
                for (SpaProp p : o.props()) {
                    addProp(p.key(), p.flags());
                    add(p.value());
                }
                pop(f);
            }
        }
        return this;
    }

    /** Convenience: the bytes of one value. */
    public static byte[] encode(SpaPod pod) {
        return new SpaPodBuilder().add(pod).toByteArray();
    }
}
