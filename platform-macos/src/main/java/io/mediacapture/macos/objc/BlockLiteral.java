package io.mediacapture.macos.objc;

import io.mediacapture.macos.bindings.Block_descriptor;
import io.mediacapture.macos.bindings.Block_literal;
import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;

/**
 * Block literals built in Java, laid out as the Block ABI ("Block Implementation Specification", clang's
 * {@code BlockLanguageSpec}/{@code Block-ABI-Apple}) defines them ({@link Block_literal},
 * {@link Block_descriptor}), with one captured 64-bit value:
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

    /** The literal's layout: {@link Block_literal#layout()}. */
    public static final GroupLayout LAYOUT = Block_literal.layout();
    /** The descriptor's layout: {@link Block_descriptor#layout()}. */
    public static final GroupLayout DESCRIPTOR_LAYOUT = Block_descriptor.layout();

    private BlockLiteral() {}

    /**
     * One kind of block: its invoke function and descriptor, created once and kept for the process.
     *
     * @param stackBlockIsa the address of {@code _NSConcreteStackBlock} (libSystem on macOS, libBlocksRuntime on Linux)
     * @param invoke        an upcall stub whose first parameter is the block
     * @param descriptor    the block descriptor {@link #create} builds around the block's Objective-C type
     *                      encoding (its {@code signature}, e.g. {@code "v12@?0c8"})
     */
    public record Kind(MemorySegment stackBlockIsa, MemorySegment invoke, MemorySegment descriptor) {
        public static Kind create(MemorySegment stackBlockIsa, MemorySegment invoke, String signature) {
            MemorySegment d = Block_descriptor.allocate(Arena.global());
            Block_descriptor.reserved(d, 0L);
            Block_descriptor.size(d, Block_literal.sizeof());
            Block_descriptor.signature(d, Arena.global().allocateFrom(signature));
            return new Kind(stackBlockIsa, invoke, d);
        }

        /** A stack-kind block literal carrying {@code context}, valid while {@code arena} is open. */
        public MemorySegment newLiteral(Arena arena, long context) {
            MemorySegment b = Block_literal.allocate(arena);
            Block_literal.isa(b, stackBlockIsa);
            Block_literal.flags(b, BLOCK_HAS_SIGNATURE);
            Block_literal.invoke(b, invoke);
            Block_literal.descriptor(b, descriptor);
            Block_literal.context(b, context);
            return b;
        }
    }

    /** The context captured in a block (the literal or a heap copy of it), as its invoke function sees it. */
    public static long context(MemorySegment block) {
        return Block_literal.context(block.reinterpret(Block_literal.sizeof()));
    }
}
