package io.mediacapture.windows.mf;

import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.sdk.CM_NOTIFY_EVENT_DATA;
import io.mediacapture.windows.sdk.CM_NOTIFY_FILTER;
import io.mediacapture.windows.win32.CfgMgr32;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Camera arrival and removal through CM_Register_Notification on the camera interface classes. The
 * configuration manager calls back on a thread pool thread; the callback only signals (the backend
 * re-enumerates on core's thread). Owner: the backend; {@link #close()} unregisters, which waits for
 * callbacks under way, and only then frees the upcall stub.
 */
final class CameraHotplug implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.windows.mf");

    private final Arena arena = Arena.ofShared();
    private final List<MemorySegment> registrations = new ArrayList<>();
    private final Consumer<Change> onChange;

    /** Where a device-interface notification's UTF-16 symbolic link starts in its CM_NOTIFY_EVENT_DATA. */
    static final long SYMBOLIC_LINK = CM_NOTIFY_EVENT_DATA.u$offset() + CM_NOTIFY_EVENT_DATA.u.DeviceInterface$offset()
            + CM_NOTIFY_EVENT_DATA.u.DeviceInterface.SymbolicLink$offset();

    /** A camera interface that arrived or went away. */
    record Change(boolean arrived, String symbolicLink) {
        /**
         * The change a notification reports, or null for actions other than arrival and removal.
         *
         * @param data the CM_NOTIFY_EVENT_DATA of a device-interface notification, {@code size} bytes
         */
        static Change of(int action, MemorySegment data, int size) {
            boolean arrived = action == CfgMgr32.CM_NOTIFY_ACTION_DEVICEINTERFACEARRIVAL;
            if (!arrived && action != CfgMgr32.CM_NOTIFY_ACTION_DEVICEINTERFACEREMOVAL) {
                return null;
            }
            long at = SYMBOLIC_LINK;
            if (data.equals(MemorySegment.NULL) || size <= at) {
                return new Change(arrived, "");
            }
            MemorySegment chars = data.reinterpret(size).asSlice(at);
            StringBuilder link = new StringBuilder();
            for (long i = 0; i + 1 < chars.byteSize(); i += 2) {
                char c = chars.get(ValueLayout.JAVA_CHAR_UNALIGNED, i);
                if (c == 0) {
                    break;
                }
                link.append(c);
            }
            return new Change(arrived, link.toString());
        }
    }

    private CameraHotplug(Consumer<Change> onChange) {
        this.onChange = onChange;
    }

    /**
     * Registers for the camera interface classes (KSCATEGORY_VIDEO_CAMERA, Windows 10's; KSCATEGORY_VIDEO, the
     * older drivers'); returns a watcher even if only one registration worked. Not KSCATEGORY_CAPTURE:
     * microphones register there too, and every one of them would look like a camera event.
     */
    static CameraHotplug start(Consumer<Change> onChange) {
        CameraHotplug h = new CameraHotplug(onChange);
        try {
            MemorySegment stub = Linker.nativeLinker().upcallStub(MethodHandles.lookup().bind(h, "callback",
                            MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class, int.class,
                                    MemorySegment.class, int.class)), CfgMgr32.NOTIFY_CALLBACK, h.arena);
            for (Guid category : List.of(CfgMgr32.KSCATEGORY_VIDEO_CAMERA, CfgMgr32.KSCATEGORY_VIDEO)) {
                h.register(category, stub);
            }
        } catch (ReflectiveOperationException e) {
            h.close();
            throw new IllegalStateException(e);
        }
        return h;
    }

    private void register(Guid category, MemorySegment stub) {
        MemorySegment filter = CM_NOTIFY_FILTER.allocate(arena);
        CM_NOTIFY_FILTER.cbSize(filter, (int) CM_NOTIFY_FILTER.sizeof());
        CM_NOTIFY_FILTER.FilterType(filter, CfgMgr32.CM_NOTIFY_FILTER_TYPE_DEVICEINTERFACE);
        MemorySegment deviceInterface = CM_NOTIFY_FILTER.u.DeviceInterface(CM_NOTIFY_FILTER.u(filter));
        category.write(CM_NOTIFY_FILTER.u.DeviceInterface.ClassGuid(deviceInterface));
        MemorySegment handle = arena.allocate(ValueLayout.ADDRESS);
        int cr = CfgMgr32.Lib.CM_REGISTER_NOTIFICATION.call(filter, MemorySegment.NULL, stub, handle);
        if (cr != CfgMgr32.CR_SUCCESS) {
            LOG.log(System.Logger.Level.WARNING, "CM_Register_Notification(" + category + ") failed with CONFIGRET "
                    + cr + "; cameras plugged in or out may not fire devicechange");
            return;
        }
        synchronized (registrations) {
            registrations.add(handle.get(ValueLayout.ADDRESS, 0));
        }
    }

    /** The upcall: must not throw and must not block. */
    private int callback(MemorySegment notify, MemorySegment context, int action, MemorySegment data, int size) {
        try {
            Change c = Change.of(action, data, size);
            if (c != null) {
                onChange.accept(c);
            }
        } catch (Throwable t) {
            try {
                LOG.log(System.Logger.Level.WARNING, "camera hot-plug callback failed", t);
            } catch (Throwable ignored) {
                // nothing more can be done inside an upcall
            }
        }
        return 0; // ERROR_SUCCESS
    }

    @Override
    public void close() {
        boolean stillRegistered = false;
        synchronized (registrations) {
            for (MemorySegment r : registrations) {
                int cr = CfgMgr32.Lib.CM_UNREGISTER_NOTIFICATION.call(r);
                if (cr != CfgMgr32.CR_SUCCESS) {
                    stillRegistered = true;
                    LOG.log(System.Logger.Level.WARNING, "CM_Unregister_Notification failed with CONFIGRET " + cr
                            + "; keeping its callback alive for the life of the process");
                }
            }
            registrations.clear();
        }
        if (!stillRegistered) {
            arena.close(); // a callback could still come for a failed unregistration: then the stub must stay
        }
    }
}
