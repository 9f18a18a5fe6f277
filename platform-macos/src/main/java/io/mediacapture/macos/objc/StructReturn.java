package io.mediacapture.macos.objc;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.util.Locale;

/**
 * Which Apple dispatch entry point a signature needs. On x86_64 a struct larger than 16 bytes (CMTime is 24)
 * is returned through a hidden pointer passed as the first argument; objc_msgSend would then take that
 * pointer for the receiver, so such sends go through {@code objc_msgSend_stret}, which expects it. On arm64
 * the hidden pointer travels in x8, outside the argument registers, so plain objc_msgSend serves every
 * signature and {@code objc_msgSend_stret} does not exist. Structs of 16 bytes or less come back in
 * registers on both (CMVideoDimensions, CGSize). Structs containing long double, which x86_64 also returns in
 * memory, cannot be described to FFM and do not occur in the APIs used here.
 */
public final class StructReturn {
    private StructReturn() {}

    /** The CPU architectures the Apple runtime runs on. */
    public enum Arch {
        X86_64, ARM64;

        /** This JVM's architecture, from {@code os.arch}. */
        public static Arch current() {
            String a = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            return switch (a) {
                case "amd64", "x86_64" -> X86_64;
                case "aarch64", "arm64" -> ARM64;
                default -> throw new ObjcException("the Objective-C bridge supports x86_64 and arm64, not " + a);
            };
        }
    }

    /** Whether a send of {@code signature} must use {@code objc_msgSend_stret} on {@code arch}. */
    public static boolean needsStret(FunctionDescriptor signature, Arch arch) {
        return arch == Arch.X86_64 && signature.returnLayout().map(StructReturn::inMemoryOnX86_64).orElse(false);
    }

    private static boolean inMemoryOnX86_64(MemoryLayout l) {
        return l instanceof GroupLayout && l.byteSize() > 16;
    }
}
