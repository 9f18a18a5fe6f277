package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.macos.media.FourCc;
import io.mediacapture.macos.media.PixelFormats;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.BackendException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The checks made before the calls that raise Objective-C exceptions: the output's pixel format, the audio
 * settings, and the device types given to a discovery session.
 */
class SessionInputsTest {
    @Test
    void theDevicesOwnPixelFormatWhenTheOutputListsIt() {
        assertEquals(OptionalInt.of(PixelFormats.YUY2), OutputPixelFormat.choose(PixelFormats.YUY2,
                List.of(PixelFormats.NV12_VIDEO_RANGE, PixelFormats.YUY2, PixelFormats.BGRA)));
        assertEquals(OptionalInt.of(PixelFormats.MJPEG_OPEN_DML), OutputPixelFormat.choose(PixelFormats.MJPEG_OPEN_DML,
                List.of(PixelFormats.MJPEG_OPEN_DML, PixelFormats.NV12_VIDEO_RANGE)));
    }

    @Test
    void otherwiseTheBestListedFormatNeverAnUnlistedOne() {
        // MJPEG not offered by the output: it decodes for us, to the first preferred raw format it lists
        assertEquals(OptionalInt.of(PixelFormats.UYVY), OutputPixelFormat.choose(PixelFormats.MJPEG_OPEN_DML,
                List.of(PixelFormats.BGRA, PixelFormats.UYVY, FourCc.of("v210"))));
        assertEquals(OptionalInt.of(PixelFormats.NV12_FULL_RANGE), OutputPixelFormat.choose(PixelFormats.NV12_VIDEO_RANGE,
                List.of(PixelFormats.NV12_FULL_RANGE, PixelFormats.BGRA)));
        assertEquals(OptionalInt.empty(), OutputPixelFormat.choose(PixelFormats.NV12_VIDEO_RANGE, List.of(FourCc.of("v210"))));
        assertEquals(OptionalInt.empty(), OutputPixelFormat.choose(PixelFormats.NV12_VIDEO_RANGE, List.of()));
        // a listed format this library cannot deliver is not asked for, even if the device has it
        assertEquals(OptionalInt.of(PixelFormats.BGRA), OutputPixelFormat.choose(FourCc.of("v210"),
                List.of(FourCc.of("v210"), PixelFormats.BGRA)));
    }

    @Test
    void audioSettingsOutsideTheDocumentedRangeAreOverconstrainedNotSent() {
        assertDoesNotThrow(() -> AudioOutputSettings.check(48000, 2, AudioSampleFormat.F32));
        assertDoesNotThrow(() -> AudioOutputSettings.check(8000, 1, AudioSampleFormat.S16));
        assertEquals("sampleRate", assertThrows(BackendException.class,
                () -> AudioOutputSettings.check(384000, 2, AudioSampleFormat.F32)).constraint());
        assertEquals("channelCount", assertThrows(BackendException.class,
                () -> AudioOutputSettings.check(48000, 6, AudioSampleFormat.F32)).constraint());
        assertEquals("channelCount", assertThrows(BackendException.class,
                () -> AudioOutputSettings.check(48000, 0, AudioSampleFormat.F32)).constraint());
        BackendException e = assertThrows(BackendException.class, () -> AudioOutputSettings.check(48000, 2, AudioSampleFormat.U8));
        assertEquals(BackendException.Kind.UNSUPPORTED_CONFIGURATION, e.kind());
        assertEquals("sampleSize", e.constraint());
    }

    @Test
    void multichannelMicrophonesAreOfferedAsStereoAtMost() {
        AudioCapabilities c = AudioFormats.capabilities(List.of(new AudioFormats.Stream(48000, 8)));
        assertEquals(2, c.maxChannelCount());
        assertEquals(2, c.minChannelCount());
    }

    @Test
    void deviceTypesAreThoseOfTheRunningVersionOnly() {
        List<String> sonoma = DeviceTypes.forVersion(MediaDeviceKind.VIDEOINPUT, 14);
        assertTrue(sonoma.contains("AVCaptureDeviceTypeExternal"));
        assertFalse(sonoma.contains("AVCaptureDeviceTypeExternalUnknown"), "deprecated and new names never together");
        assertTrue(sonoma.contains("AVCaptureDeviceTypeContinuityCamera"));
        List<String> ventura = DeviceTypes.forVersion(MediaDeviceKind.VIDEOINPUT, 13);
        assertTrue(ventura.contains("AVCaptureDeviceTypeExternalUnknown"));
        assertFalse(ventura.contains("AVCaptureDeviceTypeExternal"));
        assertFalse(ventura.contains("AVCaptureDeviceTypeContinuityCamera"), "macOS 14 API");
        assertFalse(DeviceTypes.forVersion(MediaDeviceKind.VIDEOINPUT, 12).contains("AVCaptureDeviceTypeDeskViewCamera"));
        assertEquals(List.of("AVCaptureDeviceTypeMicrophone", "AVCaptureDeviceTypeExternal"),
                DeviceTypes.forVersion(MediaDeviceKind.AUDIOINPUT, 15));
        assertEquals(List.of("AVCaptureDeviceTypeBuiltInMicrophone", "AVCaptureDeviceTypeExternalUnknown"),
                DeviceTypes.forVersion(MediaDeviceKind.AUDIOINPUT, 11));
        for (int v = 10; v <= 26; v++) {
            for (MediaDeviceKind k : List.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT)) {
                List<String> t = DeviceTypes.forVersion(k, v);
                assertFalse(t.isEmpty());
                // no camera type is given with the audio media type, and no microphone type with video
                assertEquals(k == MediaDeviceKind.AUDIOINPUT, t.stream().anyMatch(n -> n.contains("Microphone")), t.toString());
            }
        }
    }

    @Test
    void versionParsing() {
        assertEquals(14, DeviceTypes.majorOf("14.2.1"));
        assertEquals(10, DeviceTypes.majorOf("10.15.7"));
        assertEquals(11, DeviceTypes.majorOf("10.16")); // old-SDK compatibility answer on macOS 11+
        assertEquals(26, DeviceTypes.majorOf("26.0"));
        assertEquals(0, DeviceTypes.majorOf(""));
        assertEquals(0, DeviceTypes.majorOf("x"));
    }
}
