package io.mediacapture.macos.objc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.macos.avfoundation.AccessRequests;
import io.mediacapture.macos.testing.NativeFixture;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Block literals built in Java, handed to clang-compiled code that treats them as a real
 * {@code void (^)(signed char)}: {@code Block_copy} (libBlocksRuntime) copies the literal to the heap, the
 * literal's memory is then freed and overwritten, and the copy is invoked later on another native thread by
 * compiler-generated block invocation -- the lifecycle {@code requestAccessForMediaType:completionHandler:}
 * puts a completion handler through.
 */
class BlockLiteralTest {
    private static final int BLOCK_NEEDS_FREE = 1 << 24;

    @Test
    void survivesBlockCopyAndIsInvokedFromAnotherThread() throws Throwable {
        SymbolLookup lib = NativeFixture.blocksCaller();
        MemorySegment stackIsa = lib.find("_NSConcreteStackBlock").orElseThrow();
        MethodHandle keep = NativeFixture.function(lib, "mc_keep", FunctionDescriptor.ofVoid(ADDRESS));
        MethodHandle saved = NativeFixture.function(lib, "mc_saved", FunctionDescriptor.of(ADDRESS));
        MethodHandle fire = NativeFixture.function(lib, "mc_fire_on_thread", FunctionDescriptor.of(JAVA_INT, JAVA_BYTE));

        BlockLiteral.Kind kind = AccessRequests.kind(stackIsa);
        MemorySegment[] literal = new MemorySegment[1];
        CompletableFuture<Boolean> granted = AccessRequests.request(kind, block -> {
            literal[0] = block;
            try {
                keep.invokeExact(block);
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
            // what the runtime copied must not depend on the literal any more
            block.fill((byte) 0x5a);
        });
        MemorySegment copy = ((MemorySegment) saved.invokeExact()).reinterpret(BlockLiteral.LAYOUT.byteSize());
        assertNotEquals(literal[0].address(), copy.address(), "Block_copy moved the stack block to the heap");
        // BLOCK_NEEDS_FREE plus a reference count of 1: the runtime took its stack-block copy path. (Debian's
        // libBlocksRuntime 0.4.1 leaves the copy's isa at _NSConcreteStackBlock, as it does for clang's own
        // blocks; Apple's runtime sets _NSConcreteMallocBlock, so the isa is not asserted.)
        int flags = copy.get(ValueLayout.JAVA_INT, 8);
        assertEquals(BLOCK_NEEDS_FREE | 1, flags & (BLOCK_NEEDS_FREE | 0xffff), Integer.toHexString(flags));
        assertTrue((flags & BlockLiteral.BLOCK_HAS_SIGNATURE) != 0);
        assertEquals(BlockLiteral.LAYOUT.byteSize(), 40);
        assertFalse(granted.isDone());
        assertEquals(1, AccessRequests.pending());

        assertEquals(0, (int) fire.invokeExact((byte) 1));
        assertTrue(granted.get(5, TimeUnit.SECONDS));
        assertEquals(0, AccessRequests.pending());

        CompletableFuture<Boolean> refused = AccessRequests.request(kind, block -> {
            try {
                keep.invokeExact(block);
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        });
        assertEquals(0, (int) fire.invokeExact((byte) 0));
        assertFalse(refused.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailedSendCompletesTheRequestExceptionally() {
        try (Arena a = Arena.ofConfined()) {
            BlockLiteral.Kind kind = BlockLiteral.Kind.create(a.allocate(8), a.allocate(8), "v12@?0c8");
            CompletableFuture<Boolean> f = AccessRequests.request(kind, b -> {
                throw new IllegalStateException("send failed");
            });
            assertTrue(f.isCompletedExceptionally());
        }
    }

    @Test
    void literalFieldsAreWhereTheAbiSays() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment isa = a.allocate(8);
            MemorySegment invoke = a.allocate(8);
            BlockLiteral.Kind kind = BlockLiteral.Kind.create(isa, invoke, "v12@?0c8");
            MemorySegment b = kind.newLiteral(a, 0x1234_5678_9abcL);
            assertEquals(isa, b.get(ValueLayout.ADDRESS, 0));
            assertEquals(BlockLiteral.BLOCK_HAS_SIGNATURE, b.get(ValueLayout.JAVA_INT, 8));
            assertEquals(0, b.get(ValueLayout.JAVA_INT, 12));
            assertEquals(invoke, b.get(ValueLayout.ADDRESS, 16));
            MemorySegment d = b.get(ValueLayout.ADDRESS, 24).reinterpret(24);
            assertEquals(0L, d.get(ValueLayout.JAVA_LONG, 0));
            assertEquals(40L, d.get(ValueLayout.JAVA_LONG, 8), "descriptor size covers the captured context");
            assertEquals("v12@?0c8", d.get(ValueLayout.ADDRESS, 16).reinterpret(64).getString(0));
            assertEquals(0x1234_5678_9abcL, BlockLiteral.context(b));
        }
    }
}
