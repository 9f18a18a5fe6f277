package io.mediacapture.macos.objc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/**
 * Block literals built in Java, laid out as the Block ABI ("Block Implementation Specification", clang's
 * {@code BlockLanguageSpec}/{@code Block-ABI-Apple}) defines them, with one captured 64-bit value:
 * <pre>
 * struct Block_descriptor { unsigned long reserved; unsigned long size; const char *signature; };
 * struct Block_literal {
 *     void *isa;          // &amp;_NSConcreteStackBlock
 *     int flags;          // BLOCK_HAS_SIGNATURE
 *     int reserved;
 *     R (*invoke)(struct Block_literal *, ...);
 *     struct Block_descriptor *descriptor;
 *     int64_t context;    // the captured variable
 * };
 * </pre>
 * The literal is a <em>stack</em> block: whoever keeps it ({@code requestAccessForMediaType:} does) calls
 * {@code _Block_copy}, which copies {@code descriptor->size} bytes to the heap (no copy/dispose helpers are
 * needed for a plain integer) and owns that copy. So the literal need only live for the duration of the call
 * it is passed to, while the descriptor, the signature and the invoke stub (a {@link Kind}) live forever, since
 * heap copies point to them. The invoke function receives the (copied) block and reads the context from it.
 */
public final class BlockLiteral {
    /** The block has a signature string in its descriptor. */
    public static final int BLOCK_HAS_SIGNATURE = 1 << 30;

    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            ValueLayout.ADDRESS.withName("isa"),
            ValueLayout.JAVA_INT.withName("flags"),
            ValueLayout.JAVA_INT.withName("reserved"),
            ValueLayout.ADDRESS.withName("invoke"),
            ValueLayout.ADDRESS.withName("descriptor"),
            ValueLayout.JAVA_LONG.withName("context")).withName("Block_literal");

    public static final StructLayout DESCRIPTOR_LAYOUT = MemoryLayout.structLayout(
            ValueLayout.JAVA_LONG.withName("reserved"),
            ValueLayout.JAVA_LONG.withName("size"),
            ValueLayout.ADDRESS.withName("signature")).withName("Block_descriptor");

    static final long ISA = LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement("isa"));
    static final long FLAGS = LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement("flags"));
    static final long INVOKE = LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement("invoke"));
    static final long DESCRIPTOR = LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement("descriptor"));
    static final long CONTEXT = LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement("context"));

    private BlockLiteral() {}

    /**
     * One kind of block: its invoke function and descriptor, created once and kept for the process.
     *
     * @param stackBlockIsa the address of {@code _NSConcreteStackBlock} (libSystem on macOS, libBlocksRuntime on Linux)
     * @param invoke        an upcall stub whose first parameter is the block
     * @param signature     the block's Objective-C type encoding, e.g. {@code "v12@?0c8"}
     */
    public record Kind(MemorySegment stackBlockIsa, MemorySegment invoke, MemorySegment descriptor) {
        public static Kind create(MemorySegment stackBlockIsa, MemorySegment invoke, String signature) {
            MemorySegment d = Arena.global().allocate(DESCRIPTOR_LAYOUT);
            d.set(ValueLayout.JAVA_LONG, 0, 0L);
            d.set(ValueLayout.JAVA_LONG, 8, LAYOUT.byteSize());
            d.set(ValueLayout.ADDRESS, 16, Arena.global().allocateFrom(signature));
            return new Kind(stackBlockIsa, invoke, d);
        }

        /** A stack-kind block literal carrying {@code context}, valid while {@code arena} is open. */
        public MemorySegment newLiteral(Arena arena, long context) {
            MemorySegment b = arena.allocate(LAYOUT);
            b.set(ValueLayout.ADDRESS, ISA, stackBlockIsa);
            b.set(ValueLayout.JAVA_INT, FLAGS, BLOCK_HAS_SIGNATURE);
            b.set(ValueLayout.ADDRESS, INVOKE, invoke);
            b.set(ValueLayout.ADDRESS, DESCRIPTOR, descriptor);
            b.set(ValueLayout.JAVA_LONG, CONTEXT, context);
            return b;
        }
    }

    /** The context captured in a block (the literal or a heap copy of it), as its invoke function sees it. */
    public static long context(MemorySegment block) {
        return block.reinterpret(LAYOUT.byteSize()).get(ValueLayout.JAVA_LONG, CONTEXT);
    }
}
