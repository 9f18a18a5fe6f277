package io.mediacapture.windows.com;

import io.mediacapture.windows.sdk.PROPERTYKEY;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * PROPERTYKEY (property stores) and DEVPROPKEY (configuration manager): a GUID and a property id, 20 bytes.
 */
public record PropertyKey(Guid fmtid, int pid) {
    public static PropertyKey of(String fmtid, int pid) {
        return new PropertyKey(Guid.parse(fmtid), pid);
    }

    public MemorySegment allocate(SegmentAllocator allocator) {
        MemorySegment s = allocator.allocate(PROPERTYKEY.layout());
        fmtid.write(s);
        s.set(ValueLayout.JAVA_INT, 16, pid);
        return s;
    }

    public static PropertyKey read(MemorySegment s) {
        MemorySegment m = s.reinterpret(20);
        return new PropertyKey(Guid.read(m), m.get(ValueLayout.JAVA_INT_UNALIGNED, 16));
    }

    @Override
    public String toString() {
        return fmtid + "," + pid;
    }
}
