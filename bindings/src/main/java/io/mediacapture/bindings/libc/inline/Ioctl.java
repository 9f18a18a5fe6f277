package io.mediacapture.bindings.libc.inline;

/**
 * Java equivalents of the {@code _IO}, {@code _IOR}, {@code _IOW} and {@code _IOWR} macros of
 * {@code <asm-generic/ioctl.h>}: an ioctl request number packs a direction, a type letter, a command
 * number and the size of the argument struct. The generic encoding is the one x86_64 and aarch64 use
 * (powerpc, mips and sparc differ and are not supported).
 */
public final class Ioctl {
    private Ioctl() {}

    private static final int NRBITS = 8;
    private static final int TYPEBITS = 8;
    private static final int SIZEBITS = 14;
    private static final int NRSHIFT = 0;
    private static final int TYPESHIFT = NRSHIFT + NRBITS;
    private static final int SIZESHIFT = TYPESHIFT + TYPEBITS;
    private static final int DIRSHIFT = SIZESHIFT + SIZEBITS;

    /** {@code _IOC_NONE}: no data transferred. */
    public static final int IOC_NONE = 0;
    /** {@code _IOC_WRITE}: user space writes, the kernel reads. */
    public static final int IOC_WRITE = 1;
    /** {@code _IOC_READ}: the kernel writes, user space reads. */
    public static final int IOC_READ = 2;

    /**
     * {@code _IOC(dir, type, nr, size)} as the unsigned long that {@code ioctl} takes.
     *
     * @throws IllegalArgumentException when a part does not fit its bit field
     */
    public static long _IOC(int dir, int type, int nr, long size) {
        check("dir", dir, 2);
        check("type", type, TYPEBITS);
        check("nr", nr, NRBITS);
        if (size < 0 || size >= (1L << SIZEBITS)) {
            throw new IllegalArgumentException("ioctl argument size " + size + " does not fit in " + SIZEBITS + " bits");
        }
        return ((long) dir << DIRSHIFT) | ((long) type << TYPESHIFT) | ((long) nr << NRSHIFT) | (size << SIZESHIFT);
    }

    /** {@code _IO(type, nr)}: a request without an argument. */
    public static long _IO(int type, int nr) {
        return _IOC(IOC_NONE, type, nr, 0);
    }

    /** {@code _IOR(type, nr, argtype)}: the kernel fills an argument of {@code size} bytes. */
    public static long _IOR(int type, int nr, long size) {
        return _IOC(IOC_READ, type, nr, size);
    }

    /** {@code _IOW(type, nr, argtype)}: the kernel reads an argument of {@code size} bytes. */
    public static long _IOW(int type, int nr, long size) {
        return _IOC(IOC_WRITE, type, nr, size);
    }

    /** {@code _IOWR(type, nr, argtype)}: the argument goes both ways. */
    public static long _IOWR(int type, int nr, long size) {
        return _IOC(IOC_READ | IOC_WRITE, type, nr, size);
    }

    private static void check(String what, int value, int bits) {
        if (value < 0 || value >= (1 << bits)) {
            throw new IllegalArgumentException("ioctl " + what + " " + value + " does not fit in " + bits + " bits");
        }
    }
}
