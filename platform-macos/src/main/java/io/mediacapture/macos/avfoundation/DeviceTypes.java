package io.mediacapture.macos.avfoundation;

import io.mediacapture.MediaDeviceKind;
import java.util.List;

/**
 * The AVCaptureDeviceType names to pass to {@code discoverySessionWithDeviceTypes:mediaType:position:} on a
 * given macOS version. Only names that version documents, as Chromium does: on macOS 14 the external and
 * microphone types were renamed, and handing a discovery session the deprecated and the new name together
 * (or a camera type with the audio media type) is exactly the kind of input that has made it throw in the
 * field. Names whose constant the running AVFoundation does not export are skipped by the caller as well.
 */
final class DeviceTypes {
    private DeviceTypes() {}

    /** @param macosMajor the running macOS major version (10 for 10.15, 11, 12, ...) */
    static List<String> forVersion(MediaDeviceKind kind, int macosMajor) {
        boolean sonoma = macosMajor >= 14;
        if (kind == MediaDeviceKind.AUDIOINPUT) {
            return sonoma ? List.of("AVCaptureDeviceTypeMicrophone", "AVCaptureDeviceTypeExternal")
                    : List.of("AVCaptureDeviceTypeBuiltInMicrophone", "AVCaptureDeviceTypeExternalUnknown");
        }
        if (sonoma) {
            return List.of("AVCaptureDeviceTypeBuiltInWideAngleCamera", "AVCaptureDeviceTypeExternal",
                    "AVCaptureDeviceTypeContinuityCamera", "AVCaptureDeviceTypeDeskViewCamera");
        }
        if (macosMajor == 13) {
            return List.of("AVCaptureDeviceTypeBuiltInWideAngleCamera", "AVCaptureDeviceTypeExternalUnknown",
                    "AVCaptureDeviceTypeDeskViewCamera");
        }
        return List.of("AVCaptureDeviceTypeBuiltInWideAngleCamera", "AVCaptureDeviceTypeExternalUnknown");
    }

    /**
     * The major version from {@code os.name}-style text such as "14.2.1" or "10.15.7"; 0 when unreadable.
     * "10.16" is what macOS reports to programs built against an old SDK on macOS 11+: it means "11 or later".
     */
    static int majorOf(String version) {
        if (version == null || version.isBlank()) {
            return 0;
        }
        String[] parts = version.strip().split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            if (major == 10 && parts.length > 1 && Integer.parseInt(parts[1]) >= 16) {
                return 11;
            }
            return major;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
