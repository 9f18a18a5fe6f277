package io.mediacapture.windows.win32;

import static io.mediacapture.windows.com.WinTypes.DWORD;
import static io.mediacapture.windows.com.WinTypes.POINTER;

import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.com.NativeFunction;
import io.mediacapture.windows.com.PropertyKey;
import io.mediacapture.windows.com.WideString;
import io.mediacapture.windows.com.WinTypes;
import io.mediacapture.windows.sdk.GUID;
import io.mediacapture.windows.sdk.cfgmgr32_h;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;

/**
 * cfgmgr32.dll: device-interface notifications (hot-plug) and device properties (container id).
 * Windows 8 and later. Windows only; the functions are bound through {@code sdk.cfgmgr32_h}.
 */
public final class CfgMgr32 {
    @CName("CR_SUCCESS") public static final int CR_SUCCESS = 0;
    @CName("CM_NOTIFY_FILTER_TYPE_DEVICEINTERFACE") public static final int CM_NOTIFY_FILTER_TYPE_DEVICEINTERFACE = 0;
    @CName("CM_NOTIFY_ACTION_DEVICEINTERFACEARRIVAL") public static final int CM_NOTIFY_ACTION_DEVICEINTERFACEARRIVAL = 0;
    @CName("CM_NOTIFY_ACTION_DEVICEINTERFACEREMOVAL") public static final int CM_NOTIFY_ACTION_DEVICEINTERFACEREMOVAL = 1;
    @CName("CM_LOCATE_DEVNODE_NORMAL") public static final int CM_LOCATE_DEVNODE_NORMAL = 0;
    @CName("MAX_DEVICE_ID_LEN") public static final int MAX_DEVICE_ID_LEN = 200;
    @CName("DEVPROP_TYPE_GUID") public static final int DEVPROP_TYPE_GUID = 0x0D;
    @CName("DEVPROP_TYPE_STRING") public static final int DEVPROP_TYPE_STRING = 0x12;
    /** Cameras (Windows 10 and later register their capture interfaces in this class). */
    @CName("{STATIC_KSCATEGORY_VIDEO_CAMERA}") public static final Guid KSCATEGORY_VIDEO_CAMERA =
            Guid.parse("{E5323777-F976-4F5B-9B55-B94699C46E44}");
    /** Video devices of older drivers (cameras before Windows 10 class them as KSCATEGORY_VIDEO_CAMERA too). */
    @CName("{STATIC_KSCATEGORY_VIDEO}") public static final Guid KSCATEGORY_VIDEO =
            Guid.parse("{6994AD05-93EF-11D0-A3CC-00A0C9223196}");
    @CName("DEVPKEY_Device_InstanceId") public static final PropertyKey DEVPKEY_Device_InstanceId =
            PropertyKey.of("{78C34FC8-104A-4ACA-9EA4-524D52996E57}", 256);
    @CName("DEVPKEY_Device_ContainerId") public static final PropertyKey DEVPKEY_Device_ContainerId =
            PropertyKey.of("{8C7ED206-3F8A-4827-B3AB-AE9E1FAEFC6C}", 2);

    /** {@code DWORD CALLBACK (HCMNOTIFICATION, PVOID, CM_NOTIFY_ACTION, PCM_NOTIFY_EVENT_DATA, DWORD)}. */
    public static final FunctionDescriptor NOTIFY_CALLBACK = FunctionDescriptor.of(DWORD, POINTER, POINTER, DWORD, POINTER, DWORD);

    /** The DLL's functions, in a holder so that the constants above can be read on any OS. */
    public static final class Lib {
        public static final NativeFunction CM_REGISTER_NOTIFICATION = NativeFunction.of("CM_Register_Notification",
                cfgmgr32_h.CM_Register_Notification$handle());
        public static final NativeFunction CM_UNREGISTER_NOTIFICATION = NativeFunction.of("CM_Unregister_Notification",
                cfgmgr32_h.CM_Unregister_Notification$handle());
        static final NativeFunction CM_GET_DEVICE_INTERFACE_PROPERTY = NativeFunction.of(
                "CM_Get_Device_Interface_PropertyW", cfgmgr32_h.CM_Get_Device_Interface_PropertyW$handle());
        static final NativeFunction CM_LOCATE_DEVNODE = NativeFunction.of("CM_Locate_DevNodeW",
                cfgmgr32_h.CM_Locate_DevNodeW$handle());
        static final NativeFunction CM_GET_DEVNODE_PROPERTY = NativeFunction.of("CM_Get_DevNode_PropertyW",
                cfgmgr32_h.CM_Get_DevNode_PropertyW$handle());

        private Lib() {
        }
    }

    private CfgMgr32() {
    }

    /**
     * The container id of the device behind a device interface (a camera's symbolic link): equal for all
     * functions of one physical product, so a webcam's camera and microphone share it. Empty when the
     * configuration manager does not know it.
     */
    public static Optional<Guid> containerIdOfInterface(String symbolicLink) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment type = a.allocate(ValueLayout.JAVA_INT);
            MemorySegment size = a.allocate(ValueLayout.JAVA_INT);
            MemorySegment id = a.allocate(2L * MAX_DEVICE_ID_LEN + 2);
            size.set(ValueLayout.JAVA_INT, 0, (int) id.byteSize());
            int cr = Lib.CM_GET_DEVICE_INTERFACE_PROPERTY.call(WideString.allocate(a, symbolicLink),
                    DEVPKEY_Device_InstanceId.allocate(a), type, id, size, 0);
            if (cr != CR_SUCCESS || type.get(ValueLayout.JAVA_INT, 0) != DEVPROP_TYPE_STRING) {
                return Optional.empty();
            }
            MemorySegment devInst = a.allocate(ValueLayout.JAVA_INT);
            if (Lib.CM_LOCATE_DEVNODE.call(devInst, id, CM_LOCATE_DEVNODE_NORMAL) != CR_SUCCESS) {
                return Optional.empty();
            }
            MemorySegment guid = GUID.allocate(a);
            size.set(ValueLayout.JAVA_INT, 0, (int) guid.byteSize());
            cr = Lib.CM_GET_DEVNODE_PROPERTY.call(devInst.get(ValueLayout.JAVA_INT, 0),
                    DEVPKEY_Device_ContainerId.allocate(a), type, guid, size, 0);
            if (cr != CR_SUCCESS || type.get(ValueLayout.JAVA_INT, 0) != DEVPROP_TYPE_GUID) {
                return Optional.empty();
            }
            return Optional.of(Guid.read(guid));
        }
    }
}
