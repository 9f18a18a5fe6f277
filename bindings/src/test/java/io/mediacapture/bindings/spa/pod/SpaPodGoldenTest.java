package io.mediacapture.bindings.spa.pod;

import static io.mediacapture.bindings.spa.spa_h.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.pipewire.inline.AudioInfoRaw;
import io.mediacapture.bindings.pipewire.inline.FormatDescription;
import io.mediacapture.bindings.pipewire.inline.ParamValue;
import io.mediacapture.bindings.pipewire.inline.SpaFormats;
import io.mediacapture.bindings.pipewire.inline.SpaParams;
import io.mediacapture.bindings.pipewire.inline.VideoInfoMjpg;
import io.mediacapture.bindings.pipewire.inline.VideoInfoRaw;
import io.mediacapture.bindings.testing.CProbe;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pods built in Java are byte-identical to pods the real {@code spa_pod_builder} builds (a C program compiled
 * during the test prints them as hex), and the Java parser reads the C-built pods back to the right values.
 */
class SpaPodGoldenTest {
    private static final String C_PROGRAM = """
            #include <stdio.h>
            #include <spa/pod/builder.h>
            #include <spa/param/video/format-utils.h>
            #include <spa/param/audio/format-utils.h>
            #include <spa/param/buffers.h>
            #include <spa/buffer/meta.h>
            #include <spa/buffer/buffer.h>

            static uint8_t buf[4096];
            static struct spa_pod_builder b;
            static void start(void) { memset(buf, 0xAA, sizeof(buf)); b = SPA_POD_BUILDER_INIT(buf, sizeof(buf)); }
            static void dump(const char *name) {
                printf("%s ", name);
                for (uint32_t i = 0; i < b.state.offset; i++) printf("%02x", buf[i]);
                printf("\\n");
            }

            int main(void) {
                start();
                spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_Format, SPA_PARAM_EnumFormat,
                    SPA_FORMAT_mediaType, SPA_POD_Id(SPA_MEDIA_TYPE_video),
                    SPA_FORMAT_mediaSubtype, SPA_POD_Id(SPA_MEDIA_SUBTYPE_raw),
                    SPA_FORMAT_VIDEO_format, SPA_POD_CHOICE_ENUM_Id(4, SPA_VIDEO_FORMAT_RGB, SPA_VIDEO_FORMAT_RGB,
                        SPA_VIDEO_FORMAT_YUY2, SPA_VIDEO_FORMAT_I420),
                    SPA_FORMAT_VIDEO_size, SPA_POD_CHOICE_RANGE_Rectangle(&SPA_RECTANGLE(320, 240),
                        &SPA_RECTANGLE(1, 1), &SPA_RECTANGLE(4096, 4096)),
                    SPA_FORMAT_VIDEO_framerate, SPA_POD_CHOICE_RANGE_Fraction(&SPA_FRACTION(25, 1),
                        &SPA_FRACTION(0, 1), &SPA_FRACTION(1000, 1)));
                dump("video_raw_enum");

                start();
                spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_Format, SPA_PARAM_EnumFormat,
                    SPA_FORMAT_mediaType, SPA_POD_Id(SPA_MEDIA_TYPE_video),
                    SPA_FORMAT_mediaSubtype, SPA_POD_Id(SPA_MEDIA_SUBTYPE_raw),
                    SPA_FORMAT_VIDEO_format, SPA_POD_Id(SPA_VIDEO_FORMAT_UYVY),
                    SPA_FORMAT_VIDEO_size, SPA_POD_CHOICE_STEP_Rectangle(&SPA_RECTANGLE(640, 480),
                        &SPA_RECTANGLE(16, 16), &SPA_RECTANGLE(1920, 1080), &SPA_RECTANGLE(16, 8)),
                    SPA_FORMAT_VIDEO_framerate, SPA_POD_CHOICE_ENUM_Fraction(3, &SPA_FRACTION(30, 1),
                        &SPA_FRACTION(30, 1), &SPA_FRACTION(15, 1)));
                dump("video_raw_step");

                start();
                struct spa_video_info_raw vi = { .format = SPA_VIDEO_FORMAT_YUY2, .size = { 640, 480 },
                    .framerate = { 30, 1 } };
                spa_format_video_raw_build(&b, SPA_PARAM_Format, &vi);
                dump("video_raw_fixed");

                start();
                /* max_framerate stays 0: the 0.3.65 helper passes it to SPA_POD_Fraction by value, which crashes */
                struct spa_video_info_mjpg mi = { .size = { 1280, 720 }, .framerate = { 60, 1 } };
                spa_format_video_mjpg_build(&b, SPA_PARAM_Format, &mi);
                dump("mjpg_fixed");

                start();
                spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_Format, SPA_PARAM_EnumFormat,
                    SPA_FORMAT_mediaType, SPA_POD_Id(SPA_MEDIA_TYPE_video),
                    SPA_FORMAT_mediaSubtype, SPA_POD_Id(SPA_MEDIA_SUBTYPE_mjpg),
                    SPA_FORMAT_VIDEO_size, SPA_POD_CHOICE_ENUM_Rectangle(3, &SPA_RECTANGLE(1280, 720),
                        &SPA_RECTANGLE(1280, 720), &SPA_RECTANGLE(640, 480)),
                    SPA_FORMAT_VIDEO_framerate, SPA_POD_CHOICE_RANGE_Fraction(&SPA_FRACTION(30, 1),
                        &SPA_FRACTION(1, 1), &SPA_FRACTION(60, 1)));
                dump("mjpg_enum");

                start();
                struct spa_audio_info_raw ai = { .format = SPA_AUDIO_FORMAT_S16, .rate = 48000, .channels = 2,
                    .position = { SPA_AUDIO_CHANNEL_FL, SPA_AUDIO_CHANNEL_FR } };
                spa_format_audio_raw_build(&b, SPA_PARAM_Format, &ai);
                dump("audio_raw_fixed");

                start();
                spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_Format, SPA_PARAM_EnumFormat,
                    SPA_FORMAT_mediaType, SPA_POD_Id(SPA_MEDIA_TYPE_audio),
                    SPA_FORMAT_mediaSubtype, SPA_POD_Id(SPA_MEDIA_SUBTYPE_raw),
                    SPA_FORMAT_AUDIO_format, SPA_POD_CHOICE_ENUM_Id(3, SPA_AUDIO_FORMAT_F32, SPA_AUDIO_FORMAT_F32,
                        SPA_AUDIO_FORMAT_S16),
                    SPA_FORMAT_AUDIO_rate, SPA_POD_CHOICE_RANGE_Int(48000, 1, INT32_MAX),
                    SPA_FORMAT_AUDIO_channels, SPA_POD_CHOICE_RANGE_Int(2, 1, 64));
                dump("audio_raw_enum");

                start();
                spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_ParamBuffers, SPA_PARAM_Buffers,
                    SPA_PARAM_BUFFERS_buffers, SPA_POD_CHOICE_RANGE_Int(8, 2, 16),
                    SPA_PARAM_BUFFERS_blocks, SPA_POD_Int(1),
                    SPA_PARAM_BUFFERS_size, SPA_POD_Int(640 * 480 * 2),
                    SPA_PARAM_BUFFERS_stride, SPA_POD_Int(1280),
                    SPA_PARAM_BUFFERS_dataType, SPA_POD_CHOICE_FLAGS_Int(1 << SPA_DATA_MemPtr));
                dump("buffers");

                start();
                spa_pod_builder_add_object(&b, SPA_TYPE_OBJECT_ParamMeta, SPA_PARAM_Meta,
                    SPA_PARAM_META_type, SPA_POD_Id(SPA_META_Header),
                    SPA_PARAM_META_size, SPA_POD_Int(sizeof(struct spa_meta_header)));
                dump("meta");

                start();
                uint32_t ids[3] = { 7, 8, 9 };
                spa_pod_builder_add_struct(&b,
                    SPA_POD_Int(-1), SPA_POD_String("hello, pod"), SPA_POD_Bool(true), SPA_POD_Long(-5),
                    SPA_POD_Float(1.5f), SPA_POD_Double(2.25), SPA_POD_Bytes("abc", 3), SPA_POD_None(),
                    SPA_POD_Fraction(&SPA_FRACTION(1, 3)), SPA_POD_Rectangle(&SPA_RECTANGLE(7, 9)),
                    SPA_POD_Array(sizeof(uint32_t), SPA_TYPE_Id, 3, ids), SPA_POD_String(""));
                dump("struct_misc");

                start();
                struct spa_pod_frame f1, f2;
                spa_pod_builder_push_struct(&b, &f1);
                spa_pod_builder_push_choice(&b, &f2, SPA_CHOICE_Enum, 0);
                spa_pod_builder_pop(&b, &f2);
                spa_pod_builder_int(&b, 42);
                spa_pod_builder_pop(&b, &f1);
                dump("empty_choice");
                return 0;
            }
            """;

