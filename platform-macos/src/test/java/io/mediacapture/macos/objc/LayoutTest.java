package io.mediacapture.macos.objc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.macos.media.CMTime;
import io.mediacapture.macos.media.MediaLayouts;
import io.mediacapture.macos.testing.NativeFixture;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java layouts against the C compiler: src/test/native/layouts.c restates each struct from Apple's
 * documentation and the Block ABI, and gcc computes sizes and offsets (LP64 with natural alignment, as on
 * both macOS architectures).
 */
class LayoutTest {
    private static final Map<String, Long> C = new HashMap<>();

    @BeforeAll
    static void compile() {
        for (String line : NativeFixture.layoutReport()) {
            String[] p = line.split(" ");
            C.put(p[0], Long.parseLong(p[1]));
        }
    }

    private static void check(String cName, GroupLayout layout, List<String> fields) {
        assertEquals(C.get(cName), layout.byteSize(), cName + " size");
        for (String f : fields) {
            assertEquals(C.get(cName + "." + f), layout.byteOffset(MemoryLayout.PathElement.groupElement(f)),
                    cName + "." + f + " offset");
        }
    }

    @Test
    void cmTime() {
        check("CMTime", CMTime.LAYOUT, List.of("value", "timescale", "flags", "epoch"));
    }

    @Test
    void cmVideoDimensions() {
        check("CMVideoDimensions", MediaLayouts.CM_VIDEO_DIMENSIONS, List.of("width", "height"));
    }

    @Test
    void audioStreamBasicDescription() {
        check("AudioStreamBasicDescription", MediaLayouts.AUDIO_STREAM_BASIC_DESCRIPTION, List.of("mSampleRate",
                "mFormatID", "mFormatFlags", "mBytesPerPacket", "mFramesPerPacket", "mBytesPerFrame",
                "mChannelsPerFrame", "mBitsPerChannel", "mReserved"));
    }

    @Test
    void audioBufferList() {
        check("AudioBuffer", MediaLayouts.AUDIO_BUFFER, List.of("mNumberChannels", "mDataByteSize", "mData"));
        check("AudioBufferList", MediaLayouts.AUDIO_BUFFER_LIST, List.of("mNumberBuffers", "mBuffers"));
    }

    @Test
    void blockLiteralAndDescriptor() {
        check("Block_literal", BlockLiteral.LAYOUT, List.of("isa", "flags", "reserved", "invoke", "descriptor", "context"));
        check("Block_descriptor", BlockLiteral.DESCRIPTOR_LAYOUT, List.of("reserved", "size", "signature"));
    }
}
