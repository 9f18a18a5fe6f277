package io.mediacapture.macos.objc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.macos.media.CMTime;
import io.mediacapture.macos.bindings.AudioStreamBasicDescription;
import io.mediacapture.macos.bindings.CMVideoDimensions;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import org.junit.jupiter.api.Test;

class StructReturnTest {
    private static FunctionDescriptor returning(MemoryLayout l) {
        return FunctionDescriptor.of(l, ADDRESS, ADDRESS);
    }

    @Test
    void cmTimeNeedsStretOnX86_64Only() {
        assertTrue(StructReturn.needsStret(returning(CMTime.LAYOUT), StructReturn.Arch.X86_64));
        assertFalse(StructReturn.needsStret(returning(CMTime.LAYOUT), StructReturn.Arch.ARM64));
    }

    @Test
    void smallStructsScalarsAndVoidUsePlainMsgSend() {
        MemoryLayout sixteen = MemoryLayout.structLayout(JAVA_DOUBLE, JAVA_DOUBLE); // CGSize
        for (StructReturn.Arch arch : StructReturn.Arch.values()) {
            assertFalse(StructReturn.needsStret(returning(CMVideoDimensions.layout()), arch));
            assertFalse(StructReturn.needsStret(returning(sixteen), arch));
            assertFalse(StructReturn.needsStret(returning(JAVA_DOUBLE), arch));
            assertFalse(StructReturn.needsStret(FunctionDescriptor.ofVoid(ADDRESS, ADDRESS), arch));
        }
        assertTrue(StructReturn.needsStret(returning(AudioStreamBasicDescription.layout()), StructReturn.Arch.X86_64));
    }
}
