package io.mediacapture.windows.mf;

import io.mediacapture.windows.com.ComAllocator;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.mf.MfInterfaces.IMFMediaSource;
import io.mediacapture.windows.mf.MfInterfaces.IMFSourceReader;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Lists cameras (MFEnumDeviceSources) and their native media types. Runs on the COM thread. */
final class MfEnumerator {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.windows.mf");

    private MfEnumerator() {
    }

    /** A camera as MF lists it: friendly name and symbolic link (stable per device and port). */
    record Found(String label, String symbolicLink) {
    }

    static List<Found> cameras(ComAllocator allocator) {
        try (ComRef attrs = MfPlatform.createAttributes(1); Arena a = Arena.ofConfined()) {
            Attributes.setGuid(attrs, MfGuids.DEVSOURCE_ATTRIBUTE_SOURCE_TYPE, MfGuids.SOURCE_TYPE_VIDCAP);
            MemorySegment arrayOut = a.allocate(ValueLayout.ADDRESS);
            arrayOut.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
            MemorySegment count = a.allocate(ValueLayout.JAVA_INT);
            MfPlatform.MF_ENUM_DEVICE_SOURCES.check(attrs, arrayOut, count);
            MemorySegment array = arrayOut.get(ValueLayout.ADDRESS, 0);
            int n = count.get(ValueLayout.JAVA_INT, 0);
            if (array.equals(MemorySegment.NULL)) {
                return List.of();
            }
            // Adopt every IMFActivate before reading any, so each is released even when reading one fails.
            List<ComRef> activates = new ArrayList<>(n);
            MemorySegment items = array.reinterpret(8L * n);
            for (int i = 0; i < n; i++) {
                MemorySegment p = items.getAtIndex(ValueLayout.ADDRESS, i);
                if (!p.equals(MemorySegment.NULL)) {
                    activates.add(ComRef.adopt(p, "IMFActivate"));
                }
            }
            allocator.free(array);
            try {
                List<Found> found = new ArrayList<>();
                for (ComRef act : activates) {
                    String link = Attributes.string(act, MfGuids.VIDCAP_SYMBOLIC_LINK, allocator).orElse(null);
                    if (link == null) {
                        continue;
                    }
                    String name = Attributes.string(act, MfGuids.DEVSOURCE_FRIENDLY_NAME, allocator).orElse(link);
                    found.add(new Found(name, link));
                }
                return found;
            } finally {
                activates.forEach(ComRef::close);
            }
        }
    }

    /** The native media types of a camera; opens it briefly. */
    static List<NativeType> nativeTypes(String symbolicLink) {
        return probe(symbolicLink).types();
    }

    /** What probing a camera finds: its native media types and its camera controls. */
    record Probe(List<NativeType> types, List<io.mediacapture.spi.CameraControl> controls) {
    }

    /** The native media types and camera controls of a camera; opens it briefly. */
    static Probe probe(String symbolicLink) {
        ComRef source = MfPlatform.createDeviceSource(symbolicLink);
        try (ComRef reader = MfPlatform.createSourceReader(source, null)) {
            return new Probe(nativeTypesOf(reader), MfCameraControls.describe(source));
        } finally {
            shutdown(source);
        }
    }

    static List<NativeType> nativeTypesOf(ComRef reader) {
        List<NativeType> types = new ArrayList<>();
        for (int i = 0; ; i++) {
            int index = i;
            ComRef type;
            try {
                type = ComRef.receive("IMFMediaType", "IMFSourceReader::GetNativeMediaType",
                        out -> reader.call(IMFSourceReader.GET_NATIVE_MEDIA_TYPE, MfGuids.FIRST_VIDEO_STREAM, index, out));
            } catch (io.mediacapture.windows.com.ComException e) {
                if (e.is(HResult.MF_E_NO_MORE_TYPES)) {
                    return types;
                }
                throw e;
            }
            try (type) {
                describe(type, i).ifPresent(types::add);
            }
        }
    }

    private static java.util.Optional<NativeType> describe(ComRef type, int index) {
        var subtype = Attributes.guid(type, MfGuids.MT_SUBTYPE);
        OptionalLong size = Attributes.uint64(type, MfGuids.MT_FRAME_SIZE);
        OptionalLong rate = Attributes.uint64(type, MfGuids.MT_FRAME_RATE);
        if (subtype.isEmpty() || size.isEmpty() || rate.isEmpty()) {
            return java.util.Optional.empty();
        }
        var mode = MediaTypes.mode(subtype.get(), size.getAsLong(), rate.getAsLong());
        if (mode.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "skipping native type " + index + " with subtype " + subtype.get());
        }
        return mode.map(m -> new NativeType(index, m, rate.getAsLong()));
    }

    /** IMFMediaSource::Shutdown, then release: a device source must be shut down or it stays open. */
    static void shutdown(ComRef source) {
        try {
            int hr = source.callRaw(IMFMediaSource.SHUTDOWN);
            if (HResult.failed(hr) && hr != HResult.MF_E_SHUTDOWN) {
                LOG.log(System.Logger.Level.WARNING, "IMFMediaSource::Shutdown failed: " + HResult.name(hr));
            }
        } finally {
            source.close();
        }
    }
}
