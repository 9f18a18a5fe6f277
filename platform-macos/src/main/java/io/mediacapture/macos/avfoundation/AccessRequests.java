package io.mediacapture.macos.avfoundation;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import io.mediacapture.macos.objc.BlockLiteral;
import io.mediacapture.macos.objc.StructReturn;
import io.mediacapture.macos.objc.Upcalls;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Completion handlers of type {@code void (^)(BOOL granted)} for {@code requestAccessForMediaType:completionHandler:},
 * built in Java as {@link BlockLiteral}s that carry a request number. The invoke function completes the future
 * registered under that number. The block kind (invoke stub, descriptor) is created once per process.
 */
public final class AccessRequests {
    private static final Map<Long, CompletableFuture<Boolean>> PENDING = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();
    private static final Map<Long, BlockLiteral.Kind> KINDS = new ConcurrentHashMap<>();

    private AccessRequests() {}

    /**
     * The block kind for a runtime whose {@code _NSConcreteStackBlock} is at {@code stackBlockIsa}. Its
     * signature encodes BOOL as the platform does: {@code c} (signed char) on x86_64, {@code B} (bool) on arm64.
     */
    public static BlockLiteral.Kind kind(MemorySegment stackBlockIsa) {
        return KINDS.computeIfAbsent(stackBlockIsa.address(), a -> {
            try {
                var invoke = MethodHandles.lookup().findStatic(AccessRequests.class, "invoke",
                        MethodType.methodType(void.class, MemorySegment.class, byte.class));
                MemorySegment stub = Upcalls.stub(invoke, FunctionDescriptor.ofVoid(ADDRESS, JAVA_BYTE),
                        "access completion handler", Arena.global());
                String bool = StructReturn.Arch.current() == StructReturn.Arch.ARM64 ? "B" : "c";
                return BlockLiteral.Kind.create(stackBlockIsa, stub, "v12@?0" + bool + "8");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Registers a request, builds its block and hands it to {@code send} (which passes it to the OS); the
     * literal is freed when {@code send} returns, since the OS keeps a heap copy. Completes when the block is
     * invoked; completes exceptionally if {@code send} throws.
     */
    public static CompletableFuture<Boolean> request(BlockLiteral.Kind kind, Consumer<MemorySegment> send) {
        long id = IDS.incrementAndGet();
        CompletableFuture<Boolean> f = new CompletableFuture<>();
        PENDING.put(id, f);
        try (Arena a = Arena.ofConfined()) {
            send.accept(kind.newLiteral(a, id));
        } catch (RuntimeException | Error e) {
            PENDING.remove(id);
            f.completeExceptionally(e);
        }
        return f;
    }

    /** Requests still waiting for the user (for tests and diagnostics). */
    public static int pending() {
        return PENDING.size();
    }

    private static void invoke(MemorySegment block, byte granted) {
        try {
            CompletableFuture<Boolean> f = PENDING.remove(BlockLiteral.context(block));
            if (f != null) {
                f.complete(granted != 0);
            }
        } catch (Throwable t) {
            System.getLogger("io.mediacapture.macos").log(System.Logger.Level.ERROR, "access completion failed", t);
        }
    }
}
