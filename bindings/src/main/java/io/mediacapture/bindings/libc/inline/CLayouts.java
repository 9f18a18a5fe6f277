package io.mediacapture.bindings.libc.inline;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds struct and union layouts the way a C compiler lays them out: each member at the next multiple of
 * its alignment, the whole rounded up to the largest member alignment. jextract prints the padding it saw
 * on the machine it ran on; computing it here instead keeps the generated-shape classes correct wherever
 * the member layouts (the linker's canonical C layouts) are, e.g. on both x86_64 and aarch64.
 *
 * <p>Packed structs ({@code __attribute__((packed))}) cannot be expressed this way and are not bound.
 */
public final class CLayouts {
    private CLayouts() {}

    /** A C struct named {@code name} with natural alignment padding between and after the members. */
    public static GroupLayout struct(String name, MemoryLayout... members) {
        List<MemoryLayout> elements = new ArrayList<>();
        long offset = 0;
        long alignment = 1;
        int pad = 0;
        for (MemoryLayout member : members) {
            long a = member.byteAlignment();
            alignment = Math.max(alignment, a);
            long aligned = alignUp(offset, a);
            if (aligned > offset) {
                elements.add(MemoryLayout.paddingLayout(aligned - offset).withName("$pad" + pad++));
            }
            elements.add(member);
            offset = aligned + member.byteSize();
        }
        long size = alignUp(offset, alignment);
        if (size > offset) {
            elements.add(MemoryLayout.paddingLayout(size - offset).withName("$pad" + pad));
        }
        return MemoryLayout.structLayout(elements.toArray(MemoryLayout[]::new)).withName(name);
    }

    /** A C union named {@code name}, its size rounded up to the largest member alignment. */
    public static GroupLayout union(String name, MemoryLayout... members) {
        long size = 0;
        long alignment = 1;
        for (MemoryLayout member : members) {
            size = Math.max(size, member.byteSize());
            alignment = Math.max(alignment, member.byteAlignment());
        }
        long rounded = alignUp(size, alignment);
        if (rounded == size) {
            return MemoryLayout.unionLayout(members).withName(name);
        }
        MemoryLayout[] withTail = java.util.Arrays.copyOf(members, members.length + 1);
        withTail[members.length] = MemoryLayout.paddingLayout(rounded).withName("$pad0");
        return MemoryLayout.unionLayout(withTail).withName(name);
    }

    private static long alignUp(long offset, long alignment) {
        return (offset + alignment - 1) / alignment * alignment;
    }
}
