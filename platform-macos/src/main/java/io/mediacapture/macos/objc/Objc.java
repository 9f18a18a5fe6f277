package io.mediacapture.macos.objc;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message sends for code that talks to Objective-C objects: classes and selectors by name (cached), and
 * sends whose C signature is derived from the Java types of the arguments, so that every distinct signature
 * gets its own downcall (see {@link ObjcRuntime#messageSend}). Thread-safe.
 *
 * <p>Argument mapping: {@link MemorySegment} is a pointer/object ({@code id}, {@code SEL}, {@code Class},
 * {@code T*}); {@link Long} is {@code NSInteger}/{@code NSUInteger}/{@code size_t}; {@link Integer} a 32-bit
 * integer ({@code int}, {@code FourCharCode}); {@link Double} {@code double}/{@code CGFloat}; {@link Boolean}
 * {@code BOOL} (one byte on both architectures: signed char on x86_64, bool on arm64); {@link ByValue} a
 * struct passed by value ({@code CMTime}).
 *
 * <p>Objective-C exceptions: none of these calls may raise one, because an exception unwinding through the
 * JVM's downcall frame is undefined behaviour (in practice the process aborts). Callers check the documented
 * preconditions before each call that can raise ({@code canAddInput:}, {@code lockForConfiguration:}, a
 * frame duration inside the format's ranges) and prefer the {@code NSError **} variants. See the package
 * documentation.
 */
public final class Objc {
    private final ObjcRuntime runtime;
    private final Map<String, MemorySegment> selectors = new ConcurrentHashMap<>();
    private final Map<String, MemorySegment> classes = new ConcurrentHashMap<>();

    public Objc(ObjcRuntime runtime) {
        this.runtime = runtime;
    }

    /** A struct argument passed by value. */
    public record ByValue(GroupLayout layout, MemorySegment value) {
        public ByValue {
            if (value.byteSize() < layout.byteSize()) {
                throw new IllegalArgumentException("a " + layout + " needs " + layout.byteSize() + " bytes, got "
                        + value.byteSize());
            }
        }
    }

    public ObjcRuntime runtime() {
        return runtime;
    }

    /** The class called {@code name}. @throws ObjcException when no such class is loaded */
    public MemorySegment cls(String name) {
        return findClass(name).orElseThrow(() -> new ObjcException("no Objective-C class " + name
                + " is loaded (" + runtime.name() + " runtime)"));
    }

    /** The class called {@code name}, or empty when none is loaded (APIs newer than this OS). */
    public Optional<MemorySegment> findClass(String name) {
        MemorySegment c = classes.get(name);
        if (c == null) {
            c = runtime.lookUpClass(name);
            if (c.equals(MemorySegment.NULL)) {
                return Optional.empty();
            }
            classes.put(name, c);
        }
        return Optional.of(c);
    }

    public MemorySegment sel(String name) {
        return selectors.computeIfAbsent(name, runtime::registerSelector);
    }

    /** Sends {@code selector} and returns the object (or pointer) it returns; NULL for nil. */
    public MemorySegment sendId(MemorySegment receiver, String selector, Object... args) {
        return (MemorySegment) send(ValueLayout.ADDRESS, null, receiver, selector, args);
    }

    /** Sends a message returning NSInteger, NSUInteger or size_t. */
    public long sendLong(MemorySegment receiver, String selector, Object... args) {
        return (long) send(ValueLayout.JAVA_LONG, null, receiver, selector, args);
    }

    /** Sends a message returning a 32-bit integer. */
    public int sendInt(MemorySegment receiver, String selector, Object... args) {
        return (int) send(ValueLayout.JAVA_INT, null, receiver, selector, args);
    }

    /** Sends a message returning BOOL. */
    public boolean sendBool(MemorySegment receiver, String selector, Object... args) {
        return (byte) send(ValueLayout.JAVA_BYTE, null, receiver, selector, args) != 0;
    }

    /** Sends a message returning double (Float64, CGFloat). */
    public double sendDouble(MemorySegment receiver, String selector, Object... args) {
        return (double) send(ValueLayout.JAVA_DOUBLE, null, receiver, selector, args);
    }

    /** Sends a message returning void. */
    public void sendVoid(MemorySegment receiver, String selector, Object... args) {
        send(null, null, receiver, selector, args);
    }

    /** Sends a message returning a struct (CMTime), allocated with {@code allocator}. */
    public MemorySegment sendStruct(GroupLayout result, SegmentAllocator allocator, MemorySegment receiver,
                                    String selector, Object... args) {
        return (MemorySegment) send(result, allocator, receiver, selector, args);
    }

    private Object send(MemoryLayout result, SegmentAllocator allocator, MemorySegment receiver, String selector,
                        Object[] args) {
        List<MemoryLayout> layouts = new ArrayList<>(args.length + 2);
        List<Object> values = new ArrayList<>(args.length + 3);
        layouts.add(ValueLayout.ADDRESS);
        layouts.add(ValueLayout.ADDRESS);
        if (allocator != null) {
            values.add(allocator);
        }
        values.add(receiver);
        values.add(sel(selector));
        for (Object a : args) {
            switch (a) {
                case MemorySegment m -> { layouts.add(ValueLayout.ADDRESS); values.add(m); }
                case Long l -> { layouts.add(ValueLayout.JAVA_LONG); values.add(l); }
                case Integer i -> { layouts.add(ValueLayout.JAVA_INT); values.add(i); }
                case Double d -> { layouts.add(ValueLayout.JAVA_DOUBLE); values.add(d); }
                case Boolean b -> { layouts.add(ValueLayout.JAVA_BYTE); values.add((byte) (b ? 1 : 0)); }
                case ByValue s -> { layouts.add(s.layout()); values.add(s.value()); }
                case null -> throw new IllegalArgumentException("null argument to -" + selector
                        + "; pass MemorySegment.NULL for nil");
                default -> throw new IllegalArgumentException("cannot pass a " + a.getClass().getName()
                        + " to -" + selector);
            }
        }
        FunctionDescriptor fd = result == null
                ? FunctionDescriptor.ofVoid(layouts.toArray(MemoryLayout[]::new))
                : FunctionDescriptor.of(result, layouts.toArray(MemoryLayout[]::new));
        MethodHandle h = runtime.messageSend(fd);
        try {
            return h.invokeWithArguments(values);
        } catch (Throwable t) {
            throw AbstractObjcRuntime.rethrow("-[" + describe(receiver) + " " + selector + "]", t);
        }
    }

    private String describe(MemorySegment receiver) {
        if (receiver.equals(MemorySegment.NULL)) {
            return "nil";
        }
        return runtime.className(runtime.objectClass(receiver));
    }

    /** Pushes an autorelease pool on this thread; close it on the same thread. */
    public AutoreleasePool autoreleasePool() {
        return new AutoreleasePool(runtime);
    }

    /** Takes ownership of a +1 reference (from alloc/init, new, copy). NULL gives an exception naming {@code what}. */
    public ObjcRef adopt(MemorySegment object, String what) {
        if (object.equals(MemorySegment.NULL)) {
            throw new ObjcException(what + " returned nil");
        }
        return new ObjcRef(this, object);
    }

    /** Retains {@code object} (borrowed, e.g. from a getter) and owns that reference. */
    public ObjcRef retain(MemorySegment object, String what) {
        if (object.equals(MemorySegment.NULL)) {
            throw new ObjcException(what + " is nil");
        }
        return new ObjcRef(this, sendId(object, "retain"));
    }
}
