package io.mediacapture.windows.wasapi;

import io.mediacapture.windows.com.ComAllocator;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.PropertyKey;
import io.mediacapture.windows.com.WideString;
import io.mediacapture.windows.sdk.PROPVARIANT;
import io.mediacapture.windows.wasapi.WasapiInterfaces.IAudioClient;
import io.mediacapture.windows.wasapi.WasapiInterfaces.IMMDevice;
import io.mediacapture.windows.wasapi.WasapiInterfaces.IMMDeviceCollection;
import io.mediacapture.windows.wasapi.WasapiInterfaces.IMMDeviceEnumerator;
import io.mediacapture.windows.wasapi.WasapiInterfaces.IPropertyStore;
import io.mediacapture.windows.win32.Ole32;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Capture endpoints through IMMDeviceEnumerator, and what each can do. Runs on the COM thread.
 *
 * <p>Listing reads only each endpoint's property store (its name, container id and the engine's device
 * format); it activates no audio client, and an endpoint that cannot be read is skipped and logged, so one
 * broken or denied endpoint never hides the others.
 */
final class Endpoints {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.windows.wasapi");

    private Endpoints() {
    }

    /**
     * One active capture endpoint.
     *
     * @param id          the endpoint id string (stable)
     * @param mixFormat   the shared-mode engine's format: its rate and channel count are what the engine
     *                    delivers (from PKEY_AudioEngine_DeviceFormat; the engine mixes at that rate and layout)
     */
    record Endpoint(String id, String label, Optional<Guid> containerId, WaveFormat mixFormat) {
    }

    static ComRef enumerator() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment clsid = WasapiInterfaces.CLSID_MM_DEVICE_ENUMERATOR.allocate(a);
            MemorySegment iid = IMMDeviceEnumerator.IID.allocate(a);
            return ComRef.receive("IMMDeviceEnumerator", "CoCreateInstance(MMDeviceEnumerator)",
                    out -> Ole32.Lib.CO_CREATE_INSTANCE.check(clsid, MemorySegment.NULL, Ole32.CLSCTX_ALL, iid, out));
        }
    }

    /** The default capture endpoint's id, or empty when there is no microphone. */
    static Optional<String> defaultId(ComRef enumerator, ComAllocator allocator) {
        ComRef device;
        try {
            device = ComRef.receive("IMMDevice", "IMMDeviceEnumerator::GetDefaultAudioEndpoint",
                    out -> enumerator.call(IMMDeviceEnumerator.GET_DEFAULT_AUDIO_ENDPOINT, WasapiInterfaces.E_CAPTURE,
                            WasapiInterfaces.E_CONSOLE, out));
        } catch (ComException e) {
            if (!e.is(HResult.E_NOT_FOUND)) {
                LOG.log(System.Logger.Level.WARNING, "cannot tell the default microphone: " + e.getMessage());
            }
            return Optional.empty();
        }
        try (device) {
            return Optional.of(id(device, allocator));
        }
    }

    static List<Endpoint> list(ComRef enumerator, ComAllocator allocator) {
        List<Endpoint> found = new ArrayList<>();
        try (ComRef collection = ComRef.receive("IMMDeviceCollection", "IMMDeviceEnumerator::EnumAudioEndpoints",
                out -> enumerator.call(IMMDeviceEnumerator.ENUM_AUDIO_ENDPOINTS, WasapiInterfaces.E_CAPTURE,
                        WasapiInterfaces.DEVICE_STATE_ACTIVE, out));
             Arena a = Arena.ofConfined()) {
            MemorySegment count = a.allocate(ValueLayout.JAVA_INT);
            collection.call(IMMDeviceCollection.GET_COUNT, count);
            found.addAll(eachReadable(count.get(ValueLayout.JAVA_INT, 0), index -> {
                try (ComRef device = ComRef.receive("IMMDevice", "IMMDeviceCollection::Item",
                        out -> collection.call(IMMDeviceCollection.ITEM, index, out))) {
                    return describe(device, allocator);
                }
            }));
        }
        return found;
    }

    /**
     * {@code read} of every index from 0 to {@code count - 1}; an index whose read fails is logged and left
     * out, the others are kept.
     */
    static <T> List<T> eachReadable(int count, IntFunction<T> read) {
        List<T> out = new ArrayList<>(Math.max(count, 0));
        for (int i = 0; i < count; i++) {
            try {
                out.add(read.apply(i));
            } catch (ComException | IllegalArgumentException | IllegalStateException e) {
                LOG.log(System.Logger.Level.WARNING, "skipping capture endpoint " + i + ": " + e.getMessage());
            }
        }
        return out;
    }

    static ComRef device(ComRef enumerator, String id) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment wid = WideString.allocate(a, id);
            return ComRef.receive("IMMDevice", "IMMDeviceEnumerator::GetDevice",
                    out -> enumerator.call(IMMDeviceEnumerator.GET_DEVICE, wid, out));
        }
    }

    private static Endpoint describe(ComRef device, ComAllocator allocator) {
        String id = id(device, allocator);
        String label;
        Optional<Guid> container;
        Optional<WaveFormat> format;
        try (ComRef props = ComRef.receive("IPropertyStore", "IMMDevice::OpenPropertyStore",
                out -> device.call(IMMDevice.OPEN_PROPERTY_STORE, WasapiInterfaces.STGM_READ, out))) {
            label = property(props, WasapiInterfaces.PKEY_DEVICE_FRIENDLY_NAME, WasapiInterfaces.VT_LPWSTR,
                    p -> WideString.read(PROPVARIANT.pwszVal(p))).orElse(id);
            container = property(props, WasapiInterfaces.PKEY_DEVICE_CONTAINER_ID, WasapiInterfaces.VT_CLSID,
                    p -> Guid.read(PROPVARIANT.puuid(p)));
            format = property(props, WasapiInterfaces.PKEY_AUDIO_ENGINE_DEVICE_FORMAT, WasapiInterfaces.VT_BLOB,
                    WaveFormat::fromBlob);
        }
        WaveFormat mix = format.orElseThrow(() -> new IllegalStateException(
                "endpoint " + label + " has no PKEY_AudioEngine_DeviceFormat"));
        return new Endpoint(id, label, container, mix);
    }

    static String id(ComRef device, ComAllocator allocator) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ValueLayout.ADDRESS);
            out.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
            device.call(IMMDevice.GET_ID, out);
            String id = WideString.readAndFree(out.get(ValueLayout.ADDRESS, 0), allocator);
            if (id == null) {
                throw new ComException("IMMDevice::GetId returned no id", HResult.E_POINTER);
            }
            return id;
        }
    }

    /** A property of the given variant type, or empty when unset or of another type; the PROPVARIANT is cleared. */
    private static <T> Optional<T> property(ComRef props, PropertyKey key, short vt,
                                            Function<MemorySegment, T> read) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment pv = PROPVARIANT.allocate(a);
            props.call(IPropertyStore.GET_VALUE, key.allocate(a), pv);
            try {
                return PROPVARIANT.vt(pv) == vt ? Optional.of(read.apply(pv)) : Optional.empty();
            } finally {
                Ole32.Lib.PROP_VARIANT_CLEAR.call(pv);
            }
        }
    }
}
