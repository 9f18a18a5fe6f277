// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.spa --header-class-name spa_h /usr/include/spa-0.2/spa/utils/defs.h /usr/include/spa-0.2/spa/utils/type.h /usr/include/spa-0.2/spa/utils/hook.h /usr/include/spa-0.2/spa/utils/dict.h /usr/include/spa-0.2/spa/buffer/buffer.h /usr/include/spa-0.2/spa/buffer/meta.h /usr/include/spa-0.2/spa/param/param.h /usr/include/spa-0.2/spa/param/format.h /usr/include/spa-0.2/spa/param/buffers.h /usr/include/spa-0.2/spa/param/video/raw.h /usr/include/spa-0.2/spa/param/audio/raw.h /usr/include/spa-0.2/spa/pod/pod.h (header class: functions and constants)
// The full option list of this package is bindings/jextract/spa.args; regenerate with
// bindings/jextract/regenerate.sh (see there for the deliberate differences from raw jextract output).

package io.mediacapture.bindings.spa;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * Constants of the SPA headers ({@code spa/utils/type.h}, {@code spa/param/*}, {@code spa/buffer/*},
 * {@code spa/pod/pod.h}) in the shape jextract emits: each constant is a static method. SPA is header-only for a
 * client, so this class binds no functions; its static inline functions and macros are written in Java in
 * {@code io.mediacapture.bindings.pipewire.inline} and {@code io.mediacapture.bindings.spa.pod}.
 */
@SuppressWarnings({"unused", "restricted"})
public class spa_h {

    spa_h() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();

    public static final ValueLayout.OfBoolean C_BOOL = ValueLayout.JAVA_BOOLEAN;
    public static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    public static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    public static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    public static final ValueLayout.OfLong C_LONG_LONG = ValueLayout.JAVA_LONG;
    public static final ValueLayout.OfFloat C_FLOAT = ValueLayout.JAVA_FLOAT;
    public static final ValueLayout.OfDouble C_DOUBLE = ValueLayout.JAVA_DOUBLE;
    public static final AddressLayout C_POINTER = ValueLayout.ADDRESS
            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, ValueLayout.JAVA_BYTE));
    /**
     * C {@code long} and {@code size_t}, from the linker's canonical layouts rather than assumed 8 bytes. The
     * supported platforms (x86_64 and aarch64 Linux) are LP64; on another data model this cast fails at class
     * initialisation instead of producing wrong layouts.
     */
    public static final ValueLayout.OfLong C_LONG = (ValueLayout.OfLong) Linker.nativeLinker().canonicalLayouts().get("long");

    /**
     * A C struct layout: inserts the padding the C compiler puts before each member (from the member's
     * alignment) and after the last one, so layouts never hard-code pointer sizes.
     */
    public static GroupLayout structLayout(String name, MemoryLayout... members) {
        List<MemoryLayout> padded = new ArrayList<>();
        long offset = 0;
        long maxAlign = 1;
        for (MemoryLayout m : members) {
            long align = m.byteAlignment();
            maxAlign = Math.max(maxAlign, align);
            long pad = (align - offset % align) % align;
            if (pad > 0) {
                padded.add(MemoryLayout.paddingLayout(pad));
                offset += pad;
            }
            padded.add(m);
            offset += m.byteSize();
        }
        long tail = (maxAlign - offset % maxAlign) % maxAlign;
        if (tail > 0) {
            padded.add(MemoryLayout.paddingLayout(tail));
        }
        return MemoryLayout.structLayout(padded.toArray(MemoryLayout[]::new)).withName(name);
    }

    static MethodHandle upcallHandle(Class<?> fi, String name, FunctionDescriptor fdesc) {
        try {
            return MethodHandles.lookup().findVirtual(fi, name, fdesc.toMethodType());
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    private static final int SPA_DIRECTION_INPUT = (int) 0L;

    /** {@snippet lang=c : SPA_DIRECTION_INPUT } */
    public static int SPA_DIRECTION_INPUT() {
        return SPA_DIRECTION_INPUT;
    }

    private static final int SPA_DIRECTION_OUTPUT = (int) 1L;

    /** {@snippet lang=c : SPA_DIRECTION_OUTPUT } */
    public static int SPA_DIRECTION_OUTPUT() {
        return SPA_DIRECTION_OUTPUT;
    }

    private static final int SPA_TYPE_START = (int) 0L;

    /** {@snippet lang=c : SPA_TYPE_START } */
    public static int SPA_TYPE_START() {
        return SPA_TYPE_START;
    }

    private static final int SPA_TYPE_None = (int) 1L;

    /** {@snippet lang=c : SPA_TYPE_None } */
    public static int SPA_TYPE_None() {
        return SPA_TYPE_None;
    }

    private static final int SPA_TYPE_Bool = (int) 2L;

    /** {@snippet lang=c : SPA_TYPE_Bool } */
    public static int SPA_TYPE_Bool() {
        return SPA_TYPE_Bool;
    }

    private static final int SPA_TYPE_Id = (int) 3L;

    /** {@snippet lang=c : SPA_TYPE_Id } */
    public static int SPA_TYPE_Id() {
        return SPA_TYPE_Id;
    }

    private static final int SPA_TYPE_Int = (int) 4L;

    /** {@snippet lang=c : SPA_TYPE_Int } */
    public static int SPA_TYPE_Int() {
        return SPA_TYPE_Int;
    }

    private static final int SPA_TYPE_Long = (int) 5L;

    /** {@snippet lang=c : SPA_TYPE_Long } */
    public static int SPA_TYPE_Long() {
        return SPA_TYPE_Long;
    }

    private static final int SPA_TYPE_Float = (int) 6L;

    /** {@snippet lang=c : SPA_TYPE_Float } */
    public static int SPA_TYPE_Float() {
        return SPA_TYPE_Float;
    }

    private static final int SPA_TYPE_Double = (int) 7L;

    /** {@snippet lang=c : SPA_TYPE_Double } */
    public static int SPA_TYPE_Double() {
        return SPA_TYPE_Double;
    }

    private static final int SPA_TYPE_String = (int) 8L;

    /** {@snippet lang=c : SPA_TYPE_String } */
    public static int SPA_TYPE_String() {
        return SPA_TYPE_String;
    }

    private static final int SPA_TYPE_Bytes = (int) 9L;

    /** {@snippet lang=c : SPA_TYPE_Bytes } */
    public static int SPA_TYPE_Bytes() {
        return SPA_TYPE_Bytes;
    }

    private static final int SPA_TYPE_Rectangle = (int) 10L;

    /** {@snippet lang=c : SPA_TYPE_Rectangle } */
    public static int SPA_TYPE_Rectangle() {
        return SPA_TYPE_Rectangle;
    }

    private static final int SPA_TYPE_Fraction = (int) 11L;

    /** {@snippet lang=c : SPA_TYPE_Fraction } */
    public static int SPA_TYPE_Fraction() {
        return SPA_TYPE_Fraction;
    }

    private static final int SPA_TYPE_Bitmap = (int) 12L;

    /** {@snippet lang=c : SPA_TYPE_Bitmap } */
    public static int SPA_TYPE_Bitmap() {
        return SPA_TYPE_Bitmap;
    }

    private static final int SPA_TYPE_Array = (int) 13L;

    /** {@snippet lang=c : SPA_TYPE_Array } */
    public static int SPA_TYPE_Array() {
        return SPA_TYPE_Array;
    }

    private static final int SPA_TYPE_Struct = (int) 14L;

    /** {@snippet lang=c : SPA_TYPE_Struct } */
    public static int SPA_TYPE_Struct() {
        return SPA_TYPE_Struct;
    }

    private static final int SPA_TYPE_Object = (int) 15L;

    /** {@snippet lang=c : SPA_TYPE_Object } */
    public static int SPA_TYPE_Object() {
        return SPA_TYPE_Object;
    }

    private static final int SPA_TYPE_Sequence = (int) 16L;

    /** {@snippet lang=c : SPA_TYPE_Sequence } */
    public static int SPA_TYPE_Sequence() {
        return SPA_TYPE_Sequence;
    }

    private static final int SPA_TYPE_Pointer = (int) 17L;

    /** {@snippet lang=c : SPA_TYPE_Pointer } */
    public static int SPA_TYPE_Pointer() {
        return SPA_TYPE_Pointer;
    }

    private static final int SPA_TYPE_Fd = (int) 18L;

    /** {@snippet lang=c : SPA_TYPE_Fd } */
    public static int SPA_TYPE_Fd() {
        return SPA_TYPE_Fd;
    }

    private static final int SPA_TYPE_Choice = (int) 19L;

    /** {@snippet lang=c : SPA_TYPE_Choice } */
    public static int SPA_TYPE_Choice() {
        return SPA_TYPE_Choice;
    }

    private static final int SPA_TYPE_Pod = (int) 20L;

    /** {@snippet lang=c : SPA_TYPE_Pod } */
    public static int SPA_TYPE_Pod() {
        return SPA_TYPE_Pod;
    }

    private static final int SPA_TYPE_POINTER_Buffer = (int) 65537L;

    /** {@snippet lang=c : SPA_TYPE_POINTER_Buffer } */
    public static int SPA_TYPE_POINTER_Buffer() {
        return SPA_TYPE_POINTER_Buffer;
    }

    private static final int SPA_TYPE_POINTER_Meta = (int) 65538L;

    /** {@snippet lang=c : SPA_TYPE_POINTER_Meta } */
    public static int SPA_TYPE_POINTER_Meta() {
        return SPA_TYPE_POINTER_Meta;
    }

    private static final int SPA_TYPE_POINTER_Dict = (int) 65539L;

    /** {@snippet lang=c : SPA_TYPE_POINTER_Dict } */
    public static int SPA_TYPE_POINTER_Dict() {
        return SPA_TYPE_POINTER_Dict;
    }

    private static final int SPA_TYPE_EVENT_Device = (int) 131073L;

    /** {@snippet lang=c : SPA_TYPE_EVENT_Device } */
    public static int SPA_TYPE_EVENT_Device() {
        return SPA_TYPE_EVENT_Device;
    }

    private static final int SPA_TYPE_EVENT_Node = (int) 131074L;

    /** {@snippet lang=c : SPA_TYPE_EVENT_Node } */
    public static int SPA_TYPE_EVENT_Node() {
        return SPA_TYPE_EVENT_Node;
    }

    private static final int SPA_TYPE_COMMAND_Device = (int) 196609L;

    /** {@snippet lang=c : SPA_TYPE_COMMAND_Device } */
    public static int SPA_TYPE_COMMAND_Device() {
        return SPA_TYPE_COMMAND_Device;
    }

    private static final int SPA_TYPE_COMMAND_Node = (int) 196610L;

    /** {@snippet lang=c : SPA_TYPE_COMMAND_Node } */
    public static int SPA_TYPE_COMMAND_Node() {
        return SPA_TYPE_COMMAND_Node;
    }

    private static final int SPA_TYPE_OBJECT_PropInfo = (int) 262145L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_PropInfo } */
    public static int SPA_TYPE_OBJECT_PropInfo() {
        return SPA_TYPE_OBJECT_PropInfo;
    }

    private static final int SPA_TYPE_OBJECT_Props = (int) 262146L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_Props } */
    public static int SPA_TYPE_OBJECT_Props() {
        return SPA_TYPE_OBJECT_Props;
    }

    private static final int SPA_TYPE_OBJECT_Format = (int) 262147L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_Format } */
    public static int SPA_TYPE_OBJECT_Format() {
        return SPA_TYPE_OBJECT_Format;
    }

    private static final int SPA_TYPE_OBJECT_ParamBuffers = (int) 262148L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_ParamBuffers } */
    public static int SPA_TYPE_OBJECT_ParamBuffers() {
        return SPA_TYPE_OBJECT_ParamBuffers;
    }

    private static final int SPA_TYPE_OBJECT_ParamMeta = (int) 262149L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_ParamMeta } */
    public static int SPA_TYPE_OBJECT_ParamMeta() {
        return SPA_TYPE_OBJECT_ParamMeta;
    }

    private static final int SPA_TYPE_OBJECT_ParamIO = (int) 262150L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_ParamIO } */
    public static int SPA_TYPE_OBJECT_ParamIO() {
        return SPA_TYPE_OBJECT_ParamIO;
    }

    private static final int SPA_TYPE_OBJECT_ParamProfile = (int) 262151L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_ParamProfile } */
    public static int SPA_TYPE_OBJECT_ParamProfile() {
        return SPA_TYPE_OBJECT_ParamProfile;
    }

    private static final int SPA_TYPE_OBJECT_ParamPortConfig = (int) 262152L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_ParamPortConfig } */
    public static int SPA_TYPE_OBJECT_ParamPortConfig() {
        return SPA_TYPE_OBJECT_ParamPortConfig;
    }

    private static final int SPA_TYPE_OBJECT_ParamRoute = (int) 262153L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_ParamRoute } */
    public static int SPA_TYPE_OBJECT_ParamRoute() {
        return SPA_TYPE_OBJECT_ParamRoute;
    }

    private static final int SPA_TYPE_OBJECT_Profiler = (int) 262154L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_Profiler } */
    public static int SPA_TYPE_OBJECT_Profiler() {
        return SPA_TYPE_OBJECT_Profiler;
    }

    private static final int SPA_TYPE_OBJECT_ParamLatency = (int) 262155L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_ParamLatency } */
    public static int SPA_TYPE_OBJECT_ParamLatency() {
        return SPA_TYPE_OBJECT_ParamLatency;
    }

    private static final int SPA_TYPE_OBJECT_ParamProcessLatency = (int) 262156L;

    /** {@snippet lang=c : SPA_TYPE_OBJECT_ParamProcessLatency } */
    public static int SPA_TYPE_OBJECT_ParamProcessLatency() {
        return SPA_TYPE_OBJECT_ParamProcessLatency;
    }

    private static final int SPA_TYPE_VENDOR_PipeWire = (int) 33554432L;

    /** {@snippet lang=c : SPA_TYPE_VENDOR_PipeWire } */
    public static int SPA_TYPE_VENDOR_PipeWire() {
        return SPA_TYPE_VENDOR_PipeWire;
    }

    private static final int SPA_TYPE_VENDOR_Other = (int) 2130706432L;

    /** {@snippet lang=c : SPA_TYPE_VENDOR_Other } */
    public static int SPA_TYPE_VENDOR_Other() {
        return SPA_TYPE_VENDOR_Other;
    }

    private static final int SPA_PARAM_Invalid = (int) 0L;

    /** {@snippet lang=c : SPA_PARAM_Invalid } */
    public static int SPA_PARAM_Invalid() {
        return SPA_PARAM_Invalid;
    }

    private static final int SPA_PARAM_PropInfo = (int) 1L;

    /** {@snippet lang=c : SPA_PARAM_PropInfo } */
    public static int SPA_PARAM_PropInfo() {
        return SPA_PARAM_PropInfo;
    }

    private static final int SPA_PARAM_Props = (int) 2L;

    /** {@snippet lang=c : SPA_PARAM_Props } */
    public static int SPA_PARAM_Props() {
        return SPA_PARAM_Props;
    }

    private static final int SPA_PARAM_EnumFormat = (int) 3L;

    /** {@snippet lang=c : SPA_PARAM_EnumFormat } */
    public static int SPA_PARAM_EnumFormat() {
        return SPA_PARAM_EnumFormat;
    }

    private static final int SPA_PARAM_Format = (int) 4L;

    /** {@snippet lang=c : SPA_PARAM_Format } */
    public static int SPA_PARAM_Format() {
        return SPA_PARAM_Format;
    }

    private static final int SPA_PARAM_Buffers = (int) 5L;

    /** {@snippet lang=c : SPA_PARAM_Buffers } */
    public static int SPA_PARAM_Buffers() {
        return SPA_PARAM_Buffers;
    }

    private static final int SPA_PARAM_Meta = (int) 6L;

    /** {@snippet lang=c : SPA_PARAM_Meta } */
    public static int SPA_PARAM_Meta() {
        return SPA_PARAM_Meta;
    }

    private static final int SPA_PARAM_IO = (int) 7L;

    /** {@snippet lang=c : SPA_PARAM_IO } */
    public static int SPA_PARAM_IO() {
        return SPA_PARAM_IO;
    }

    private static final int SPA_PARAM_EnumProfile = (int) 8L;

    /** {@snippet lang=c : SPA_PARAM_EnumProfile } */
    public static int SPA_PARAM_EnumProfile() {
        return SPA_PARAM_EnumProfile;
    }

    private static final int SPA_PARAM_Profile = (int) 9L;

    /** {@snippet lang=c : SPA_PARAM_Profile } */
    public static int SPA_PARAM_Profile() {
        return SPA_PARAM_Profile;
    }

    private static final int SPA_PARAM_EnumPortConfig = (int) 10L;

    /** {@snippet lang=c : SPA_PARAM_EnumPortConfig } */
    public static int SPA_PARAM_EnumPortConfig() {
        return SPA_PARAM_EnumPortConfig;
    }

    private static final int SPA_PARAM_PortConfig = (int) 11L;

    /** {@snippet lang=c : SPA_PARAM_PortConfig } */
    public static int SPA_PARAM_PortConfig() {
        return SPA_PARAM_PortConfig;
    }

    private static final int SPA_PARAM_EnumRoute = (int) 12L;

    /** {@snippet lang=c : SPA_PARAM_EnumRoute } */
    public static int SPA_PARAM_EnumRoute() {
        return SPA_PARAM_EnumRoute;
    }

    private static final int SPA_PARAM_Route = (int) 13L;

    /** {@snippet lang=c : SPA_PARAM_Route } */
    public static int SPA_PARAM_Route() {
        return SPA_PARAM_Route;
    }

    private static final int SPA_PARAM_Control = (int) 14L;

    /** {@snippet lang=c : SPA_PARAM_Control } */
    public static int SPA_PARAM_Control() {
        return SPA_PARAM_Control;
    }

    private static final int SPA_PARAM_Latency = (int) 15L;

    /** {@snippet lang=c : SPA_PARAM_Latency } */
    public static int SPA_PARAM_Latency() {
        return SPA_PARAM_Latency;
    }

    private static final int SPA_PARAM_ProcessLatency = (int) 16L;

    /** {@snippet lang=c : SPA_PARAM_ProcessLatency } */
    public static int SPA_PARAM_ProcessLatency() {
        return SPA_PARAM_ProcessLatency;
    }

    private static final int SPA_MEDIA_TYPE_unknown = (int) 0L;

    /** {@snippet lang=c : SPA_MEDIA_TYPE_unknown } */
    public static int SPA_MEDIA_TYPE_unknown() {
        return SPA_MEDIA_TYPE_unknown;
    }

    private static final int SPA_MEDIA_TYPE_audio = (int) 1L;

    /** {@snippet lang=c : SPA_MEDIA_TYPE_audio } */
    public static int SPA_MEDIA_TYPE_audio() {
        return SPA_MEDIA_TYPE_audio;
    }

    private static final int SPA_MEDIA_TYPE_video = (int) 2L;

    /** {@snippet lang=c : SPA_MEDIA_TYPE_video } */
    public static int SPA_MEDIA_TYPE_video() {
        return SPA_MEDIA_TYPE_video;
    }

    private static final int SPA_MEDIA_TYPE_image = (int) 3L;

    /** {@snippet lang=c : SPA_MEDIA_TYPE_image } */
    public static int SPA_MEDIA_TYPE_image() {
        return SPA_MEDIA_TYPE_image;
    }

    private static final int SPA_MEDIA_TYPE_binary = (int) 4L;

    /** {@snippet lang=c : SPA_MEDIA_TYPE_binary } */
    public static int SPA_MEDIA_TYPE_binary() {
        return SPA_MEDIA_TYPE_binary;
    }

    private static final int SPA_MEDIA_TYPE_stream = (int) 5L;

    /** {@snippet lang=c : SPA_MEDIA_TYPE_stream } */
    public static int SPA_MEDIA_TYPE_stream() {
        return SPA_MEDIA_TYPE_stream;
    }

    private static final int SPA_MEDIA_TYPE_application = (int) 6L;

    /** {@snippet lang=c : SPA_MEDIA_TYPE_application } */
    public static int SPA_MEDIA_TYPE_application() {
        return SPA_MEDIA_TYPE_application;
    }

    private static final int SPA_MEDIA_SUBTYPE_unknown = (int) 0L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_unknown } */
    public static int SPA_MEDIA_SUBTYPE_unknown() {
        return SPA_MEDIA_SUBTYPE_unknown;
    }

    private static final int SPA_MEDIA_SUBTYPE_raw = (int) 1L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_raw } */
    public static int SPA_MEDIA_SUBTYPE_raw() {
        return SPA_MEDIA_SUBTYPE_raw;
    }

    private static final int SPA_MEDIA_SUBTYPE_dsp = (int) 2L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_dsp } */
    public static int SPA_MEDIA_SUBTYPE_dsp() {
        return SPA_MEDIA_SUBTYPE_dsp;
    }

    private static final int SPA_MEDIA_SUBTYPE_iec958 = (int) 3L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_iec958 } */
    public static int SPA_MEDIA_SUBTYPE_iec958() {
        return SPA_MEDIA_SUBTYPE_iec958;
    }

    private static final int SPA_MEDIA_SUBTYPE_dsd = (int) 4L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_dsd } */
    public static int SPA_MEDIA_SUBTYPE_dsd() {
        return SPA_MEDIA_SUBTYPE_dsd;
    }

    private static final int SPA_MEDIA_SUBTYPE_START_Audio = (int) 65536L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_START_Audio } */
    public static int SPA_MEDIA_SUBTYPE_START_Audio() {
        return SPA_MEDIA_SUBTYPE_START_Audio;
    }

    private static final int SPA_MEDIA_SUBTYPE_mp3 = (int) 65537L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_mp3 } */
    public static int SPA_MEDIA_SUBTYPE_mp3() {
        return SPA_MEDIA_SUBTYPE_mp3;
    }

    private static final int SPA_MEDIA_SUBTYPE_aac = (int) 65538L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_aac } */
    public static int SPA_MEDIA_SUBTYPE_aac() {
        return SPA_MEDIA_SUBTYPE_aac;
    }

    private static final int SPA_MEDIA_SUBTYPE_vorbis = (int) 65539L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_vorbis } */
    public static int SPA_MEDIA_SUBTYPE_vorbis() {
        return SPA_MEDIA_SUBTYPE_vorbis;
    }

    private static final int SPA_MEDIA_SUBTYPE_wma = (int) 65540L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_wma } */
    public static int SPA_MEDIA_SUBTYPE_wma() {
        return SPA_MEDIA_SUBTYPE_wma;
    }

    private static final int SPA_MEDIA_SUBTYPE_ra = (int) 65541L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_ra } */
    public static int SPA_MEDIA_SUBTYPE_ra() {
        return SPA_MEDIA_SUBTYPE_ra;
    }

    private static final int SPA_MEDIA_SUBTYPE_sbc = (int) 65542L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_sbc } */
    public static int SPA_MEDIA_SUBTYPE_sbc() {
        return SPA_MEDIA_SUBTYPE_sbc;
    }

    private static final int SPA_MEDIA_SUBTYPE_adpcm = (int) 65543L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_adpcm } */
    public static int SPA_MEDIA_SUBTYPE_adpcm() {
        return SPA_MEDIA_SUBTYPE_adpcm;
    }

    private static final int SPA_MEDIA_SUBTYPE_g723 = (int) 65544L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_g723 } */
    public static int SPA_MEDIA_SUBTYPE_g723() {
        return SPA_MEDIA_SUBTYPE_g723;
    }

    private static final int SPA_MEDIA_SUBTYPE_g726 = (int) 65545L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_g726 } */
    public static int SPA_MEDIA_SUBTYPE_g726() {
        return SPA_MEDIA_SUBTYPE_g726;
    }

    private static final int SPA_MEDIA_SUBTYPE_g729 = (int) 65546L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_g729 } */
    public static int SPA_MEDIA_SUBTYPE_g729() {
        return SPA_MEDIA_SUBTYPE_g729;
    }

    private static final int SPA_MEDIA_SUBTYPE_amr = (int) 65547L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_amr } */
    public static int SPA_MEDIA_SUBTYPE_amr() {
        return SPA_MEDIA_SUBTYPE_amr;
    }

    private static final int SPA_MEDIA_SUBTYPE_gsm = (int) 65548L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_gsm } */
    public static int SPA_MEDIA_SUBTYPE_gsm() {
        return SPA_MEDIA_SUBTYPE_gsm;
    }

    private static final int SPA_MEDIA_SUBTYPE_alac = (int) 65549L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_alac } */
    public static int SPA_MEDIA_SUBTYPE_alac() {
        return SPA_MEDIA_SUBTYPE_alac;
    }

    private static final int SPA_MEDIA_SUBTYPE_flac = (int) 65550L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_flac } */
    public static int SPA_MEDIA_SUBTYPE_flac() {
        return SPA_MEDIA_SUBTYPE_flac;
    }

    private static final int SPA_MEDIA_SUBTYPE_ape = (int) 65551L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_ape } */
    public static int SPA_MEDIA_SUBTYPE_ape() {
        return SPA_MEDIA_SUBTYPE_ape;
    }

    private static final int SPA_MEDIA_SUBTYPE_START_Video = (int) 131072L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_START_Video } */
    public static int SPA_MEDIA_SUBTYPE_START_Video() {
        return SPA_MEDIA_SUBTYPE_START_Video;
    }

    private static final int SPA_MEDIA_SUBTYPE_h264 = (int) 131073L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_h264 } */
    public static int SPA_MEDIA_SUBTYPE_h264() {
        return SPA_MEDIA_SUBTYPE_h264;
    }

    private static final int SPA_MEDIA_SUBTYPE_mjpg = (int) 131074L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_mjpg } */
    public static int SPA_MEDIA_SUBTYPE_mjpg() {
        return SPA_MEDIA_SUBTYPE_mjpg;
    }

    private static final int SPA_MEDIA_SUBTYPE_dv = (int) 131075L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_dv } */
    public static int SPA_MEDIA_SUBTYPE_dv() {
        return SPA_MEDIA_SUBTYPE_dv;
    }

    private static final int SPA_MEDIA_SUBTYPE_mpegts = (int) 131076L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_mpegts } */
    public static int SPA_MEDIA_SUBTYPE_mpegts() {
        return SPA_MEDIA_SUBTYPE_mpegts;
    }

    private static final int SPA_MEDIA_SUBTYPE_h263 = (int) 131077L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_h263 } */
    public static int SPA_MEDIA_SUBTYPE_h263() {
        return SPA_MEDIA_SUBTYPE_h263;
    }

    private static final int SPA_MEDIA_SUBTYPE_mpeg1 = (int) 131078L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_mpeg1 } */
    public static int SPA_MEDIA_SUBTYPE_mpeg1() {
        return SPA_MEDIA_SUBTYPE_mpeg1;
    }

    private static final int SPA_MEDIA_SUBTYPE_mpeg2 = (int) 131079L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_mpeg2 } */
    public static int SPA_MEDIA_SUBTYPE_mpeg2() {
        return SPA_MEDIA_SUBTYPE_mpeg2;
    }

    private static final int SPA_MEDIA_SUBTYPE_mpeg4 = (int) 131080L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_mpeg4 } */
    public static int SPA_MEDIA_SUBTYPE_mpeg4() {
        return SPA_MEDIA_SUBTYPE_mpeg4;
    }

    private static final int SPA_MEDIA_SUBTYPE_xvid = (int) 131081L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_xvid } */
    public static int SPA_MEDIA_SUBTYPE_xvid() {
        return SPA_MEDIA_SUBTYPE_xvid;
    }

    private static final int SPA_MEDIA_SUBTYPE_vc1 = (int) 131082L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_vc1 } */
    public static int SPA_MEDIA_SUBTYPE_vc1() {
        return SPA_MEDIA_SUBTYPE_vc1;
    }

    private static final int SPA_MEDIA_SUBTYPE_vp8 = (int) 131083L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_vp8 } */
    public static int SPA_MEDIA_SUBTYPE_vp8() {
        return SPA_MEDIA_SUBTYPE_vp8;
    }

    private static final int SPA_MEDIA_SUBTYPE_vp9 = (int) 131084L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_vp9 } */
    public static int SPA_MEDIA_SUBTYPE_vp9() {
        return SPA_MEDIA_SUBTYPE_vp9;
    }

    private static final int SPA_MEDIA_SUBTYPE_bayer = (int) 131085L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_bayer } */
    public static int SPA_MEDIA_SUBTYPE_bayer() {
        return SPA_MEDIA_SUBTYPE_bayer;
    }

    private static final int SPA_MEDIA_SUBTYPE_START_Image = (int) 196608L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_START_Image } */
    public static int SPA_MEDIA_SUBTYPE_START_Image() {
        return SPA_MEDIA_SUBTYPE_START_Image;
    }

    private static final int SPA_MEDIA_SUBTYPE_jpeg = (int) 196609L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_jpeg } */
    public static int SPA_MEDIA_SUBTYPE_jpeg() {
        return SPA_MEDIA_SUBTYPE_jpeg;
    }

    private static final int SPA_MEDIA_SUBTYPE_START_Binary = (int) 262144L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_START_Binary } */
    public static int SPA_MEDIA_SUBTYPE_START_Binary() {
        return SPA_MEDIA_SUBTYPE_START_Binary;
    }

    private static final int SPA_MEDIA_SUBTYPE_START_Stream = (int) 327680L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_START_Stream } */
    public static int SPA_MEDIA_SUBTYPE_START_Stream() {
        return SPA_MEDIA_SUBTYPE_START_Stream;
    }

    private static final int SPA_MEDIA_SUBTYPE_midi = (int) 327681L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_midi } */
    public static int SPA_MEDIA_SUBTYPE_midi() {
        return SPA_MEDIA_SUBTYPE_midi;
    }

    private static final int SPA_MEDIA_SUBTYPE_START_Application = (int) 393216L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_START_Application } */
    public static int SPA_MEDIA_SUBTYPE_START_Application() {
        return SPA_MEDIA_SUBTYPE_START_Application;
    }

    private static final int SPA_MEDIA_SUBTYPE_control = (int) 393217L;

    /** {@snippet lang=c : SPA_MEDIA_SUBTYPE_control } */
    public static int SPA_MEDIA_SUBTYPE_control() {
        return SPA_MEDIA_SUBTYPE_control;
    }

    private static final int SPA_FORMAT_mediaType = (int) 1L;

    /** {@snippet lang=c : SPA_FORMAT_mediaType } */
    public static int SPA_FORMAT_mediaType() {
        return SPA_FORMAT_mediaType;
    }

    private static final int SPA_FORMAT_mediaSubtype = (int) 2L;

    /** {@snippet lang=c : SPA_FORMAT_mediaSubtype } */
    public static int SPA_FORMAT_mediaSubtype() {
        return SPA_FORMAT_mediaSubtype;
    }

    private static final int SPA_FORMAT_START_Audio = (int) 65536L;

    /** {@snippet lang=c : SPA_FORMAT_START_Audio } */
    public static int SPA_FORMAT_START_Audio() {
        return SPA_FORMAT_START_Audio;
    }

    private static final int SPA_FORMAT_AUDIO_format = (int) 65537L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_format } */
    public static int SPA_FORMAT_AUDIO_format() {
        return SPA_FORMAT_AUDIO_format;
    }

    private static final int SPA_FORMAT_AUDIO_flags = (int) 65538L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_flags } */
    public static int SPA_FORMAT_AUDIO_flags() {
        return SPA_FORMAT_AUDIO_flags;
    }

    private static final int SPA_FORMAT_AUDIO_rate = (int) 65539L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_rate } */
    public static int SPA_FORMAT_AUDIO_rate() {
        return SPA_FORMAT_AUDIO_rate;
    }

    private static final int SPA_FORMAT_AUDIO_channels = (int) 65540L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_channels } */
    public static int SPA_FORMAT_AUDIO_channels() {
        return SPA_FORMAT_AUDIO_channels;
    }

    private static final int SPA_FORMAT_AUDIO_position = (int) 65541L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_position } */
    public static int SPA_FORMAT_AUDIO_position() {
        return SPA_FORMAT_AUDIO_position;
    }

    private static final int SPA_FORMAT_AUDIO_iec958Codec = (int) 65542L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_iec958Codec } */
    public static int SPA_FORMAT_AUDIO_iec958Codec() {
        return SPA_FORMAT_AUDIO_iec958Codec;
    }

    private static final int SPA_FORMAT_AUDIO_bitorder = (int) 65543L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_bitorder } */
    public static int SPA_FORMAT_AUDIO_bitorder() {
        return SPA_FORMAT_AUDIO_bitorder;
    }

    private static final int SPA_FORMAT_AUDIO_interleave = (int) 65544L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_interleave } */
    public static int SPA_FORMAT_AUDIO_interleave() {
        return SPA_FORMAT_AUDIO_interleave;
    }

    private static final int SPA_FORMAT_AUDIO_bitrate = (int) 65545L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_bitrate } */
    public static int SPA_FORMAT_AUDIO_bitrate() {
        return SPA_FORMAT_AUDIO_bitrate;
    }

    private static final int SPA_FORMAT_AUDIO_blockAlign = (int) 65546L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_blockAlign } */
    public static int SPA_FORMAT_AUDIO_blockAlign() {
        return SPA_FORMAT_AUDIO_blockAlign;
    }

    private static final int SPA_FORMAT_AUDIO_AAC_streamFormat = (int) 65547L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_AAC_streamFormat } */
    public static int SPA_FORMAT_AUDIO_AAC_streamFormat() {
        return SPA_FORMAT_AUDIO_AAC_streamFormat;
    }

    private static final int SPA_FORMAT_AUDIO_WMA_profile = (int) 65548L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_WMA_profile } */
    public static int SPA_FORMAT_AUDIO_WMA_profile() {
        return SPA_FORMAT_AUDIO_WMA_profile;
    }

    private static final int SPA_FORMAT_AUDIO_AMR_bandMode = (int) 65549L;

    /** {@snippet lang=c : SPA_FORMAT_AUDIO_AMR_bandMode } */
    public static int SPA_FORMAT_AUDIO_AMR_bandMode() {
        return SPA_FORMAT_AUDIO_AMR_bandMode;
    }

    private static final int SPA_FORMAT_START_Video = (int) 131072L;

    /** {@snippet lang=c : SPA_FORMAT_START_Video } */
    public static int SPA_FORMAT_START_Video() {
        return SPA_FORMAT_START_Video;
    }

    private static final int SPA_FORMAT_VIDEO_format = (int) 131073L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_format } */
    public static int SPA_FORMAT_VIDEO_format() {
        return SPA_FORMAT_VIDEO_format;
    }

    private static final int SPA_FORMAT_VIDEO_modifier = (int) 131074L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_modifier } */
    public static int SPA_FORMAT_VIDEO_modifier() {
        return SPA_FORMAT_VIDEO_modifier;
    }

    private static final int SPA_FORMAT_VIDEO_size = (int) 131075L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_size } */
    public static int SPA_FORMAT_VIDEO_size() {
        return SPA_FORMAT_VIDEO_size;
    }

    private static final int SPA_FORMAT_VIDEO_framerate = (int) 131076L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_framerate } */
    public static int SPA_FORMAT_VIDEO_framerate() {
        return SPA_FORMAT_VIDEO_framerate;
    }

    private static final int SPA_FORMAT_VIDEO_maxFramerate = (int) 131077L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_maxFramerate } */
    public static int SPA_FORMAT_VIDEO_maxFramerate() {
        return SPA_FORMAT_VIDEO_maxFramerate;
    }

    private static final int SPA_FORMAT_VIDEO_views = (int) 131078L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_views } */
    public static int SPA_FORMAT_VIDEO_views() {
        return SPA_FORMAT_VIDEO_views;
    }

    private static final int SPA_FORMAT_VIDEO_interlaceMode = (int) 131079L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_interlaceMode } */
    public static int SPA_FORMAT_VIDEO_interlaceMode() {
        return SPA_FORMAT_VIDEO_interlaceMode;
    }

    private static final int SPA_FORMAT_VIDEO_pixelAspectRatio = (int) 131080L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_pixelAspectRatio } */
    public static int SPA_FORMAT_VIDEO_pixelAspectRatio() {
        return SPA_FORMAT_VIDEO_pixelAspectRatio;
    }

    private static final int SPA_FORMAT_VIDEO_multiviewMode = (int) 131081L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_multiviewMode } */
    public static int SPA_FORMAT_VIDEO_multiviewMode() {
        return SPA_FORMAT_VIDEO_multiviewMode;
    }

    private static final int SPA_FORMAT_VIDEO_multiviewFlags = (int) 131082L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_multiviewFlags } */
    public static int SPA_FORMAT_VIDEO_multiviewFlags() {
        return SPA_FORMAT_VIDEO_multiviewFlags;
    }

    private static final int SPA_FORMAT_VIDEO_chromaSite = (int) 131083L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_chromaSite } */
    public static int SPA_FORMAT_VIDEO_chromaSite() {
        return SPA_FORMAT_VIDEO_chromaSite;
    }

    private static final int SPA_FORMAT_VIDEO_colorRange = (int) 131084L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_colorRange } */
    public static int SPA_FORMAT_VIDEO_colorRange() {
        return SPA_FORMAT_VIDEO_colorRange;
    }

    private static final int SPA_FORMAT_VIDEO_colorMatrix = (int) 131085L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_colorMatrix } */
    public static int SPA_FORMAT_VIDEO_colorMatrix() {
        return SPA_FORMAT_VIDEO_colorMatrix;
    }

    private static final int SPA_FORMAT_VIDEO_transferFunction = (int) 131086L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_transferFunction } */
    public static int SPA_FORMAT_VIDEO_transferFunction() {
        return SPA_FORMAT_VIDEO_transferFunction;
    }

    private static final int SPA_FORMAT_VIDEO_colorPrimaries = (int) 131087L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_colorPrimaries } */
    public static int SPA_FORMAT_VIDEO_colorPrimaries() {
        return SPA_FORMAT_VIDEO_colorPrimaries;
    }

    private static final int SPA_FORMAT_VIDEO_profile = (int) 131088L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_profile } */
    public static int SPA_FORMAT_VIDEO_profile() {
        return SPA_FORMAT_VIDEO_profile;
    }

    private static final int SPA_FORMAT_VIDEO_level = (int) 131089L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_level } */
    public static int SPA_FORMAT_VIDEO_level() {
        return SPA_FORMAT_VIDEO_level;
    }

    private static final int SPA_FORMAT_VIDEO_H264_streamFormat = (int) 131090L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_H264_streamFormat } */
    public static int SPA_FORMAT_VIDEO_H264_streamFormat() {
        return SPA_FORMAT_VIDEO_H264_streamFormat;
    }

    private static final int SPA_FORMAT_VIDEO_H264_alignment = (int) 131091L;

    /** {@snippet lang=c : SPA_FORMAT_VIDEO_H264_alignment } */
    public static int SPA_FORMAT_VIDEO_H264_alignment() {
        return SPA_FORMAT_VIDEO_H264_alignment;
    }

    private static final int SPA_FORMAT_START_Image = (int) 196608L;

    /** {@snippet lang=c : SPA_FORMAT_START_Image } */
    public static int SPA_FORMAT_START_Image() {
        return SPA_FORMAT_START_Image;
    }

    private static final int SPA_FORMAT_START_Binary = (int) 262144L;

    /** {@snippet lang=c : SPA_FORMAT_START_Binary } */
    public static int SPA_FORMAT_START_Binary() {
        return SPA_FORMAT_START_Binary;
    }

    private static final int SPA_FORMAT_START_Stream = (int) 327680L;

    /** {@snippet lang=c : SPA_FORMAT_START_Stream } */
    public static int SPA_FORMAT_START_Stream() {
        return SPA_FORMAT_START_Stream;
    }

    private static final int SPA_FORMAT_START_Application = (int) 393216L;

    /** {@snippet lang=c : SPA_FORMAT_START_Application } */
    public static int SPA_FORMAT_START_Application() {
        return SPA_FORMAT_START_Application;
    }

    private static final int SPA_PARAM_BUFFERS_buffers = (int) 1L;

    /** {@snippet lang=c : SPA_PARAM_BUFFERS_buffers } */
    public static int SPA_PARAM_BUFFERS_buffers() {
        return SPA_PARAM_BUFFERS_buffers;
    }

    private static final int SPA_PARAM_BUFFERS_blocks = (int) 2L;

    /** {@snippet lang=c : SPA_PARAM_BUFFERS_blocks } */
    public static int SPA_PARAM_BUFFERS_blocks() {
        return SPA_PARAM_BUFFERS_blocks;
    }

    private static final int SPA_PARAM_BUFFERS_size = (int) 3L;

    /** {@snippet lang=c : SPA_PARAM_BUFFERS_size } */
    public static int SPA_PARAM_BUFFERS_size() {
        return SPA_PARAM_BUFFERS_size;
    }

    private static final int SPA_PARAM_BUFFERS_stride = (int) 4L;

    /** {@snippet lang=c : SPA_PARAM_BUFFERS_stride } */
    public static int SPA_PARAM_BUFFERS_stride() {
        return SPA_PARAM_BUFFERS_stride;
    }

    private static final int SPA_PARAM_BUFFERS_align = (int) 5L;

    /** {@snippet lang=c : SPA_PARAM_BUFFERS_align } */
    public static int SPA_PARAM_BUFFERS_align() {
        return SPA_PARAM_BUFFERS_align;
    }

    private static final int SPA_PARAM_BUFFERS_dataType = (int) 6L;

    /** {@snippet lang=c : SPA_PARAM_BUFFERS_dataType } */
    public static int SPA_PARAM_BUFFERS_dataType() {
        return SPA_PARAM_BUFFERS_dataType;
    }

    private static final int SPA_PARAM_META_type = (int) 1L;

    /** {@snippet lang=c : SPA_PARAM_META_type } */
    public static int SPA_PARAM_META_type() {
        return SPA_PARAM_META_type;
    }

    private static final int SPA_PARAM_META_size = (int) 2L;

    /** {@snippet lang=c : SPA_PARAM_META_size } */
    public static int SPA_PARAM_META_size() {
        return SPA_PARAM_META_size;
    }

    private static final int SPA_PARAM_IO_id = (int) 1L;

    /** {@snippet lang=c : SPA_PARAM_IO_id } */
    public static int SPA_PARAM_IO_id() {
        return SPA_PARAM_IO_id;
    }

    private static final int SPA_PARAM_IO_size = (int) 2L;

    /** {@snippet lang=c : SPA_PARAM_IO_size } */
    public static int SPA_PARAM_IO_size() {
        return SPA_PARAM_IO_size;
    }

    private static final int SPA_DATA_Invalid = (int) 0L;

    /** {@snippet lang=c : SPA_DATA_Invalid } */
    public static int SPA_DATA_Invalid() {
        return SPA_DATA_Invalid;
    }

    private static final int SPA_DATA_MemPtr = (int) 1L;

    /** {@snippet lang=c : SPA_DATA_MemPtr } */
    public static int SPA_DATA_MemPtr() {
        return SPA_DATA_MemPtr;
    }

    private static final int SPA_DATA_MemFd = (int) 2L;

    /** {@snippet lang=c : SPA_DATA_MemFd } */
    public static int SPA_DATA_MemFd() {
        return SPA_DATA_MemFd;
    }

    private static final int SPA_DATA_DmaBuf = (int) 3L;

    /** {@snippet lang=c : SPA_DATA_DmaBuf } */
    public static int SPA_DATA_DmaBuf() {
        return SPA_DATA_DmaBuf;
    }

    private static final int SPA_DATA_MemId = (int) 4L;

    /** {@snippet lang=c : SPA_DATA_MemId } */
    public static int SPA_DATA_MemId() {
        return SPA_DATA_MemId;
    }

    private static final int SPA_META_Invalid = (int) 0L;

    /** {@snippet lang=c : SPA_META_Invalid } */
    public static int SPA_META_Invalid() {
        return SPA_META_Invalid;
    }

    private static final int SPA_META_Header = (int) 1L;

    /** {@snippet lang=c : SPA_META_Header } */
    public static int SPA_META_Header() {
        return SPA_META_Header;
    }

    private static final int SPA_META_VideoCrop = (int) 2L;

    /** {@snippet lang=c : SPA_META_VideoCrop } */
    public static int SPA_META_VideoCrop() {
        return SPA_META_VideoCrop;
    }

    private static final int SPA_META_VideoDamage = (int) 3L;

    /** {@snippet lang=c : SPA_META_VideoDamage } */
    public static int SPA_META_VideoDamage() {
        return SPA_META_VideoDamage;
    }

    private static final int SPA_META_Bitmap = (int) 4L;

    /** {@snippet lang=c : SPA_META_Bitmap } */
    public static int SPA_META_Bitmap() {
        return SPA_META_Bitmap;
    }

    private static final int SPA_META_Cursor = (int) 5L;

    /** {@snippet lang=c : SPA_META_Cursor } */
    public static int SPA_META_Cursor() {
        return SPA_META_Cursor;
    }

    private static final int SPA_META_Control = (int) 6L;

    /** {@snippet lang=c : SPA_META_Control } */
    public static int SPA_META_Control() {
        return SPA_META_Control;
    }

    private static final int SPA_META_Busy = (int) 7L;

    /** {@snippet lang=c : SPA_META_Busy } */
    public static int SPA_META_Busy() {
        return SPA_META_Busy;
    }

    private static final int SPA_META_VideoTransform = (int) 8L;

    /** {@snippet lang=c : SPA_META_VideoTransform } */
    public static int SPA_META_VideoTransform() {
        return SPA_META_VideoTransform;
    }

    private static final int SPA_CHOICE_None = (int) 0L;

    /** {@snippet lang=c : SPA_CHOICE_None } */
    public static int SPA_CHOICE_None() {
        return SPA_CHOICE_None;
    }

    private static final int SPA_CHOICE_Range = (int) 1L;

    /** {@snippet lang=c : SPA_CHOICE_Range } */
    public static int SPA_CHOICE_Range() {
        return SPA_CHOICE_Range;
    }

    private static final int SPA_CHOICE_Step = (int) 2L;

    /** {@snippet lang=c : SPA_CHOICE_Step } */
    public static int SPA_CHOICE_Step() {
        return SPA_CHOICE_Step;
    }

    private static final int SPA_CHOICE_Enum = (int) 3L;

    /** {@snippet lang=c : SPA_CHOICE_Enum } */
    public static int SPA_CHOICE_Enum() {
        return SPA_CHOICE_Enum;
    }

    private static final int SPA_CHOICE_Flags = (int) 4L;

    /** {@snippet lang=c : SPA_CHOICE_Flags } */
    public static int SPA_CHOICE_Flags() {
        return SPA_CHOICE_Flags;
    }

    private static final int SPA_VIDEO_FORMAT_UNKNOWN = (int) 0L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_UNKNOWN } */
    public static int SPA_VIDEO_FORMAT_UNKNOWN() {
        return SPA_VIDEO_FORMAT_UNKNOWN;
    }

    private static final int SPA_VIDEO_FORMAT_ENCODED = (int) 1L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_ENCODED } */
    public static int SPA_VIDEO_FORMAT_ENCODED() {
        return SPA_VIDEO_FORMAT_ENCODED;
    }

    private static final int SPA_VIDEO_FORMAT_I420 = (int) 2L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_I420 } */
    public static int SPA_VIDEO_FORMAT_I420() {
        return SPA_VIDEO_FORMAT_I420;
    }

    private static final int SPA_VIDEO_FORMAT_YV12 = (int) 3L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_YV12 } */
    public static int SPA_VIDEO_FORMAT_YV12() {
        return SPA_VIDEO_FORMAT_YV12;
    }

    private static final int SPA_VIDEO_FORMAT_YUY2 = (int) 4L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_YUY2 } */
    public static int SPA_VIDEO_FORMAT_YUY2() {
        return SPA_VIDEO_FORMAT_YUY2;
    }

    private static final int SPA_VIDEO_FORMAT_UYVY = (int) 5L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_UYVY } */
    public static int SPA_VIDEO_FORMAT_UYVY() {
        return SPA_VIDEO_FORMAT_UYVY;
    }

    private static final int SPA_VIDEO_FORMAT_AYUV = (int) 6L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_AYUV } */
    public static int SPA_VIDEO_FORMAT_AYUV() {
        return SPA_VIDEO_FORMAT_AYUV;
    }

    private static final int SPA_VIDEO_FORMAT_RGBx = (int) 7L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGBx } */
    public static int SPA_VIDEO_FORMAT_RGBx() {
        return SPA_VIDEO_FORMAT_RGBx;
    }

    private static final int SPA_VIDEO_FORMAT_BGRx = (int) 8L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_BGRx } */
    public static int SPA_VIDEO_FORMAT_BGRx() {
        return SPA_VIDEO_FORMAT_BGRx;
    }

    private static final int SPA_VIDEO_FORMAT_xRGB = (int) 9L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_xRGB } */
    public static int SPA_VIDEO_FORMAT_xRGB() {
        return SPA_VIDEO_FORMAT_xRGB;
    }

    private static final int SPA_VIDEO_FORMAT_xBGR = (int) 10L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_xBGR } */
    public static int SPA_VIDEO_FORMAT_xBGR() {
        return SPA_VIDEO_FORMAT_xBGR;
    }

    private static final int SPA_VIDEO_FORMAT_RGBA = (int) 11L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGBA } */
    public static int SPA_VIDEO_FORMAT_RGBA() {
        return SPA_VIDEO_FORMAT_RGBA;
    }

    private static final int SPA_VIDEO_FORMAT_BGRA = (int) 12L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_BGRA } */
    public static int SPA_VIDEO_FORMAT_BGRA() {
        return SPA_VIDEO_FORMAT_BGRA;
    }

    private static final int SPA_VIDEO_FORMAT_ARGB = (int) 13L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_ARGB } */
    public static int SPA_VIDEO_FORMAT_ARGB() {
        return SPA_VIDEO_FORMAT_ARGB;
    }

    private static final int SPA_VIDEO_FORMAT_ABGR = (int) 14L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_ABGR } */
    public static int SPA_VIDEO_FORMAT_ABGR() {
        return SPA_VIDEO_FORMAT_ABGR;
    }

    private static final int SPA_VIDEO_FORMAT_RGB = (int) 15L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGB } */
    public static int SPA_VIDEO_FORMAT_RGB() {
        return SPA_VIDEO_FORMAT_RGB;
    }

    private static final int SPA_VIDEO_FORMAT_BGR = (int) 16L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_BGR } */
    public static int SPA_VIDEO_FORMAT_BGR() {
        return SPA_VIDEO_FORMAT_BGR;
    }

    private static final int SPA_VIDEO_FORMAT_Y41B = (int) 17L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_Y41B } */
    public static int SPA_VIDEO_FORMAT_Y41B() {
        return SPA_VIDEO_FORMAT_Y41B;
    }

    private static final int SPA_VIDEO_FORMAT_Y42B = (int) 18L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_Y42B } */
    public static int SPA_VIDEO_FORMAT_Y42B() {
        return SPA_VIDEO_FORMAT_Y42B;
    }

    private static final int SPA_VIDEO_FORMAT_YVYU = (int) 19L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_YVYU } */
    public static int SPA_VIDEO_FORMAT_YVYU() {
        return SPA_VIDEO_FORMAT_YVYU;
    }

    private static final int SPA_VIDEO_FORMAT_Y444 = (int) 20L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_Y444 } */
    public static int SPA_VIDEO_FORMAT_Y444() {
        return SPA_VIDEO_FORMAT_Y444;
    }

    private static final int SPA_VIDEO_FORMAT_v210 = (int) 21L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_v210 } */
    public static int SPA_VIDEO_FORMAT_v210() {
        return SPA_VIDEO_FORMAT_v210;
    }

    private static final int SPA_VIDEO_FORMAT_v216 = (int) 22L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_v216 } */
    public static int SPA_VIDEO_FORMAT_v216() {
        return SPA_VIDEO_FORMAT_v216;
    }

    private static final int SPA_VIDEO_FORMAT_NV12 = (int) 23L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_NV12 } */
    public static int SPA_VIDEO_FORMAT_NV12() {
        return SPA_VIDEO_FORMAT_NV12;
    }

    private static final int SPA_VIDEO_FORMAT_NV21 = (int) 24L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_NV21 } */
    public static int SPA_VIDEO_FORMAT_NV21() {
        return SPA_VIDEO_FORMAT_NV21;
    }

    private static final int SPA_VIDEO_FORMAT_GRAY8 = (int) 25L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GRAY8 } */
    public static int SPA_VIDEO_FORMAT_GRAY8() {
        return SPA_VIDEO_FORMAT_GRAY8;
    }

    private static final int SPA_VIDEO_FORMAT_GRAY16_BE = (int) 26L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GRAY16_BE } */
    public static int SPA_VIDEO_FORMAT_GRAY16_BE() {
        return SPA_VIDEO_FORMAT_GRAY16_BE;
    }

    private static final int SPA_VIDEO_FORMAT_GRAY16_LE = (int) 27L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GRAY16_LE } */
    public static int SPA_VIDEO_FORMAT_GRAY16_LE() {
        return SPA_VIDEO_FORMAT_GRAY16_LE;
    }

    private static final int SPA_VIDEO_FORMAT_v308 = (int) 28L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_v308 } */
    public static int SPA_VIDEO_FORMAT_v308() {
        return SPA_VIDEO_FORMAT_v308;
    }

    private static final int SPA_VIDEO_FORMAT_RGB16 = (int) 29L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGB16 } */
    public static int SPA_VIDEO_FORMAT_RGB16() {
        return SPA_VIDEO_FORMAT_RGB16;
    }

    private static final int SPA_VIDEO_FORMAT_BGR16 = (int) 30L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_BGR16 } */
    public static int SPA_VIDEO_FORMAT_BGR16() {
        return SPA_VIDEO_FORMAT_BGR16;
    }

    private static final int SPA_VIDEO_FORMAT_RGB15 = (int) 31L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGB15 } */
    public static int SPA_VIDEO_FORMAT_RGB15() {
        return SPA_VIDEO_FORMAT_RGB15;
    }

    private static final int SPA_VIDEO_FORMAT_BGR15 = (int) 32L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_BGR15 } */
    public static int SPA_VIDEO_FORMAT_BGR15() {
        return SPA_VIDEO_FORMAT_BGR15;
    }

    private static final int SPA_VIDEO_FORMAT_UYVP = (int) 33L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_UYVP } */
    public static int SPA_VIDEO_FORMAT_UYVP() {
        return SPA_VIDEO_FORMAT_UYVP;
    }

    private static final int SPA_VIDEO_FORMAT_A420 = (int) 34L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_A420 } */
    public static int SPA_VIDEO_FORMAT_A420() {
        return SPA_VIDEO_FORMAT_A420;
    }

    private static final int SPA_VIDEO_FORMAT_RGB8P = (int) 35L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGB8P } */
    public static int SPA_VIDEO_FORMAT_RGB8P() {
        return SPA_VIDEO_FORMAT_RGB8P;
    }

    private static final int SPA_VIDEO_FORMAT_YUV9 = (int) 36L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_YUV9 } */
    public static int SPA_VIDEO_FORMAT_YUV9() {
        return SPA_VIDEO_FORMAT_YUV9;
    }

    private static final int SPA_VIDEO_FORMAT_YVU9 = (int) 37L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_YVU9 } */
    public static int SPA_VIDEO_FORMAT_YVU9() {
        return SPA_VIDEO_FORMAT_YVU9;
    }

    private static final int SPA_VIDEO_FORMAT_IYU1 = (int) 38L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_IYU1 } */
    public static int SPA_VIDEO_FORMAT_IYU1() {
        return SPA_VIDEO_FORMAT_IYU1;
    }

    private static final int SPA_VIDEO_FORMAT_ARGB64 = (int) 39L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_ARGB64 } */
    public static int SPA_VIDEO_FORMAT_ARGB64() {
        return SPA_VIDEO_FORMAT_ARGB64;
    }

    private static final int SPA_VIDEO_FORMAT_AYUV64 = (int) 40L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_AYUV64 } */
    public static int SPA_VIDEO_FORMAT_AYUV64() {
        return SPA_VIDEO_FORMAT_AYUV64;
    }

    private static final int SPA_VIDEO_FORMAT_r210 = (int) 41L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_r210 } */
    public static int SPA_VIDEO_FORMAT_r210() {
        return SPA_VIDEO_FORMAT_r210;
    }

    private static final int SPA_VIDEO_FORMAT_I420_10BE = (int) 42L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_I420_10BE } */
    public static int SPA_VIDEO_FORMAT_I420_10BE() {
        return SPA_VIDEO_FORMAT_I420_10BE;
    }

    private static final int SPA_VIDEO_FORMAT_I420_10LE = (int) 43L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_I420_10LE } */
    public static int SPA_VIDEO_FORMAT_I420_10LE() {
        return SPA_VIDEO_FORMAT_I420_10LE;
    }

    private static final int SPA_VIDEO_FORMAT_I422_10BE = (int) 44L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_I422_10BE } */
    public static int SPA_VIDEO_FORMAT_I422_10BE() {
        return SPA_VIDEO_FORMAT_I422_10BE;
    }

    private static final int SPA_VIDEO_FORMAT_I422_10LE = (int) 45L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_I422_10LE } */
    public static int SPA_VIDEO_FORMAT_I422_10LE() {
        return SPA_VIDEO_FORMAT_I422_10LE;
    }

    private static final int SPA_VIDEO_FORMAT_Y444_10BE = (int) 46L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_Y444_10BE } */
    public static int SPA_VIDEO_FORMAT_Y444_10BE() {
        return SPA_VIDEO_FORMAT_Y444_10BE;
    }

    private static final int SPA_VIDEO_FORMAT_Y444_10LE = (int) 47L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_Y444_10LE } */
    public static int SPA_VIDEO_FORMAT_Y444_10LE() {
        return SPA_VIDEO_FORMAT_Y444_10LE;
    }

    private static final int SPA_VIDEO_FORMAT_GBR = (int) 48L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBR } */
    public static int SPA_VIDEO_FORMAT_GBR() {
        return SPA_VIDEO_FORMAT_GBR;
    }

    private static final int SPA_VIDEO_FORMAT_GBR_10BE = (int) 49L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBR_10BE } */
    public static int SPA_VIDEO_FORMAT_GBR_10BE() {
        return SPA_VIDEO_FORMAT_GBR_10BE;
    }

    private static final int SPA_VIDEO_FORMAT_GBR_10LE = (int) 50L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBR_10LE } */
    public static int SPA_VIDEO_FORMAT_GBR_10LE() {
        return SPA_VIDEO_FORMAT_GBR_10LE;
    }

    private static final int SPA_VIDEO_FORMAT_NV16 = (int) 51L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_NV16 } */
    public static int SPA_VIDEO_FORMAT_NV16() {
        return SPA_VIDEO_FORMAT_NV16;
    }

    private static final int SPA_VIDEO_FORMAT_NV24 = (int) 52L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_NV24 } */
    public static int SPA_VIDEO_FORMAT_NV24() {
        return SPA_VIDEO_FORMAT_NV24;
    }

    private static final int SPA_VIDEO_FORMAT_NV12_64Z32 = (int) 53L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_NV12_64Z32 } */
    public static int SPA_VIDEO_FORMAT_NV12_64Z32() {
        return SPA_VIDEO_FORMAT_NV12_64Z32;
    }

    private static final int SPA_VIDEO_FORMAT_A420_10BE = (int) 54L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_A420_10BE } */
    public static int SPA_VIDEO_FORMAT_A420_10BE() {
        return SPA_VIDEO_FORMAT_A420_10BE;
    }

    private static final int SPA_VIDEO_FORMAT_A420_10LE = (int) 55L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_A420_10LE } */
    public static int SPA_VIDEO_FORMAT_A420_10LE() {
        return SPA_VIDEO_FORMAT_A420_10LE;
    }

    private static final int SPA_VIDEO_FORMAT_A422_10BE = (int) 56L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_A422_10BE } */
    public static int SPA_VIDEO_FORMAT_A422_10BE() {
        return SPA_VIDEO_FORMAT_A422_10BE;
    }

    private static final int SPA_VIDEO_FORMAT_A422_10LE = (int) 57L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_A422_10LE } */
    public static int SPA_VIDEO_FORMAT_A422_10LE() {
        return SPA_VIDEO_FORMAT_A422_10LE;
    }

    private static final int SPA_VIDEO_FORMAT_A444_10BE = (int) 58L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_A444_10BE } */
    public static int SPA_VIDEO_FORMAT_A444_10BE() {
        return SPA_VIDEO_FORMAT_A444_10BE;
    }

    private static final int SPA_VIDEO_FORMAT_A444_10LE = (int) 59L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_A444_10LE } */
    public static int SPA_VIDEO_FORMAT_A444_10LE() {
        return SPA_VIDEO_FORMAT_A444_10LE;
    }

    private static final int SPA_VIDEO_FORMAT_NV61 = (int) 60L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_NV61 } */
    public static int SPA_VIDEO_FORMAT_NV61() {
        return SPA_VIDEO_FORMAT_NV61;
    }

    private static final int SPA_VIDEO_FORMAT_P010_10BE = (int) 61L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_P010_10BE } */
    public static int SPA_VIDEO_FORMAT_P010_10BE() {
        return SPA_VIDEO_FORMAT_P010_10BE;
    }

    private static final int SPA_VIDEO_FORMAT_P010_10LE = (int) 62L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_P010_10LE } */
    public static int SPA_VIDEO_FORMAT_P010_10LE() {
        return SPA_VIDEO_FORMAT_P010_10LE;
    }

    private static final int SPA_VIDEO_FORMAT_IYU2 = (int) 63L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_IYU2 } */
    public static int SPA_VIDEO_FORMAT_IYU2() {
        return SPA_VIDEO_FORMAT_IYU2;
    }

    private static final int SPA_VIDEO_FORMAT_VYUY = (int) 64L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_VYUY } */
    public static int SPA_VIDEO_FORMAT_VYUY() {
        return SPA_VIDEO_FORMAT_VYUY;
    }

    private static final int SPA_VIDEO_FORMAT_GBRA = (int) 65L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBRA } */
    public static int SPA_VIDEO_FORMAT_GBRA() {
        return SPA_VIDEO_FORMAT_GBRA;
    }

    private static final int SPA_VIDEO_FORMAT_GBRA_10BE = (int) 66L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBRA_10BE } */
    public static int SPA_VIDEO_FORMAT_GBRA_10BE() {
        return SPA_VIDEO_FORMAT_GBRA_10BE;
    }

    private static final int SPA_VIDEO_FORMAT_GBRA_10LE = (int) 67L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBRA_10LE } */
    public static int SPA_VIDEO_FORMAT_GBRA_10LE() {
        return SPA_VIDEO_FORMAT_GBRA_10LE;
    }

    private static final int SPA_VIDEO_FORMAT_GBR_12BE = (int) 68L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBR_12BE } */
    public static int SPA_VIDEO_FORMAT_GBR_12BE() {
        return SPA_VIDEO_FORMAT_GBR_12BE;
    }

    private static final int SPA_VIDEO_FORMAT_GBR_12LE = (int) 69L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBR_12LE } */
    public static int SPA_VIDEO_FORMAT_GBR_12LE() {
        return SPA_VIDEO_FORMAT_GBR_12LE;
    }

    private static final int SPA_VIDEO_FORMAT_GBRA_12BE = (int) 70L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBRA_12BE } */
    public static int SPA_VIDEO_FORMAT_GBRA_12BE() {
        return SPA_VIDEO_FORMAT_GBRA_12BE;
    }

    private static final int SPA_VIDEO_FORMAT_GBRA_12LE = (int) 71L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_GBRA_12LE } */
    public static int SPA_VIDEO_FORMAT_GBRA_12LE() {
        return SPA_VIDEO_FORMAT_GBRA_12LE;
    }

    private static final int SPA_VIDEO_FORMAT_I420_12BE = (int) 72L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_I420_12BE } */
    public static int SPA_VIDEO_FORMAT_I420_12BE() {
        return SPA_VIDEO_FORMAT_I420_12BE;
    }

    private static final int SPA_VIDEO_FORMAT_I420_12LE = (int) 73L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_I420_12LE } */
    public static int SPA_VIDEO_FORMAT_I420_12LE() {
        return SPA_VIDEO_FORMAT_I420_12LE;
    }

    private static final int SPA_VIDEO_FORMAT_I422_12BE = (int) 74L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_I422_12BE } */
    public static int SPA_VIDEO_FORMAT_I422_12BE() {
        return SPA_VIDEO_FORMAT_I422_12BE;
    }

    private static final int SPA_VIDEO_FORMAT_I422_12LE = (int) 75L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_I422_12LE } */
    public static int SPA_VIDEO_FORMAT_I422_12LE() {
        return SPA_VIDEO_FORMAT_I422_12LE;
    }

    private static final int SPA_VIDEO_FORMAT_Y444_12BE = (int) 76L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_Y444_12BE } */
    public static int SPA_VIDEO_FORMAT_Y444_12BE() {
        return SPA_VIDEO_FORMAT_Y444_12BE;
    }

    private static final int SPA_VIDEO_FORMAT_Y444_12LE = (int) 77L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_Y444_12LE } */
    public static int SPA_VIDEO_FORMAT_Y444_12LE() {
        return SPA_VIDEO_FORMAT_Y444_12LE;
    }

    private static final int SPA_VIDEO_FORMAT_RGBA_F16 = (int) 78L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGBA_F16 } */
    public static int SPA_VIDEO_FORMAT_RGBA_F16() {
        return SPA_VIDEO_FORMAT_RGBA_F16;
    }

    private static final int SPA_VIDEO_FORMAT_RGBA_F32 = (int) 79L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGBA_F32 } */
    public static int SPA_VIDEO_FORMAT_RGBA_F32() {
        return SPA_VIDEO_FORMAT_RGBA_F32;
    }

    private static final int SPA_VIDEO_FORMAT_xRGB_210LE = (int) 80L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_xRGB_210LE } */
    public static int SPA_VIDEO_FORMAT_xRGB_210LE() {
        return SPA_VIDEO_FORMAT_xRGB_210LE;
    }

    private static final int SPA_VIDEO_FORMAT_xBGR_210LE = (int) 81L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_xBGR_210LE } */
    public static int SPA_VIDEO_FORMAT_xBGR_210LE() {
        return SPA_VIDEO_FORMAT_xBGR_210LE;
    }

    private static final int SPA_VIDEO_FORMAT_RGBx_102LE = (int) 82L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGBx_102LE } */
    public static int SPA_VIDEO_FORMAT_RGBx_102LE() {
        return SPA_VIDEO_FORMAT_RGBx_102LE;
    }

    private static final int SPA_VIDEO_FORMAT_BGRx_102LE = (int) 83L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_BGRx_102LE } */
    public static int SPA_VIDEO_FORMAT_BGRx_102LE() {
        return SPA_VIDEO_FORMAT_BGRx_102LE;
    }

    private static final int SPA_VIDEO_FORMAT_ARGB_210LE = (int) 84L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_ARGB_210LE } */
    public static int SPA_VIDEO_FORMAT_ARGB_210LE() {
        return SPA_VIDEO_FORMAT_ARGB_210LE;
    }

    private static final int SPA_VIDEO_FORMAT_ABGR_210LE = (int) 85L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_ABGR_210LE } */
    public static int SPA_VIDEO_FORMAT_ABGR_210LE() {
        return SPA_VIDEO_FORMAT_ABGR_210LE;
    }

    private static final int SPA_VIDEO_FORMAT_RGBA_102LE = (int) 86L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_RGBA_102LE } */
    public static int SPA_VIDEO_FORMAT_RGBA_102LE() {
        return SPA_VIDEO_FORMAT_RGBA_102LE;
    }

    private static final int SPA_VIDEO_FORMAT_BGRA_102LE = (int) 87L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_BGRA_102LE } */
    public static int SPA_VIDEO_FORMAT_BGRA_102LE() {
        return SPA_VIDEO_FORMAT_BGRA_102LE;
    }

    private static final int SPA_VIDEO_FORMAT_DSP_F32 = (int) 79L;

    /** {@snippet lang=c : SPA_VIDEO_FORMAT_DSP_F32 } */
    public static int SPA_VIDEO_FORMAT_DSP_F32() {
        return SPA_VIDEO_FORMAT_DSP_F32;
    }

    private static final int SPA_VIDEO_INTERLACE_MODE_PROGRESSIVE = (int) 0L;

    /** {@snippet lang=c : SPA_VIDEO_INTERLACE_MODE_PROGRESSIVE } */
    public static int SPA_VIDEO_INTERLACE_MODE_PROGRESSIVE() {
        return SPA_VIDEO_INTERLACE_MODE_PROGRESSIVE;
    }

    private static final int SPA_VIDEO_INTERLACE_MODE_INTERLEAVED = (int) 1L;

    /** {@snippet lang=c : SPA_VIDEO_INTERLACE_MODE_INTERLEAVED } */
    public static int SPA_VIDEO_INTERLACE_MODE_INTERLEAVED() {
        return SPA_VIDEO_INTERLACE_MODE_INTERLEAVED;
    }

    private static final int SPA_VIDEO_INTERLACE_MODE_MIXED = (int) 2L;

    /** {@snippet lang=c : SPA_VIDEO_INTERLACE_MODE_MIXED } */
    public static int SPA_VIDEO_INTERLACE_MODE_MIXED() {
        return SPA_VIDEO_INTERLACE_MODE_MIXED;
    }

    private static final int SPA_VIDEO_INTERLACE_MODE_FIELDS = (int) 3L;

    /** {@snippet lang=c : SPA_VIDEO_INTERLACE_MODE_FIELDS } */
    public static int SPA_VIDEO_INTERLACE_MODE_FIELDS() {
        return SPA_VIDEO_INTERLACE_MODE_FIELDS;
    }

    private static final int SPA_AUDIO_FORMAT_UNKNOWN = (int) 0L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_UNKNOWN } */
    public static int SPA_AUDIO_FORMAT_UNKNOWN() {
        return SPA_AUDIO_FORMAT_UNKNOWN;
    }

    private static final int SPA_AUDIO_FORMAT_ENCODED = (int) 1L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_ENCODED } */
    public static int SPA_AUDIO_FORMAT_ENCODED() {
        return SPA_AUDIO_FORMAT_ENCODED;
    }

    private static final int SPA_AUDIO_FORMAT_START_Interleaved = (int) 256L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_START_Interleaved } */
    public static int SPA_AUDIO_FORMAT_START_Interleaved() {
        return SPA_AUDIO_FORMAT_START_Interleaved;
    }

    private static final int SPA_AUDIO_FORMAT_S8 = (int) 257L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S8 } */
    public static int SPA_AUDIO_FORMAT_S8() {
        return SPA_AUDIO_FORMAT_S8;
    }

    private static final int SPA_AUDIO_FORMAT_U8 = (int) 258L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U8 } */
    public static int SPA_AUDIO_FORMAT_U8() {
        return SPA_AUDIO_FORMAT_U8;
    }

    private static final int SPA_AUDIO_FORMAT_S16_LE = (int) 259L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S16_LE } */
    public static int SPA_AUDIO_FORMAT_S16_LE() {
        return SPA_AUDIO_FORMAT_S16_LE;
    }

    private static final int SPA_AUDIO_FORMAT_S16_BE = (int) 260L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S16_BE } */
    public static int SPA_AUDIO_FORMAT_S16_BE() {
        return SPA_AUDIO_FORMAT_S16_BE;
    }

    private static final int SPA_AUDIO_FORMAT_U16_LE = (int) 261L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U16_LE } */
    public static int SPA_AUDIO_FORMAT_U16_LE() {
        return SPA_AUDIO_FORMAT_U16_LE;
    }

    private static final int SPA_AUDIO_FORMAT_U16_BE = (int) 262L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U16_BE } */
    public static int SPA_AUDIO_FORMAT_U16_BE() {
        return SPA_AUDIO_FORMAT_U16_BE;
    }

    private static final int SPA_AUDIO_FORMAT_S24_32_LE = (int) 263L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24_32_LE } */
    public static int SPA_AUDIO_FORMAT_S24_32_LE() {
        return SPA_AUDIO_FORMAT_S24_32_LE;
    }

    private static final int SPA_AUDIO_FORMAT_S24_32_BE = (int) 264L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24_32_BE } */
    public static int SPA_AUDIO_FORMAT_S24_32_BE() {
        return SPA_AUDIO_FORMAT_S24_32_BE;
    }

    private static final int SPA_AUDIO_FORMAT_U24_32_LE = (int) 265L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U24_32_LE } */
    public static int SPA_AUDIO_FORMAT_U24_32_LE() {
        return SPA_AUDIO_FORMAT_U24_32_LE;
    }

    private static final int SPA_AUDIO_FORMAT_U24_32_BE = (int) 266L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U24_32_BE } */
    public static int SPA_AUDIO_FORMAT_U24_32_BE() {
        return SPA_AUDIO_FORMAT_U24_32_BE;
    }

    private static final int SPA_AUDIO_FORMAT_S32_LE = (int) 267L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S32_LE } */
    public static int SPA_AUDIO_FORMAT_S32_LE() {
        return SPA_AUDIO_FORMAT_S32_LE;
    }

    private static final int SPA_AUDIO_FORMAT_S32_BE = (int) 268L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S32_BE } */
    public static int SPA_AUDIO_FORMAT_S32_BE() {
        return SPA_AUDIO_FORMAT_S32_BE;
    }

    private static final int SPA_AUDIO_FORMAT_U32_LE = (int) 269L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U32_LE } */
    public static int SPA_AUDIO_FORMAT_U32_LE() {
        return SPA_AUDIO_FORMAT_U32_LE;
    }

    private static final int SPA_AUDIO_FORMAT_U32_BE = (int) 270L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U32_BE } */
    public static int SPA_AUDIO_FORMAT_U32_BE() {
        return SPA_AUDIO_FORMAT_U32_BE;
    }

    private static final int SPA_AUDIO_FORMAT_S24_LE = (int) 271L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24_LE } */
    public static int SPA_AUDIO_FORMAT_S24_LE() {
        return SPA_AUDIO_FORMAT_S24_LE;
    }

    private static final int SPA_AUDIO_FORMAT_S24_BE = (int) 272L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24_BE } */
    public static int SPA_AUDIO_FORMAT_S24_BE() {
        return SPA_AUDIO_FORMAT_S24_BE;
    }

    private static final int SPA_AUDIO_FORMAT_U24_LE = (int) 273L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U24_LE } */
    public static int SPA_AUDIO_FORMAT_U24_LE() {
        return SPA_AUDIO_FORMAT_U24_LE;
    }

    private static final int SPA_AUDIO_FORMAT_U24_BE = (int) 274L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U24_BE } */
    public static int SPA_AUDIO_FORMAT_U24_BE() {
        return SPA_AUDIO_FORMAT_U24_BE;
    }

    private static final int SPA_AUDIO_FORMAT_S20_LE = (int) 275L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S20_LE } */
    public static int SPA_AUDIO_FORMAT_S20_LE() {
        return SPA_AUDIO_FORMAT_S20_LE;
    }

    private static final int SPA_AUDIO_FORMAT_S20_BE = (int) 276L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S20_BE } */
    public static int SPA_AUDIO_FORMAT_S20_BE() {
        return SPA_AUDIO_FORMAT_S20_BE;
    }

    private static final int SPA_AUDIO_FORMAT_U20_LE = (int) 277L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U20_LE } */
    public static int SPA_AUDIO_FORMAT_U20_LE() {
        return SPA_AUDIO_FORMAT_U20_LE;
    }

    private static final int SPA_AUDIO_FORMAT_U20_BE = (int) 278L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U20_BE } */
    public static int SPA_AUDIO_FORMAT_U20_BE() {
        return SPA_AUDIO_FORMAT_U20_BE;
    }

    private static final int SPA_AUDIO_FORMAT_S18_LE = (int) 279L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S18_LE } */
    public static int SPA_AUDIO_FORMAT_S18_LE() {
        return SPA_AUDIO_FORMAT_S18_LE;
    }

    private static final int SPA_AUDIO_FORMAT_S18_BE = (int) 280L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S18_BE } */
    public static int SPA_AUDIO_FORMAT_S18_BE() {
        return SPA_AUDIO_FORMAT_S18_BE;
    }

    private static final int SPA_AUDIO_FORMAT_U18_LE = (int) 281L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U18_LE } */
    public static int SPA_AUDIO_FORMAT_U18_LE() {
        return SPA_AUDIO_FORMAT_U18_LE;
    }

    private static final int SPA_AUDIO_FORMAT_U18_BE = (int) 282L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U18_BE } */
    public static int SPA_AUDIO_FORMAT_U18_BE() {
        return SPA_AUDIO_FORMAT_U18_BE;
    }

    private static final int SPA_AUDIO_FORMAT_F32_LE = (int) 283L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F32_LE } */
    public static int SPA_AUDIO_FORMAT_F32_LE() {
        return SPA_AUDIO_FORMAT_F32_LE;
    }

    private static final int SPA_AUDIO_FORMAT_F32_BE = (int) 284L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F32_BE } */
    public static int SPA_AUDIO_FORMAT_F32_BE() {
        return SPA_AUDIO_FORMAT_F32_BE;
    }

    private static final int SPA_AUDIO_FORMAT_F64_LE = (int) 285L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F64_LE } */
    public static int SPA_AUDIO_FORMAT_F64_LE() {
        return SPA_AUDIO_FORMAT_F64_LE;
    }

    private static final int SPA_AUDIO_FORMAT_F64_BE = (int) 286L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F64_BE } */
    public static int SPA_AUDIO_FORMAT_F64_BE() {
        return SPA_AUDIO_FORMAT_F64_BE;
    }

    private static final int SPA_AUDIO_FORMAT_ULAW = (int) 287L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_ULAW } */
    public static int SPA_AUDIO_FORMAT_ULAW() {
        return SPA_AUDIO_FORMAT_ULAW;
    }

    private static final int SPA_AUDIO_FORMAT_ALAW = (int) 288L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_ALAW } */
    public static int SPA_AUDIO_FORMAT_ALAW() {
        return SPA_AUDIO_FORMAT_ALAW;
    }

    private static final int SPA_AUDIO_FORMAT_START_Planar = (int) 512L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_START_Planar } */
    public static int SPA_AUDIO_FORMAT_START_Planar() {
        return SPA_AUDIO_FORMAT_START_Planar;
    }

    private static final int SPA_AUDIO_FORMAT_U8P = (int) 513L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U8P } */
    public static int SPA_AUDIO_FORMAT_U8P() {
        return SPA_AUDIO_FORMAT_U8P;
    }

    private static final int SPA_AUDIO_FORMAT_S16P = (int) 514L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S16P } */
    public static int SPA_AUDIO_FORMAT_S16P() {
        return SPA_AUDIO_FORMAT_S16P;
    }

    private static final int SPA_AUDIO_FORMAT_S24_32P = (int) 515L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24_32P } */
    public static int SPA_AUDIO_FORMAT_S24_32P() {
        return SPA_AUDIO_FORMAT_S24_32P;
    }

    private static final int SPA_AUDIO_FORMAT_S32P = (int) 516L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S32P } */
    public static int SPA_AUDIO_FORMAT_S32P() {
        return SPA_AUDIO_FORMAT_S32P;
    }

    private static final int SPA_AUDIO_FORMAT_S24P = (int) 517L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24P } */
    public static int SPA_AUDIO_FORMAT_S24P() {
        return SPA_AUDIO_FORMAT_S24P;
    }

    private static final int SPA_AUDIO_FORMAT_F32P = (int) 518L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F32P } */
    public static int SPA_AUDIO_FORMAT_F32P() {
        return SPA_AUDIO_FORMAT_F32P;
    }

    private static final int SPA_AUDIO_FORMAT_F64P = (int) 519L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F64P } */
    public static int SPA_AUDIO_FORMAT_F64P() {
        return SPA_AUDIO_FORMAT_F64P;
    }

    private static final int SPA_AUDIO_FORMAT_S8P = (int) 520L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S8P } */
    public static int SPA_AUDIO_FORMAT_S8P() {
        return SPA_AUDIO_FORMAT_S8P;
    }

    private static final int SPA_AUDIO_FORMAT_START_Other = (int) 1024L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_START_Other } */
    public static int SPA_AUDIO_FORMAT_START_Other() {
        return SPA_AUDIO_FORMAT_START_Other;
    }

    private static final int SPA_AUDIO_FORMAT_DSP_S32 = (int) 515L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_DSP_S32 } */
    public static int SPA_AUDIO_FORMAT_DSP_S32() {
        return SPA_AUDIO_FORMAT_DSP_S32;
    }

    private static final int SPA_AUDIO_FORMAT_DSP_F32 = (int) 518L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_DSP_F32 } */
    public static int SPA_AUDIO_FORMAT_DSP_F32() {
        return SPA_AUDIO_FORMAT_DSP_F32;
    }

    private static final int SPA_AUDIO_FORMAT_DSP_F64 = (int) 519L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_DSP_F64 } */
    public static int SPA_AUDIO_FORMAT_DSP_F64() {
        return SPA_AUDIO_FORMAT_DSP_F64;
    }

    private static final int SPA_AUDIO_FORMAT_S16 = (int) 259L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S16 } */
    public static int SPA_AUDIO_FORMAT_S16() {
        return SPA_AUDIO_FORMAT_S16;
    }

    private static final int SPA_AUDIO_FORMAT_U16 = (int) 261L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U16 } */
    public static int SPA_AUDIO_FORMAT_U16() {
        return SPA_AUDIO_FORMAT_U16;
    }

    private static final int SPA_AUDIO_FORMAT_S24_32 = (int) 263L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24_32 } */
    public static int SPA_AUDIO_FORMAT_S24_32() {
        return SPA_AUDIO_FORMAT_S24_32;
    }

    private static final int SPA_AUDIO_FORMAT_U24_32 = (int) 265L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U24_32 } */
    public static int SPA_AUDIO_FORMAT_U24_32() {
        return SPA_AUDIO_FORMAT_U24_32;
    }

    private static final int SPA_AUDIO_FORMAT_S32 = (int) 267L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S32 } */
    public static int SPA_AUDIO_FORMAT_S32() {
        return SPA_AUDIO_FORMAT_S32;
    }

    private static final int SPA_AUDIO_FORMAT_U32 = (int) 269L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U32 } */
    public static int SPA_AUDIO_FORMAT_U32() {
        return SPA_AUDIO_FORMAT_U32;
    }

    private static final int SPA_AUDIO_FORMAT_S24 = (int) 271L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24 } */
    public static int SPA_AUDIO_FORMAT_S24() {
        return SPA_AUDIO_FORMAT_S24;
    }

    private static final int SPA_AUDIO_FORMAT_U24 = (int) 273L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U24 } */
    public static int SPA_AUDIO_FORMAT_U24() {
        return SPA_AUDIO_FORMAT_U24;
    }

    private static final int SPA_AUDIO_FORMAT_S20 = (int) 275L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S20 } */
    public static int SPA_AUDIO_FORMAT_S20() {
        return SPA_AUDIO_FORMAT_S20;
    }

    private static final int SPA_AUDIO_FORMAT_U20 = (int) 277L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U20 } */
    public static int SPA_AUDIO_FORMAT_U20() {
        return SPA_AUDIO_FORMAT_U20;
    }

    private static final int SPA_AUDIO_FORMAT_S18 = (int) 279L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S18 } */
    public static int SPA_AUDIO_FORMAT_S18() {
        return SPA_AUDIO_FORMAT_S18;
    }

    private static final int SPA_AUDIO_FORMAT_U18 = (int) 281L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U18 } */
    public static int SPA_AUDIO_FORMAT_U18() {
        return SPA_AUDIO_FORMAT_U18;
    }

    private static final int SPA_AUDIO_FORMAT_F32 = (int) 283L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F32 } */
    public static int SPA_AUDIO_FORMAT_F32() {
        return SPA_AUDIO_FORMAT_F32;
    }

    private static final int SPA_AUDIO_FORMAT_F64 = (int) 285L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F64 } */
    public static int SPA_AUDIO_FORMAT_F64() {
        return SPA_AUDIO_FORMAT_F64;
    }

    private static final int SPA_AUDIO_FORMAT_S16_OE = (int) 260L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S16_OE } */
    public static int SPA_AUDIO_FORMAT_S16_OE() {
        return SPA_AUDIO_FORMAT_S16_OE;
    }

    private static final int SPA_AUDIO_FORMAT_U16_OE = (int) 262L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U16_OE } */
    public static int SPA_AUDIO_FORMAT_U16_OE() {
        return SPA_AUDIO_FORMAT_U16_OE;
    }

    private static final int SPA_AUDIO_FORMAT_S24_32_OE = (int) 264L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24_32_OE } */
    public static int SPA_AUDIO_FORMAT_S24_32_OE() {
        return SPA_AUDIO_FORMAT_S24_32_OE;
    }

    private static final int SPA_AUDIO_FORMAT_U24_32_OE = (int) 266L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U24_32_OE } */
    public static int SPA_AUDIO_FORMAT_U24_32_OE() {
        return SPA_AUDIO_FORMAT_U24_32_OE;
    }

    private static final int SPA_AUDIO_FORMAT_S32_OE = (int) 268L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S32_OE } */
    public static int SPA_AUDIO_FORMAT_S32_OE() {
        return SPA_AUDIO_FORMAT_S32_OE;
    }

    private static final int SPA_AUDIO_FORMAT_U32_OE = (int) 270L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U32_OE } */
    public static int SPA_AUDIO_FORMAT_U32_OE() {
        return SPA_AUDIO_FORMAT_U32_OE;
    }

    private static final int SPA_AUDIO_FORMAT_S24_OE = (int) 272L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S24_OE } */
    public static int SPA_AUDIO_FORMAT_S24_OE() {
        return SPA_AUDIO_FORMAT_S24_OE;
    }

    private static final int SPA_AUDIO_FORMAT_U24_OE = (int) 274L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U24_OE } */
    public static int SPA_AUDIO_FORMAT_U24_OE() {
        return SPA_AUDIO_FORMAT_U24_OE;
    }

    private static final int SPA_AUDIO_FORMAT_S20_OE = (int) 276L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S20_OE } */
    public static int SPA_AUDIO_FORMAT_S20_OE() {
        return SPA_AUDIO_FORMAT_S20_OE;
    }

    private static final int SPA_AUDIO_FORMAT_U20_OE = (int) 278L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U20_OE } */
    public static int SPA_AUDIO_FORMAT_U20_OE() {
        return SPA_AUDIO_FORMAT_U20_OE;
    }

    private static final int SPA_AUDIO_FORMAT_S18_OE = (int) 280L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_S18_OE } */
    public static int SPA_AUDIO_FORMAT_S18_OE() {
        return SPA_AUDIO_FORMAT_S18_OE;
    }

    private static final int SPA_AUDIO_FORMAT_U18_OE = (int) 282L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_U18_OE } */
    public static int SPA_AUDIO_FORMAT_U18_OE() {
        return SPA_AUDIO_FORMAT_U18_OE;
    }

    private static final int SPA_AUDIO_FORMAT_F32_OE = (int) 284L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F32_OE } */
    public static int SPA_AUDIO_FORMAT_F32_OE() {
        return SPA_AUDIO_FORMAT_F32_OE;
    }

    private static final int SPA_AUDIO_FORMAT_F64_OE = (int) 286L;

    /** {@snippet lang=c : SPA_AUDIO_FORMAT_F64_OE } */
    public static int SPA_AUDIO_FORMAT_F64_OE() {
        return SPA_AUDIO_FORMAT_F64_OE;
    }

    private static final int SPA_AUDIO_CHANNEL_UNKNOWN = (int) 0L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_UNKNOWN } */
    public static int SPA_AUDIO_CHANNEL_UNKNOWN() {
        return SPA_AUDIO_CHANNEL_UNKNOWN;
    }

    private static final int SPA_AUDIO_CHANNEL_NA = (int) 1L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_NA } */
    public static int SPA_AUDIO_CHANNEL_NA() {
        return SPA_AUDIO_CHANNEL_NA;
    }

    private static final int SPA_AUDIO_CHANNEL_MONO = (int) 2L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_MONO } */
    public static int SPA_AUDIO_CHANNEL_MONO() {
        return SPA_AUDIO_CHANNEL_MONO;
    }

    private static final int SPA_AUDIO_CHANNEL_FL = (int) 3L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FL } */
    public static int SPA_AUDIO_CHANNEL_FL() {
        return SPA_AUDIO_CHANNEL_FL;
    }

    private static final int SPA_AUDIO_CHANNEL_FR = (int) 4L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FR } */
    public static int SPA_AUDIO_CHANNEL_FR() {
        return SPA_AUDIO_CHANNEL_FR;
    }

    private static final int SPA_AUDIO_CHANNEL_FC = (int) 5L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FC } */
    public static int SPA_AUDIO_CHANNEL_FC() {
        return SPA_AUDIO_CHANNEL_FC;
    }

    private static final int SPA_AUDIO_CHANNEL_LFE = (int) 6L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_LFE } */
    public static int SPA_AUDIO_CHANNEL_LFE() {
        return SPA_AUDIO_CHANNEL_LFE;
    }

    private static final int SPA_AUDIO_CHANNEL_SL = (int) 7L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_SL } */
    public static int SPA_AUDIO_CHANNEL_SL() {
        return SPA_AUDIO_CHANNEL_SL;
    }

    private static final int SPA_AUDIO_CHANNEL_SR = (int) 8L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_SR } */
    public static int SPA_AUDIO_CHANNEL_SR() {
        return SPA_AUDIO_CHANNEL_SR;
    }

    private static final int SPA_AUDIO_CHANNEL_FLC = (int) 9L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FLC } */
    public static int SPA_AUDIO_CHANNEL_FLC() {
        return SPA_AUDIO_CHANNEL_FLC;
    }

    private static final int SPA_AUDIO_CHANNEL_FRC = (int) 10L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FRC } */
    public static int SPA_AUDIO_CHANNEL_FRC() {
        return SPA_AUDIO_CHANNEL_FRC;
    }

    private static final int SPA_AUDIO_CHANNEL_RC = (int) 11L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_RC } */
    public static int SPA_AUDIO_CHANNEL_RC() {
        return SPA_AUDIO_CHANNEL_RC;
    }

    private static final int SPA_AUDIO_CHANNEL_RL = (int) 12L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_RL } */
    public static int SPA_AUDIO_CHANNEL_RL() {
        return SPA_AUDIO_CHANNEL_RL;
    }

    private static final int SPA_AUDIO_CHANNEL_RR = (int) 13L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_RR } */
    public static int SPA_AUDIO_CHANNEL_RR() {
        return SPA_AUDIO_CHANNEL_RR;
    }

    private static final int SPA_AUDIO_CHANNEL_TC = (int) 14L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TC } */
    public static int SPA_AUDIO_CHANNEL_TC() {
        return SPA_AUDIO_CHANNEL_TC;
    }

    private static final int SPA_AUDIO_CHANNEL_TFL = (int) 15L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TFL } */
    public static int SPA_AUDIO_CHANNEL_TFL() {
        return SPA_AUDIO_CHANNEL_TFL;
    }

    private static final int SPA_AUDIO_CHANNEL_TFC = (int) 16L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TFC } */
    public static int SPA_AUDIO_CHANNEL_TFC() {
        return SPA_AUDIO_CHANNEL_TFC;
    }

    private static final int SPA_AUDIO_CHANNEL_TFR = (int) 17L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TFR } */
    public static int SPA_AUDIO_CHANNEL_TFR() {
        return SPA_AUDIO_CHANNEL_TFR;
    }

    private static final int SPA_AUDIO_CHANNEL_TRL = (int) 18L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TRL } */
    public static int SPA_AUDIO_CHANNEL_TRL() {
        return SPA_AUDIO_CHANNEL_TRL;
    }

    private static final int SPA_AUDIO_CHANNEL_TRC = (int) 19L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TRC } */
    public static int SPA_AUDIO_CHANNEL_TRC() {
        return SPA_AUDIO_CHANNEL_TRC;
    }

    private static final int SPA_AUDIO_CHANNEL_TRR = (int) 20L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TRR } */
    public static int SPA_AUDIO_CHANNEL_TRR() {
        return SPA_AUDIO_CHANNEL_TRR;
    }

    private static final int SPA_AUDIO_CHANNEL_RLC = (int) 21L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_RLC } */
    public static int SPA_AUDIO_CHANNEL_RLC() {
        return SPA_AUDIO_CHANNEL_RLC;
    }

    private static final int SPA_AUDIO_CHANNEL_RRC = (int) 22L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_RRC } */
    public static int SPA_AUDIO_CHANNEL_RRC() {
        return SPA_AUDIO_CHANNEL_RRC;
    }

    private static final int SPA_AUDIO_CHANNEL_FLW = (int) 23L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FLW } */
    public static int SPA_AUDIO_CHANNEL_FLW() {
        return SPA_AUDIO_CHANNEL_FLW;
    }

    private static final int SPA_AUDIO_CHANNEL_FRW = (int) 24L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FRW } */
    public static int SPA_AUDIO_CHANNEL_FRW() {
        return SPA_AUDIO_CHANNEL_FRW;
    }

    private static final int SPA_AUDIO_CHANNEL_LFE2 = (int) 25L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_LFE2 } */
    public static int SPA_AUDIO_CHANNEL_LFE2() {
        return SPA_AUDIO_CHANNEL_LFE2;
    }

    private static final int SPA_AUDIO_CHANNEL_FLH = (int) 26L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FLH } */
    public static int SPA_AUDIO_CHANNEL_FLH() {
        return SPA_AUDIO_CHANNEL_FLH;
    }

    private static final int SPA_AUDIO_CHANNEL_FCH = (int) 27L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FCH } */
    public static int SPA_AUDIO_CHANNEL_FCH() {
        return SPA_AUDIO_CHANNEL_FCH;
    }

    private static final int SPA_AUDIO_CHANNEL_FRH = (int) 28L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_FRH } */
    public static int SPA_AUDIO_CHANNEL_FRH() {
        return SPA_AUDIO_CHANNEL_FRH;
    }

    private static final int SPA_AUDIO_CHANNEL_TFLC = (int) 29L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TFLC } */
    public static int SPA_AUDIO_CHANNEL_TFLC() {
        return SPA_AUDIO_CHANNEL_TFLC;
    }

    private static final int SPA_AUDIO_CHANNEL_TFRC = (int) 30L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TFRC } */
    public static int SPA_AUDIO_CHANNEL_TFRC() {
        return SPA_AUDIO_CHANNEL_TFRC;
    }

    private static final int SPA_AUDIO_CHANNEL_TSL = (int) 31L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TSL } */
    public static int SPA_AUDIO_CHANNEL_TSL() {
        return SPA_AUDIO_CHANNEL_TSL;
    }

    private static final int SPA_AUDIO_CHANNEL_TSR = (int) 32L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_TSR } */
    public static int SPA_AUDIO_CHANNEL_TSR() {
        return SPA_AUDIO_CHANNEL_TSR;
    }

    private static final int SPA_AUDIO_CHANNEL_LLFE = (int) 33L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_LLFE } */
    public static int SPA_AUDIO_CHANNEL_LLFE() {
        return SPA_AUDIO_CHANNEL_LLFE;
    }

    private static final int SPA_AUDIO_CHANNEL_RLFE = (int) 34L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_RLFE } */
    public static int SPA_AUDIO_CHANNEL_RLFE() {
        return SPA_AUDIO_CHANNEL_RLFE;
    }

    private static final int SPA_AUDIO_CHANNEL_BC = (int) 35L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_BC } */
    public static int SPA_AUDIO_CHANNEL_BC() {
        return SPA_AUDIO_CHANNEL_BC;
    }

    private static final int SPA_AUDIO_CHANNEL_BLC = (int) 36L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_BLC } */
    public static int SPA_AUDIO_CHANNEL_BLC() {
        return SPA_AUDIO_CHANNEL_BLC;
    }

    private static final int SPA_AUDIO_CHANNEL_BRC = (int) 37L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_BRC } */
    public static int SPA_AUDIO_CHANNEL_BRC() {
        return SPA_AUDIO_CHANNEL_BRC;
    }

    private static final int SPA_AUDIO_CHANNEL_START_Aux = (int) 4096L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_START_Aux } */
    public static int SPA_AUDIO_CHANNEL_START_Aux() {
        return SPA_AUDIO_CHANNEL_START_Aux;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX0 = (int) 4096L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX0 } */
    public static int SPA_AUDIO_CHANNEL_AUX0() {
        return SPA_AUDIO_CHANNEL_AUX0;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX1 = (int) 4097L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX1 } */
    public static int SPA_AUDIO_CHANNEL_AUX1() {
        return SPA_AUDIO_CHANNEL_AUX1;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX2 = (int) 4098L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX2 } */
    public static int SPA_AUDIO_CHANNEL_AUX2() {
        return SPA_AUDIO_CHANNEL_AUX2;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX3 = (int) 4099L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX3 } */
    public static int SPA_AUDIO_CHANNEL_AUX3() {
        return SPA_AUDIO_CHANNEL_AUX3;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX4 = (int) 4100L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX4 } */
    public static int SPA_AUDIO_CHANNEL_AUX4() {
        return SPA_AUDIO_CHANNEL_AUX4;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX5 = (int) 4101L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX5 } */
    public static int SPA_AUDIO_CHANNEL_AUX5() {
        return SPA_AUDIO_CHANNEL_AUX5;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX6 = (int) 4102L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX6 } */
    public static int SPA_AUDIO_CHANNEL_AUX6() {
        return SPA_AUDIO_CHANNEL_AUX6;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX7 = (int) 4103L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX7 } */
    public static int SPA_AUDIO_CHANNEL_AUX7() {
        return SPA_AUDIO_CHANNEL_AUX7;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX8 = (int) 4104L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX8 } */
    public static int SPA_AUDIO_CHANNEL_AUX8() {
        return SPA_AUDIO_CHANNEL_AUX8;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX9 = (int) 4105L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX9 } */
    public static int SPA_AUDIO_CHANNEL_AUX9() {
        return SPA_AUDIO_CHANNEL_AUX9;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX10 = (int) 4106L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX10 } */
    public static int SPA_AUDIO_CHANNEL_AUX10() {
        return SPA_AUDIO_CHANNEL_AUX10;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX11 = (int) 4107L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX11 } */
    public static int SPA_AUDIO_CHANNEL_AUX11() {
        return SPA_AUDIO_CHANNEL_AUX11;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX12 = (int) 4108L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX12 } */
    public static int SPA_AUDIO_CHANNEL_AUX12() {
        return SPA_AUDIO_CHANNEL_AUX12;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX13 = (int) 4109L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX13 } */
    public static int SPA_AUDIO_CHANNEL_AUX13() {
        return SPA_AUDIO_CHANNEL_AUX13;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX14 = (int) 4110L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX14 } */
    public static int SPA_AUDIO_CHANNEL_AUX14() {
        return SPA_AUDIO_CHANNEL_AUX14;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX15 = (int) 4111L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX15 } */
    public static int SPA_AUDIO_CHANNEL_AUX15() {
        return SPA_AUDIO_CHANNEL_AUX15;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX16 = (int) 4112L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX16 } */
    public static int SPA_AUDIO_CHANNEL_AUX16() {
        return SPA_AUDIO_CHANNEL_AUX16;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX17 = (int) 4113L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX17 } */
    public static int SPA_AUDIO_CHANNEL_AUX17() {
        return SPA_AUDIO_CHANNEL_AUX17;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX18 = (int) 4114L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX18 } */
    public static int SPA_AUDIO_CHANNEL_AUX18() {
        return SPA_AUDIO_CHANNEL_AUX18;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX19 = (int) 4115L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX19 } */
    public static int SPA_AUDIO_CHANNEL_AUX19() {
        return SPA_AUDIO_CHANNEL_AUX19;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX20 = (int) 4116L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX20 } */
    public static int SPA_AUDIO_CHANNEL_AUX20() {
        return SPA_AUDIO_CHANNEL_AUX20;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX21 = (int) 4117L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX21 } */
    public static int SPA_AUDIO_CHANNEL_AUX21() {
        return SPA_AUDIO_CHANNEL_AUX21;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX22 = (int) 4118L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX22 } */
    public static int SPA_AUDIO_CHANNEL_AUX22() {
        return SPA_AUDIO_CHANNEL_AUX22;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX23 = (int) 4119L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX23 } */
    public static int SPA_AUDIO_CHANNEL_AUX23() {
        return SPA_AUDIO_CHANNEL_AUX23;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX24 = (int) 4120L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX24 } */
    public static int SPA_AUDIO_CHANNEL_AUX24() {
        return SPA_AUDIO_CHANNEL_AUX24;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX25 = (int) 4121L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX25 } */
    public static int SPA_AUDIO_CHANNEL_AUX25() {
        return SPA_AUDIO_CHANNEL_AUX25;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX26 = (int) 4122L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX26 } */
    public static int SPA_AUDIO_CHANNEL_AUX26() {
        return SPA_AUDIO_CHANNEL_AUX26;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX27 = (int) 4123L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX27 } */
    public static int SPA_AUDIO_CHANNEL_AUX27() {
        return SPA_AUDIO_CHANNEL_AUX27;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX28 = (int) 4124L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX28 } */
    public static int SPA_AUDIO_CHANNEL_AUX28() {
        return SPA_AUDIO_CHANNEL_AUX28;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX29 = (int) 4125L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX29 } */
    public static int SPA_AUDIO_CHANNEL_AUX29() {
        return SPA_AUDIO_CHANNEL_AUX29;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX30 = (int) 4126L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX30 } */
    public static int SPA_AUDIO_CHANNEL_AUX30() {
        return SPA_AUDIO_CHANNEL_AUX30;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX31 = (int) 4127L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX31 } */
    public static int SPA_AUDIO_CHANNEL_AUX31() {
        return SPA_AUDIO_CHANNEL_AUX31;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX32 = (int) 4128L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX32 } */
    public static int SPA_AUDIO_CHANNEL_AUX32() {
        return SPA_AUDIO_CHANNEL_AUX32;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX33 = (int) 4129L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX33 } */
    public static int SPA_AUDIO_CHANNEL_AUX33() {
        return SPA_AUDIO_CHANNEL_AUX33;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX34 = (int) 4130L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX34 } */
    public static int SPA_AUDIO_CHANNEL_AUX34() {
        return SPA_AUDIO_CHANNEL_AUX34;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX35 = (int) 4131L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX35 } */
    public static int SPA_AUDIO_CHANNEL_AUX35() {
        return SPA_AUDIO_CHANNEL_AUX35;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX36 = (int) 4132L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX36 } */
    public static int SPA_AUDIO_CHANNEL_AUX36() {
        return SPA_AUDIO_CHANNEL_AUX36;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX37 = (int) 4133L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX37 } */
    public static int SPA_AUDIO_CHANNEL_AUX37() {
        return SPA_AUDIO_CHANNEL_AUX37;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX38 = (int) 4134L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX38 } */
    public static int SPA_AUDIO_CHANNEL_AUX38() {
        return SPA_AUDIO_CHANNEL_AUX38;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX39 = (int) 4135L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX39 } */
    public static int SPA_AUDIO_CHANNEL_AUX39() {
        return SPA_AUDIO_CHANNEL_AUX39;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX40 = (int) 4136L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX40 } */
    public static int SPA_AUDIO_CHANNEL_AUX40() {
        return SPA_AUDIO_CHANNEL_AUX40;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX41 = (int) 4137L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX41 } */
    public static int SPA_AUDIO_CHANNEL_AUX41() {
        return SPA_AUDIO_CHANNEL_AUX41;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX42 = (int) 4138L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX42 } */
    public static int SPA_AUDIO_CHANNEL_AUX42() {
        return SPA_AUDIO_CHANNEL_AUX42;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX43 = (int) 4139L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX43 } */
    public static int SPA_AUDIO_CHANNEL_AUX43() {
        return SPA_AUDIO_CHANNEL_AUX43;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX44 = (int) 4140L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX44 } */
    public static int SPA_AUDIO_CHANNEL_AUX44() {
        return SPA_AUDIO_CHANNEL_AUX44;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX45 = (int) 4141L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX45 } */
    public static int SPA_AUDIO_CHANNEL_AUX45() {
        return SPA_AUDIO_CHANNEL_AUX45;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX46 = (int) 4142L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX46 } */
    public static int SPA_AUDIO_CHANNEL_AUX46() {
        return SPA_AUDIO_CHANNEL_AUX46;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX47 = (int) 4143L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX47 } */
    public static int SPA_AUDIO_CHANNEL_AUX47() {
        return SPA_AUDIO_CHANNEL_AUX47;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX48 = (int) 4144L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX48 } */
    public static int SPA_AUDIO_CHANNEL_AUX48() {
        return SPA_AUDIO_CHANNEL_AUX48;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX49 = (int) 4145L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX49 } */
    public static int SPA_AUDIO_CHANNEL_AUX49() {
        return SPA_AUDIO_CHANNEL_AUX49;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX50 = (int) 4146L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX50 } */
    public static int SPA_AUDIO_CHANNEL_AUX50() {
        return SPA_AUDIO_CHANNEL_AUX50;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX51 = (int) 4147L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX51 } */
    public static int SPA_AUDIO_CHANNEL_AUX51() {
        return SPA_AUDIO_CHANNEL_AUX51;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX52 = (int) 4148L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX52 } */
    public static int SPA_AUDIO_CHANNEL_AUX52() {
        return SPA_AUDIO_CHANNEL_AUX52;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX53 = (int) 4149L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX53 } */
    public static int SPA_AUDIO_CHANNEL_AUX53() {
        return SPA_AUDIO_CHANNEL_AUX53;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX54 = (int) 4150L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX54 } */
    public static int SPA_AUDIO_CHANNEL_AUX54() {
        return SPA_AUDIO_CHANNEL_AUX54;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX55 = (int) 4151L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX55 } */
    public static int SPA_AUDIO_CHANNEL_AUX55() {
        return SPA_AUDIO_CHANNEL_AUX55;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX56 = (int) 4152L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX56 } */
    public static int SPA_AUDIO_CHANNEL_AUX56() {
        return SPA_AUDIO_CHANNEL_AUX56;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX57 = (int) 4153L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX57 } */
    public static int SPA_AUDIO_CHANNEL_AUX57() {
        return SPA_AUDIO_CHANNEL_AUX57;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX58 = (int) 4154L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX58 } */
    public static int SPA_AUDIO_CHANNEL_AUX58() {
        return SPA_AUDIO_CHANNEL_AUX58;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX59 = (int) 4155L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX59 } */
    public static int SPA_AUDIO_CHANNEL_AUX59() {
        return SPA_AUDIO_CHANNEL_AUX59;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX60 = (int) 4156L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX60 } */
    public static int SPA_AUDIO_CHANNEL_AUX60() {
        return SPA_AUDIO_CHANNEL_AUX60;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX61 = (int) 4157L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX61 } */
    public static int SPA_AUDIO_CHANNEL_AUX61() {
        return SPA_AUDIO_CHANNEL_AUX61;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX62 = (int) 4158L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX62 } */
    public static int SPA_AUDIO_CHANNEL_AUX62() {
        return SPA_AUDIO_CHANNEL_AUX62;
    }

    private static final int SPA_AUDIO_CHANNEL_AUX63 = (int) 4159L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_AUX63 } */
    public static int SPA_AUDIO_CHANNEL_AUX63() {
        return SPA_AUDIO_CHANNEL_AUX63;
    }

    private static final int SPA_AUDIO_CHANNEL_LAST_Aux = (int) 8191L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_LAST_Aux } */
    public static int SPA_AUDIO_CHANNEL_LAST_Aux() {
        return SPA_AUDIO_CHANNEL_LAST_Aux;
    }

    private static final int SPA_AUDIO_CHANNEL_START_Custom = (int) 65536L;

    /** {@snippet lang=c : SPA_AUDIO_CHANNEL_START_Custom } */
    public static int SPA_AUDIO_CHANNEL_START_Custom() {
        return SPA_AUDIO_CHANNEL_START_Custom;
    }

    private static final int SPA_CHUNK_FLAG_NONE = (int) 0L;

    /** {@snippet lang=c : SPA_CHUNK_FLAG_NONE } */
    public static int SPA_CHUNK_FLAG_NONE() {
        return SPA_CHUNK_FLAG_NONE;
    }

    private static final int SPA_CHUNK_FLAG_CORRUPTED = (int) 1L;

    /** {@snippet lang=c : SPA_CHUNK_FLAG_CORRUPTED } */
    public static int SPA_CHUNK_FLAG_CORRUPTED() {
        return SPA_CHUNK_FLAG_CORRUPTED;
    }

    private static final int SPA_CHUNK_FLAG_EMPTY = (int) 2L;

    /** {@snippet lang=c : SPA_CHUNK_FLAG_EMPTY } */
    public static int SPA_CHUNK_FLAG_EMPTY() {
        return SPA_CHUNK_FLAG_EMPTY;
    }

    private static final int SPA_DATA_FLAG_NONE = (int) 0L;

    /** {@snippet lang=c : SPA_DATA_FLAG_NONE } */
    public static int SPA_DATA_FLAG_NONE() {
        return SPA_DATA_FLAG_NONE;
    }

    private static final int SPA_DATA_FLAG_READABLE = (int) 1L;

    /** {@snippet lang=c : SPA_DATA_FLAG_READABLE } */
    public static int SPA_DATA_FLAG_READABLE() {
        return SPA_DATA_FLAG_READABLE;
    }

    private static final int SPA_DATA_FLAG_WRITABLE = (int) 2L;

    /** {@snippet lang=c : SPA_DATA_FLAG_WRITABLE } */
    public static int SPA_DATA_FLAG_WRITABLE() {
        return SPA_DATA_FLAG_WRITABLE;
    }

    private static final int SPA_DATA_FLAG_DYNAMIC = (int) 4L;

    /** {@snippet lang=c : SPA_DATA_FLAG_DYNAMIC } */
    public static int SPA_DATA_FLAG_DYNAMIC() {
        return SPA_DATA_FLAG_DYNAMIC;
    }

    private static final int SPA_DATA_FLAG_READWRITE = (int) 3L;

    /** {@snippet lang=c : SPA_DATA_FLAG_READWRITE } */
    public static int SPA_DATA_FLAG_READWRITE() {
        return SPA_DATA_FLAG_READWRITE;
    }

    private static final int SPA_META_HEADER_FLAG_DISCONT = (int) 1L;

    /** {@snippet lang=c : SPA_META_HEADER_FLAG_DISCONT } */
    public static int SPA_META_HEADER_FLAG_DISCONT() {
        return SPA_META_HEADER_FLAG_DISCONT;
    }

    private static final int SPA_META_HEADER_FLAG_CORRUPTED = (int) 2L;

    /** {@snippet lang=c : SPA_META_HEADER_FLAG_CORRUPTED } */
    public static int SPA_META_HEADER_FLAG_CORRUPTED() {
        return SPA_META_HEADER_FLAG_CORRUPTED;
    }

    private static final int SPA_META_HEADER_FLAG_MARKER = (int) 4L;

    /** {@snippet lang=c : SPA_META_HEADER_FLAG_MARKER } */
    public static int SPA_META_HEADER_FLAG_MARKER() {
        return SPA_META_HEADER_FLAG_MARKER;
    }

    private static final int SPA_META_HEADER_FLAG_HEADER = (int) 8L;

    /** {@snippet lang=c : SPA_META_HEADER_FLAG_HEADER } */
    public static int SPA_META_HEADER_FLAG_HEADER() {
        return SPA_META_HEADER_FLAG_HEADER;
    }

    private static final int SPA_META_HEADER_FLAG_GAP = (int) 16L;

    /** {@snippet lang=c : SPA_META_HEADER_FLAG_GAP } */
    public static int SPA_META_HEADER_FLAG_GAP() {
        return SPA_META_HEADER_FLAG_GAP;
    }

    private static final int SPA_META_HEADER_FLAG_DELTA_UNIT = (int) 32L;

    /** {@snippet lang=c : SPA_META_HEADER_FLAG_DELTA_UNIT } */
    public static int SPA_META_HEADER_FLAG_DELTA_UNIT() {
        return SPA_META_HEADER_FLAG_DELTA_UNIT;
    }

    private static final int SPA_POD_PROP_FLAG_READONLY = (int) 1L;

    /** {@snippet lang=c : SPA_POD_PROP_FLAG_READONLY } */
    public static int SPA_POD_PROP_FLAG_READONLY() {
        return SPA_POD_PROP_FLAG_READONLY;
    }

    private static final int SPA_POD_PROP_FLAG_HARDWARE = (int) 2L;

    /** {@snippet lang=c : SPA_POD_PROP_FLAG_HARDWARE } */
    public static int SPA_POD_PROP_FLAG_HARDWARE() {
        return SPA_POD_PROP_FLAG_HARDWARE;
    }

    private static final int SPA_POD_PROP_FLAG_HINT_DICT = (int) 4L;

    /** {@snippet lang=c : SPA_POD_PROP_FLAG_HINT_DICT } */
    public static int SPA_POD_PROP_FLAG_HINT_DICT() {
        return SPA_POD_PROP_FLAG_HINT_DICT;
    }

    private static final int SPA_POD_PROP_FLAG_MANDATORY = (int) 8L;

    /** {@snippet lang=c : SPA_POD_PROP_FLAG_MANDATORY } */
    public static int SPA_POD_PROP_FLAG_MANDATORY() {
        return SPA_POD_PROP_FLAG_MANDATORY;
    }

    private static final int SPA_POD_PROP_FLAG_DONT_FIXATE = (int) 16L;

    /** {@snippet lang=c : SPA_POD_PROP_FLAG_DONT_FIXATE } */
    public static int SPA_POD_PROP_FLAG_DONT_FIXATE() {
        return SPA_POD_PROP_FLAG_DONT_FIXATE;
    }

    private static final int SPA_DICT_FLAG_SORTED = (int) 1L;

    /** {@snippet lang=c : SPA_DICT_FLAG_SORTED } */
    public static int SPA_DICT_FLAG_SORTED() {
        return SPA_DICT_FLAG_SORTED;
    }

    private static final int SPA_VIDEO_MAX_PLANES = (int) 4L;

    /** {@snippet lang=c : SPA_VIDEO_MAX_PLANES } */
    public static int SPA_VIDEO_MAX_PLANES() {
        return SPA_VIDEO_MAX_PLANES;
    }

    private static final int SPA_VIDEO_MAX_COMPONENTS = (int) 4L;

    /** {@snippet lang=c : SPA_VIDEO_MAX_COMPONENTS } */
    public static int SPA_VIDEO_MAX_COMPONENTS() {
        return SPA_VIDEO_MAX_COMPONENTS;
    }

    private static final int SPA_AUDIO_MAX_CHANNELS = (int) 64L;

    /** {@snippet lang=c : SPA_AUDIO_MAX_CHANNELS } */
    public static int SPA_AUDIO_MAX_CHANNELS() {
        return SPA_AUDIO_MAX_CHANNELS;
    }

    private static final int SPA_AUDIO_FLAG_NONE = (int) 0L;

    /** {@snippet lang=c : SPA_AUDIO_FLAG_NONE } */
    public static int SPA_AUDIO_FLAG_NONE() {
        return SPA_AUDIO_FLAG_NONE;
    }

    private static final int SPA_AUDIO_FLAG_UNPOSITIONED = (int) 1L;

    /** {@snippet lang=c : SPA_AUDIO_FLAG_UNPOSITIONED } */
    public static int SPA_AUDIO_FLAG_UNPOSITIONED() {
        return SPA_AUDIO_FLAG_UNPOSITIONED;
    }

}
