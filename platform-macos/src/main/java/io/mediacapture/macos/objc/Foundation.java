package io.mediacapture.macos.objc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Conversions between Java values and Foundation objects (NSString, NSNumber, NSArray, NSDictionary), through
 * ordinary message sends, so they work against any classes answering the same selectors. Objects created
 * here are returned as owned references (alloc/init, +1); nothing is autoreleased, so they do not depend on
 * an autorelease pool. Values read from Foundation are copied into Java before returning.
 */
public final class Foundation {
    private final Objc objc;

    public Foundation(Objc objc) {
        this.objc = objc;
    }

    public Objc objc() {
        return objc;
    }

    /** A new NSString with the text of {@code s}. */
    public ObjcRef string(String s) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment obj = objc.sendId(objc.sendId(objc.cls("NSString"), "alloc"), "initWithUTF8String:",
                    a.allocateFrom(s));
            return objc.adopt(obj, "-[NSString initWithUTF8String:]");
        }
    }

    /**
     * The text of an NSString, or null for nil. Call inside an autorelease pool: {@code -UTF8String} may
     * return a buffer owned by an autoreleased object.
     */
    public String toJava(MemorySegment nsString) {
        if (nsString.equals(MemorySegment.NULL)) {
            return null;
        }
        MemorySegment utf8 = objc.sendId(nsString, "UTF8String");
        return utf8.equals(MemorySegment.NULL) ? "" : utf8.reinterpret(Long.MAX_VALUE).getString(0);
    }

    /** The elements of an NSArray (borrowed: valid while the array is). Empty for nil. */
    public List<MemorySegment> list(MemorySegment nsArray) {
        if (nsArray.equals(MemorySegment.NULL)) {
            return List.of();
        }
        long n = objc.sendLong(nsArray, "count");
        List<MemorySegment> out = new ArrayList<>((int) Math.min(n, 1024));
        for (long i = 0; i < n; i++) {
            out.add(objc.sendId(nsArray, "objectAtIndex:", i));
        }
        return out;
    }

    /** A new NSArray holding {@code elements} (each retained by the array). */
    public ObjcRef array(List<MemorySegment> elements) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment objs = a.allocate(ValueLayout.ADDRESS, Math.max(1, elements.size()));
            for (int i = 0; i < elements.size(); i++) {
                objs.setAtIndex(ValueLayout.ADDRESS, i, elements.get(i));
            }
            MemorySegment arr = objc.sendId(objc.sendId(objc.cls("NSArray"), "alloc"), "initWithObjects:count:",
                    objs, (long) elements.size());
            return objc.adopt(arr, "-[NSArray initWithObjects:count:]");
        }
    }

    /** A new NSNumber holding an unsigned 32-bit value (a FourCharCode, a pixel format type). */
    public ObjcRef unsignedInt(int value) {
        return objc.adopt(objc.sendId(objc.sendId(objc.cls("NSNumber"), "alloc"), "initWithUnsignedInt:", value),
                "-[NSNumber initWithUnsignedInt:]");
    }

    public ObjcRef doubleNumber(double value) {
        return objc.adopt(objc.sendId(objc.sendId(objc.cls("NSNumber"), "alloc"), "initWithDouble:", value),
                "-[NSNumber initWithDouble:]");
    }

    public ObjcRef bool(boolean value) {
        return objc.adopt(objc.sendId(objc.sendId(objc.cls("NSNumber"), "alloc"), "initWithBool:", value),
                "-[NSNumber initWithBool:]");
    }

    public int intValue(MemorySegment nsNumber) {
        return objc.sendInt(nsNumber, "intValue");
    }

    public double doubleValue(MemorySegment nsNumber) {
        return objc.sendDouble(nsNumber, "doubleValue");
    }

    /** A new NSDictionary; keys and values are borrowed objects, retained by the dictionary. */
    public ObjcRef dictionary(Map<MemorySegment, MemorySegment> entries) {
        try (Arena a = Arena.ofConfined()) {
            int n = entries.size();
            MemorySegment keys = a.allocate(ValueLayout.ADDRESS, Math.max(1, n));
            MemorySegment values = a.allocate(ValueLayout.ADDRESS, Math.max(1, n));
            int i = 0;
            for (Map.Entry<MemorySegment, MemorySegment> e : entries.entrySet()) {
                keys.setAtIndex(ValueLayout.ADDRESS, i, e.getKey());
                values.setAtIndex(ValueLayout.ADDRESS, i, e.getValue());
                i++;
            }
            MemorySegment d = objc.sendId(objc.sendId(objc.cls("NSDictionary"), "alloc"),
                    "initWithObjects:forKeys:count:", values, keys, (long) n);
            return objc.adopt(d, "-[NSDictionary initWithObjects:forKeys:count:]");
        }
    }

    /** {@code [dictionary objectForKey:key]} (borrowed), NULL when absent. */
    public MemorySegment get(MemorySegment dictionary, MemorySegment key) {
        return objc.sendId(dictionary, "objectForKey:", key);
    }
}