    private static Map<String, byte[]> golden;

    @BeforeAll
    static void buildPodsInC() {
        String out = CProbe.compileAndRun(C_PROGRAM, CProbe.pkgConfigCflags("libspa-0.2"), List.of());
        golden = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                golden.put(parts[0], HexFormat.of().parseHex(parts[1]));
            }
        }
        assertEquals(11, golden.size(), "C program output: " + out);
    }

    private static SpaRectangle rect(int w, int h) {
        return new SpaRectangle(w, h);
    }

    private static SpaFraction frac(int n, int d) {
        return new SpaFraction(n, d);
    }

    private static void assertSameBytes(String name, SpaPod javaPod) {
        byte[] c = golden.get(name);
        byte[] java = SpaPodBuilder.encode(javaPod);
        assertEquals(HexFormat.of().formatHex(c), HexFormat.of().formatHex(java), name + ": Java bytes differ from C");
        assertEquals(javaPod, SpaPodParser.parse(c), name + ": parsing the C pod gives another value");
    }

    private static SpaObject videoRawEnum() {
        return SpaFormats.videoRawEnumFormat(
                SpaChoice.enumOf(new SpaId(SPA_VIDEO_FORMAT_RGB()), new SpaId(SPA_VIDEO_FORMAT_RGB()),
                        new SpaId(SPA_VIDEO_FORMAT_YUY2()), new SpaId(SPA_VIDEO_FORMAT_I420())),
                SpaChoice.range(rect(320, 240), rect(1, 1), rect(4096, 4096)),
                SpaChoice.range(frac(25, 1), frac(0, 1), frac(1000, 1)));
    }

    @Test
    void videoRawEnumFormatWithChoices() {
        assertSameBytes("video_raw_enum", videoRawEnum());
        FormatDescription d = SpaFormats.parseEnumFormat(SpaPodParser.parse(golden.get("video_raw_enum")));
        assertEquals(SPA_MEDIA_TYPE_video(), d.mediaType());
        assertEquals(SPA_MEDIA_SUBTYPE_raw(), d.mediaSubtype());
        var formats = assertInstanceOf(ParamValue.Enumerated.class, d.videoFormat().orElseThrow());
        assertEquals(List.of(SPA_VIDEO_FORMAT_RGB(), SPA_VIDEO_FORMAT_YUY2(), SPA_VIDEO_FORMAT_I420()),
                formats.distinctValues());
        assertEquals(new ParamValue.Range<>(rect(320, 240), rect(1, 1), rect(4096, 4096)), d.size().orElseThrow());
        assertEquals(new ParamValue.Range<>(frac(25, 1), frac(0, 1), frac(1000, 1)), d.framerate().orElseThrow());
        assertTrue(d.audioFormat().isEmpty());
    }

    @Test
    void videoRawStepAndEnumChoices() {
        assertSameBytes("video_raw_step", SpaFormats.videoRawEnumFormat(new SpaId(SPA_VIDEO_FORMAT_UYVY()),
                SpaChoice.step(rect(640, 480), rect(16, 16), rect(1920, 1080), rect(16, 8)),
                SpaChoice.enumOf(frac(30, 1), frac(30, 1), frac(15, 1))));
        FormatDescription d = SpaFormats.parseEnumFormat(SpaPodParser.parse(golden.get("video_raw_step")));
        assertEquals(new ParamValue.Fixed<>(SPA_VIDEO_FORMAT_UYVY()), d.videoFormat().orElseThrow());
        assertEquals(new ParamValue.Step<>(rect(640, 480), rect(16, 16), rect(1920, 1080), rect(16, 8)),
                d.size().orElseThrow());
        assertEquals(new ParamValue.Enumerated<>(frac(30, 1), List.of(frac(30, 1), frac(15, 1))),
                d.framerate().orElseThrow());
    }

    @Test
    void videoRawFixedFormatMatchesSpaFormatVideoRawBuild() {
        VideoInfoRaw info = VideoInfoRaw.of(SPA_VIDEO_FORMAT_YUY2(), 640, 480, 30, 1);
        assertSameBytes("video_raw_fixed", SpaFormats.spa_format_video_raw_build(SPA_PARAM_Format(), info));
        assertEquals(info, SpaFormats.spa_format_video_raw_parse(SpaPodParser.parse(golden.get("video_raw_fixed"))));
    }

    @Test
    void mjpgFormats() {
        VideoInfoMjpg info = new VideoInfoMjpg(rect(1280, 720), frac(60, 1), frac(0, 0));
        assertSameBytes("mjpg_fixed", SpaFormats.spa_format_video_mjpg_build(SPA_PARAM_Format(), info));
        assertEquals(info, SpaFormats.spa_format_video_mjpg_parse(SpaPodParser.parse(golden.get("mjpg_fixed"))));
        assertSameBytes("mjpg_enum", SpaFormats.mjpgEnumFormat(
                SpaChoice.enumOf(rect(1280, 720), rect(1280, 720), rect(640, 480)),
                SpaChoice.range(frac(30, 1), frac(1, 1), frac(60, 1))));
        FormatDescription d = SpaFormats.parseEnumFormat(SpaPodParser.parse(golden.get("mjpg_enum")));
        assertEquals(SPA_MEDIA_SUBTYPE_mjpg(), d.mediaSubtype());
        assertTrue(d.videoFormat().isEmpty());
    }

    @Test
    void audioRawFormats() {
        AudioInfoRaw info = new AudioInfoRaw(SPA_AUDIO_FORMAT_S16(), 0, 48000, 2,
                new int[] {SPA_AUDIO_CHANNEL_FL(), SPA_AUDIO_CHANNEL_FR()});
        assertSameBytes("audio_raw_fixed", SpaFormats.spa_format_audio_raw_build(SPA_PARAM_Format(), info));
        assertEquals(info, SpaFormats.spa_format_audio_raw_parse(SpaPodParser.parse(golden.get("audio_raw_fixed"))));
        assertSameBytes("audio_raw_enum", SpaFormats.audioRawEnumFormat(
                SpaChoice.enumOf(new SpaId(SPA_AUDIO_FORMAT_F32()), new SpaId(SPA_AUDIO_FORMAT_F32()),
                        new SpaId(SPA_AUDIO_FORMAT_S16())),
                SpaChoice.range(new SpaInt(48000), new SpaInt(1), new SpaInt(Integer.MAX_VALUE)),
                SpaChoice.range(new SpaInt(2), new SpaInt(1), new SpaInt(64)), null));
        FormatDescription d = SpaFormats.parseEnumFormat(SpaPodParser.parse(golden.get("audio_raw_enum")));
        assertEquals(SPA_MEDIA_TYPE_audio(), d.mediaType());
        assertEquals(new ParamValue.Range<>(48000, 1, Integer.MAX_VALUE), d.rate().orElseThrow());
        assertEquals(new ParamValue.Range<>(2, 1, 64), d.channels().orElseThrow());
    }

    @Test
    void buffersAndMetaParams() {
        assertSameBytes("buffers", SpaParams.buffers(
                SpaChoice.range(new SpaInt(8), new SpaInt(2), new SpaInt(16)), new SpaInt(1),
                new SpaInt(640 * 480 * 2), new SpaInt(1280), null,
                SpaChoice.flagsOf(new SpaInt(1 << SPA_DATA_MemPtr()))));
        SpaParams.Buffers b = SpaParams.parseBuffers(SpaPodParser.parse(golden.get("buffers")));
        assertEquals(new ParamValue.Range<>(8, 2, 16), b.buffers().orElseThrow());
        assertEquals(new ParamValue.Fixed<>(640 * 480 * 2), b.size().orElseThrow());
        assertEquals(new ParamValue.Flags<>(1 << SPA_DATA_MemPtr(), List.of()), b.dataType().orElseThrow());
        assertTrue(b.align().isEmpty());

        assertSameBytes("meta", SpaParams.meta(SPA_META_Header(), 32));
        assertEquals(new SpaParams.Meta(SPA_META_Header(), 32), SpaParams.parseMeta(SpaPodParser.parse(golden.get("meta"))));
    }

    @Test
    void structOfEveryBasicType() {
        assertSameBytes("struct_misc", SpaStruct.of(new SpaInt(-1), new SpaString("hello, pod"), new SpaBool(true),
                new SpaLong(-5), new SpaFloat(1.5f), new SpaDouble(2.25), new SpaBytes("abc".getBytes()),
                SpaNone.INSTANCE, frac(1, 3), rect(7, 9), SpaArray.ofIds(7, 8, 9), new SpaString("")));
    }

    @Test
    void emptyChoiceUsesTheStreamingApiLikeC() {
        SpaPodBuilder b = new SpaPodBuilder();
        SpaPodBuilder.Frame s = b.pushStruct();
        SpaPodBuilder.Frame c = b.pushChoice(SpaType.CHOICE_ENUM, 0);
        b.pop(c);
        b.addInt(42);
        b.pop(s);
        assertArrayEquals(golden.get("empty_choice"), b.toByteArray());
        SpaStruct parsed = (SpaStruct) SpaPodParser.parse(golden.get("empty_choice"));
        assertEquals(List.of(new SpaChoice(SpaType.CHOICE_ENUM, 0, SpaType.NONE, List.of()), new SpaInt(42)),
                parsed.fields());
    }
}
