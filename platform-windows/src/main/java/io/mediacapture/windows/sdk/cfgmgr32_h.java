package io.mediacapture.windows.sdk;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The functions of cfgmgr32.h this module calls (cfgmgr32.dll), in jextract's shape: {@code foo$descriptor()},
 * {@code foo$handle()}, {@code foo$address()} and {@code foo(...)}. Device-interface notifications and device properties (Windows 8 and later).
 *
 * <p>cfgmgr32.dll is loaded when a function is first used (each function is bound in its own holder class, as
 * jextract does), never when this class is, so that nothing is loaded on other OSes. The prototype named by
 * each function's {@code @CName} is checked against the MinGW-w64 headers by {@code WindowsAbiTest}, and
 * the Java parameter and return types against its C types' sizes.
 */
public final class cfgmgr32_h {
    cfgmgr32_h() {
        // Should not be called directly
    }

    private static final class Library {
        static final SymbolLookup LOOKUP = SystemLibrary.load("cfgmgr32.dll");
    }

    private static final class CM_Register_Notification {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "cfgmgr32.dll", "CM_Register_Notification");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CONFIGRET CM_Register_Notification(PCM_NOTIFY_FILTER pFilter, PVOID pContext, PCM_NOTIFY_CALLBACK pCallback, PHCMNOTIFICATION pNotifyContext)
     * }
     */
    public static FunctionDescriptor CM_Register_Notification$descriptor() {
        return CM_Register_Notification.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CONFIGRET CM_Register_Notification(PCM_NOTIFY_FILTER pFilter, PVOID pContext, PCM_NOTIFY_CALLBACK pCallback, PHCMNOTIFICATION pNotifyContext)
     * }
     */
    public static MethodHandle CM_Register_Notification$handle() {
        return CM_Register_Notification.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CONFIGRET CM_Register_Notification(PCM_NOTIFY_FILTER pFilter, PVOID pContext, PCM_NOTIFY_CALLBACK pCallback, PHCMNOTIFICATION pNotifyContext)
     * }
     */
    public static MemorySegment CM_Register_Notification$address() {
        return CM_Register_Notification.ADDR;
    }

    /**
     * {@snippet lang=c :
     * CONFIGRET CM_Register_Notification(PCM_NOTIFY_FILTER pFilter, PVOID pContext, PCM_NOTIFY_CALLBACK pCallback, PHCMNOTIFICATION pNotifyContext)
     * }
     */
    public static int CM_Register_Notification(MemorySegment pFilter, MemorySegment pContext, MemorySegment pCallback, MemorySegment pNotifyContext) {
        var mh$ = CM_Register_Notification.HANDLE;
        try {
            return (int) mh$.invokeExact(pFilter, pContext, pCallback, pNotifyContext);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class CM_Unregister_Notification {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "cfgmgr32.dll", "CM_Unregister_Notification");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CONFIGRET CM_Unregister_Notification(HCMNOTIFICATION NotifyContext)
     * }
     */
    public static FunctionDescriptor CM_Unregister_Notification$descriptor() {
        return CM_Unregister_Notification.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CONFIGRET CM_Unregister_Notification(HCMNOTIFICATION NotifyContext)
     * }
     */
    public static MethodHandle CM_Unregister_Notification$handle() {
        return CM_Unregister_Notification.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CONFIGRET CM_Unregister_Notification(HCMNOTIFICATION NotifyContext)
     * }
     */
    public static MemorySegment CM_Unregister_Notification$address() {
        return CM_Unregister_Notification.ADDR;
    }

    /**
     * {@snippet lang=c :
     * CONFIGRET CM_Unregister_Notification(HCMNOTIFICATION NotifyContext)
     * }
     */
    public static int CM_Unregister_Notification(MemorySegment NotifyContext) {
        var mh$ = CM_Unregister_Notification.HANDLE;
        try {
            return (int) mh$.invokeExact(NotifyContext);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class CM_Get_Device_Interface_PropertyW {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_INT
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "cfgmgr32.dll", "CM_Get_Device_Interface_PropertyW");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CONFIGRET CM_Get_Device_Interface_PropertyW(LPCWSTR pszDeviceInterface, const DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags)
     * }
     */
    public static FunctionDescriptor CM_Get_Device_Interface_PropertyW$descriptor() {
        return CM_Get_Device_Interface_PropertyW.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CONFIGRET CM_Get_Device_Interface_PropertyW(LPCWSTR pszDeviceInterface, const DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags)
     * }
     */
    public static MethodHandle CM_Get_Device_Interface_PropertyW$handle() {
        return CM_Get_Device_Interface_PropertyW.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CONFIGRET CM_Get_Device_Interface_PropertyW(LPCWSTR pszDeviceInterface, const DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags)
     * }
     */
    public static MemorySegment CM_Get_Device_Interface_PropertyW$address() {
        return CM_Get_Device_Interface_PropertyW.ADDR;
    }

    /**
     * {@snippet lang=c :
     * CONFIGRET CM_Get_Device_Interface_PropertyW(LPCWSTR pszDeviceInterface, const DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags)
     * }
     */
    public static int CM_Get_Device_Interface_PropertyW(MemorySegment pszDeviceInterface, MemorySegment PropertyKey, MemorySegment PropertyType, MemorySegment PropertyBuffer, MemorySegment PropertyBufferSize, int ulFlags) {
        var mh$ = CM_Get_Device_Interface_PropertyW.HANDLE;
        try {
            return (int) mh$.invokeExact(pszDeviceInterface, PropertyKey, PropertyType, PropertyBuffer, PropertyBufferSize, ulFlags);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class CM_Locate_DevNodeW {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_INT
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "cfgmgr32.dll", "CM_Locate_DevNodeW");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CONFIGRET CM_Locate_DevNodeW(PDEVINST pdnDevInst, DEVINSTID_W pDeviceID, ULONG ulFlags)
     * }
     */
    public static FunctionDescriptor CM_Locate_DevNodeW$descriptor() {
        return CM_Locate_DevNodeW.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CONFIGRET CM_Locate_DevNodeW(PDEVINST pdnDevInst, DEVINSTID_W pDeviceID, ULONG ulFlags)
     * }
     */
    public static MethodHandle CM_Locate_DevNodeW$handle() {
        return CM_Locate_DevNodeW.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CONFIGRET CM_Locate_DevNodeW(PDEVINST pdnDevInst, DEVINSTID_W pDeviceID, ULONG ulFlags)
     * }
     */
    public static MemorySegment CM_Locate_DevNodeW$address() {
        return CM_Locate_DevNodeW.ADDR;
    }

    /**
     * {@snippet lang=c :
     * CONFIGRET CM_Locate_DevNodeW(PDEVINST pdnDevInst, DEVINSTID_W pDeviceID, ULONG ulFlags)
     * }
     */
    @CName("CONFIGRET CM_Locate_DevNodeW(PDEVINST pdnDevInst, DEVINSTID_W pDeviceID, ULONG ulFlags)")
    public static int CM_Locate_DevNodeW(MemorySegment pdnDevInst, MemorySegment pDeviceID, int ulFlags) {
        var mh$ = CM_Locate_DevNodeW.HANDLE;
        try {
            return (int) mh$.invokeExact(pdnDevInst, pDeviceID, ulFlags);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class CM_Get_DevNode_PropertyW {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_INT
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "cfgmgr32.dll", "CM_Get_DevNode_PropertyW");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CONFIGRET CM_Get_DevNode_PropertyW(DEVINST dnDevInst, const DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags)
     * }
     */
    public static FunctionDescriptor CM_Get_DevNode_PropertyW$descriptor() {
        return CM_Get_DevNode_PropertyW.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CONFIGRET CM_Get_DevNode_PropertyW(DEVINST dnDevInst, const DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags)
     * }
     */
    public static MethodHandle CM_Get_DevNode_PropertyW$handle() {
        return CM_Get_DevNode_PropertyW.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CONFIGRET CM_Get_DevNode_PropertyW(DEVINST dnDevInst, const DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags)
     * }
     */
    public static MemorySegment CM_Get_DevNode_PropertyW$address() {
        return CM_Get_DevNode_PropertyW.ADDR;
    }

    /**
     * {@snippet lang=c :
     * CONFIGRET CM_Get_DevNode_PropertyW(DEVINST dnDevInst, const DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags)
     * }
     */
    @CName("CONFIGRET CM_Get_DevNode_PropertyW(DEVINST dnDevInst, const DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags)")
    public static int CM_Get_DevNode_PropertyW(int dnDevInst, MemorySegment PropertyKey, MemorySegment PropertyType, MemorySegment PropertyBuffer, MemorySegment PropertyBufferSize, int ulFlags) {
        var mh$ = CM_Get_DevNode_PropertyW.HANDLE;
        try {
            return (int) mh$.invokeExact(dnDevInst, PropertyKey, PropertyType, PropertyBuffer, PropertyBufferSize, ulFlags);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
