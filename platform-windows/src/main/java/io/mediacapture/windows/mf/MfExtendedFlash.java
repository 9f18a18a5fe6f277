package io.mediacapture.windows.mf;

import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.mf.PhotoInterfaces.IMFExtendedCameraControl;
import io.mediacapture.windows.mf.PhotoInterfaces.IMFExtendedCameraController;
import io.mediacapture.windows.mf.PhotoInterfaces.IMFGetService;
import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;

/**
 * The camera's photo flash through {@code IMFExtendedCameraController} (Windows 10 2004+): what IAMCameraControl
 * cannot do. {@code IMFGetService::GetService(GUID_NULL, IID_IMFExtendedCameraController)} on the media source, then
 * {@code GetExtendedCameraControl(MF_CAPTURE_ENGINE_MEDIASOURCE, KSPROPERTY_CAMERACONTROL_EXTENDED_FLASHMODE)} (a
 * filter-scope control). Its capabilities become the photo's fill light modes (FLASH_ON = "flash", FLASH_AUTO =
 * "auto", "off" with either) and red-eye reduction (FLASH_REDEYEREDUCTION = "controllable"); before a photo the mode
 * asked for is set with SetFlags and CommitSettings.
 *
 * <p>Owns its one IMFExtendedCameraControl reference; the interfaces used to get it are released at once. Call on
 * the source's COM thread.
 */
final class MfExtendedFlash implements AutoCloseable {
    private final ComRef control;
    private final long capabilities;

    private MfExtendedFlash(ComRef control, long capabilities) {
        this.control = control;
        this.capabilities = capabilities;
    }

    /** The flash of {@code mediaSource}, or null when it has no extended controller or no flash control. */
    static MfExtendedFlash open(ComRef mediaSource) {
        try (ComRef service = mediaSource.query(IMFGetService.IID, "IMFGetService");
             Arena a = Arena.ofConfined();
             ComRef controller = ComRef.receive("IMFExtendedCameraController", "IMFGetService::GetService",
                     out -> service.call(IMFGetService.GET_SERVICE, Guid.NULL.allocate(a),
                             IMFExtendedCameraController.IID.allocate(a), out))) {
            return fromController(controller);
        } catch (ComException | IllegalArgumentException e) {
            return null; // E_NOINTERFACE: no extended controller (before Windows 10 2004, or the driver has none)
        }
    }

    /** The flash control of {@code controller} (borrowed), or null when the driver has none or it can only be off. */
    static MfExtendedFlash fromController(ComRef controller) {
        ComRef control;
        try {
            control = ComRef.receive("IMFExtendedCameraControl", "GetExtendedCameraControl(FLASHMODE)",
                    out -> controller.call(IMFExtendedCameraController.GET_EXTENDED_CAMERA_CONTROL,
                            PhotoInterfaces.FILTER_SCOPE, PhotoInterfaces.EXTENDED_FLASHMODE, out));
        } catch (ComException | IllegalArgumentException e) {
            return null; // the driver has no flash control
        }
        try {
            long caps = control.callLong(IMFExtendedCameraControl.GET_CAPABILITIES);
            if ((caps & (PhotoInterfaces.FLASH_ON | PhotoInterfaces.FLASH_AUTO)) == 0) {
                control.close();
                return null;
            }
            return new MfExtendedFlash(control, caps);
        } catch (RuntimeException e) {
            control.close();
            throw e;
        }
    }

    /** The fill light modes a photo can have. */
    List<String> fillLightModes() {
        List<String> modes = new ArrayList<>();
        modes.add("off");
        if ((capabilities & PhotoInterfaces.FLASH_ON) != 0) {
            modes.add("flash");
        }
        if ((capabilities & PhotoInterfaces.FLASH_AUTO) != 0) {
            modes.add("auto");
        }
        return modes;
    }

    String redEyeReduction() {
        return (capabilities & PhotoInterfaces.FLASH_REDEYEREDUCTION) != 0 ? "controllable" : "never";
    }

    /** The flags for a fill light mode of {@link #fillLightModes()} and red-eye reduction where controllable. */
    long flags(String fillLightMode, boolean redEye) {
        long f = switch (fillLightMode) {
            case "flash" -> PhotoInterfaces.FLASH_ON;
            case "auto" -> PhotoInterfaces.FLASH_AUTO;
            default -> PhotoInterfaces.FLASH_OFF;
        };
        if (redEye && f != PhotoInterfaces.FLASH_OFF && redEyeReduction().equals("controllable")) {
            f |= PhotoInterfaces.FLASH_REDEYEREDUCTION;
        }
        return f;
    }

    /** Sets the flash for the next photo (SetFlags, CommitSettings). */
    void apply(String fillLightMode, boolean redEye) {
        control.call(IMFExtendedCameraControl.SET_FLAGS, flags(fillLightMode, redEye));
        control.call(IMFExtendedCameraControl.COMMIT_SETTINGS);
    }

    @Override
    public void close() {
        control.close();
    }
}
