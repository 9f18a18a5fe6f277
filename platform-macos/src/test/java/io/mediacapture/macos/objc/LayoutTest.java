package io.mediacapture.macos.objc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.macos.bindings.AudioBuffer;
import io.mediacapture.macos.bindings.AudioBufferList;
import io.mediacapture.macos.bindings.AudioObjectPropertyAddress;
import io.mediacapture.macos.bindings.AudioStreamBasicDescription;
import io.mediacapture.macos.bindings.Block_descriptor;
import io.mediacapture.macos.bindings.Block_literal;
import io.mediacapture.macos.bindings.CMTime;
import io.mediacapture.macos.bindings.CMVideoDimensions;
import io.mediacapture.macos.bindings.NSOperatingSystemVersion;
import io.mediacapture.macos.testing.NativeFixture;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The struct classes of {@code io.mediacapture.macos.bindings} against the C compiler: src/test/native/layouts.c restates each struct from Apple's
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
        check("CMTime", CMTime.layout(), List.of("value", "timescale", "flags", "epoch"));
    }

    @Test
    void cmVideoDimensions() {
        check("CMVideoDimensions", CMVideoDimensions.layout(), List.of("width", "height"));
    }

    @Test
    void audioStreamBasicDescription() {
        check("AudioStreamBasicDescription", AudioStreamBasicDescription.layout(), List.of("mSampleRate",
                "mFormatID", "mFormatFlags", "mBytesPerPacket", "mFramesPerPacket", "mBytesPerFrame",
                "mChannelsPerFrame", "mBitsPerChannel", "mReserved"));
    }

    @Test
    void audioBufferList() {
        check("AudioBuffer", AudioBuffer.layout(), List.of("mNumberChannels", "mDataByteSize", "mData"));
        check("AudioBufferList", AudioBufferList.layout(), List.of("mNumberBuffers", "mBuffers"));
    }

    @Test
    void blockLiteralAndDescriptor() {
        assertEquals(Block_literal.layout(), BlockLiteral.LAYOUT);
        check("Block_literal", Block_literal.layout(), List.of("isa", "flags", "reserved", "invoke", "descriptor", "context"));
        check("Block_descriptor", Block_descriptor.layout(), List.of("reserved", "size", "signature"));
    }

    @Test
    void nsOperatingSystemVersion() {
        check("NSOperatingSystemVersion", NSOperatingSystemVersion.layout(),
                List.of("majorVersion", "minorVersion", "patchVersion"));
    }

    @Test
    void audioObjectPropertyAddress() {
        check("AudioObjectPropertyAddress", AudioObjectPropertyAddress.layout(), List.of("mSelector", "mScope", "mElement"));
    }

    @Test
    void everyStructOfTheBindingsIsChecked() {
        // a struct class added to bindings without a line in layouts.c fails here
        for (String name : List.of("CMTime", "CMVideoDimensions", "AudioStreamBasicDescription", "AudioBuffer",
                "AudioBufferList", "Block_literal", "Block_descriptor", "NSOperatingSystemVersion",
                "AudioObjectPropertyAddress")) {
            assertEquals(true, C.containsKey(name), name + " missing from layouts.c");
        }
    }
}
