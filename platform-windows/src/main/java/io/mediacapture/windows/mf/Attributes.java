package io.mediacapture.windows.mf;

import io.mediacapture.windows.com.ComAllocator;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.WideString;
import io.mediacapture.windows.mf.MfInterfaces.IMFAttributes;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;
import java.util.OptionalLong;

/** Typed access to IMFAttributes (and the interfaces derived from it: media types, activates, samples). */
final class Attributes {
    private Attributes() {
    }

    /** The value, or empty when the attribute is not set (MF_E_ATTRIBUTENOTFOUND). */
    static OptionalLong uint64(ComRef attrs, Guid key) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(ValueLayout.JAVA_LONG);
            int hr = attrs.callRaw(IMFAttributes.GET_UINT64, key.allocate(a), v);
            if (hr == HResult.MF_E_ATTRIBUTENOTFOUND) {
                return OptionalLong.empty();
            }
            HResult.check(hr, "IMFAttributes::GetUINT64(" + key + ")");
            return OptionalLong.of(v.get(ValueLayout.JAVA_LONG, 0));
        }
    }

    static OptionalLong uint32(ComRef attrs, Guid key) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(ValueLayout.JAVA_INT);
            int hr = attrs.callRaw(IMFAttributes.GET_UINT32, key.allocate(a), v);
            if (hr == HResult.MF_E_ATTRIBUTENOTFOUND) {
                return OptionalLong.empty();
            }
            HResult.check(hr, "IMFAttributes::GetUINT32(" + key + ")");
            return OptionalLong.of(v.get(ValueLayout.JAVA_INT, 0));
        }
    }

    static Optional<Guid> guid(ComRef attrs, Guid key) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(16, 4);
            int hr = attrs.callRaw(IMFAttributes.GET_GUID, key.allocate(a), v);
            if (hr == HResult.MF_E_ATTRIBUTENOTFOUND) {
                return Optional.empty();
            }
            HResult.check(hr, "IMFAttributes::GetGUID(" + key + ")");
            return Optional.of(Guid.read(v));
        }
    }

    /** A string attribute; the callee's copy is freed with {@code allocator}. */
    static Optional<String> string(ComRef attrs, Guid key, ComAllocator allocator) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ValueLayout.ADDRESS);
            out.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
            MemorySegment len = a.allocate(ValueLayout.JAVA_INT);
            int hr = attrs.callRaw(IMFAttributes.GET_ALLOCATED_STRING, key.allocate(a), out, len);
            if (hr == HResult.MF_E_ATTRIBUTENOTFOUND) {
                return Optional.empty();
            }
            if (HResult.failed(hr)) {
                allocator.free(out.get(ValueLayout.ADDRESS, 0));
                throw new ComException("IMFAttributes::GetAllocatedString(" + key + ")", hr);
            }
            return Optional.ofNullable(WideString.readAndFree(out.get(ValueLayout.ADDRESS, 0), allocator));
        }
    }

    static void setGuid(ComRef attrs, Guid key, Guid value) {
        try (Arena a = Arena.ofConfined()) {
            attrs.call(IMFAttributes.SET_GUID, key.allocate(a), value.allocate(a));
        }
    }

    static void setString(ComRef attrs, Guid key, String value) {
        try (Arena a = Arena.ofConfined()) {
            attrs.call(IMFAttributes.SET_STRING, key.allocate(a), WideString.allocate(a, value));
        }
    }

    static void setUInt32(ComRef attrs, Guid key, int value) {
        try (Arena a = Arena.ofConfined()) {
            attrs.call(IMFAttributes.SET_UINT32, key.allocate(a), value);
        }
    }

    static void setUInt64(ComRef attrs, Guid key, long value) {
        try (Arena a = Arena.ofConfined()) {
            attrs.call(IMFAttributes.SET_UINT64, key.allocate(a), value);
        }
    }

    static void setUnknown(ComRef attrs, Guid key, ComRef value) {
        try (Arena a = Arena.ofConfined()) {
            attrs.call(IMFAttributes.SET_UNKNOWN, key.allocate(a), value);
        }
    }
}
