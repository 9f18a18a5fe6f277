// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// (options listed in that file and atop videodev2_h.java; --include-struct v4l2_pix_format).
package io.mediacapture.bindings.v4l2;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

import io.mediacapture.bindings.libc.inline.CLayouts;

/**
 * {@snippet lang=c :
 * struct v4l2_pix_format {
 *     __u32 width, height, pixelformat, field, bytesperline, sizeimage, colorspace, priv, flags;
 *     union { __u32 ycbcr_enc; __u32 hsv_enc; };
 *     __u32 quantization;
 *     __u32 xfer_func;
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class v4l2_pix_format {

    v4l2_pix_format() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = CLayouts.struct("v4l2_pix_format",
        videodev2_h.C_INT.withName("width"),
        videodev2_h.C_INT.withName("height"),
        videodev2_h.C_INT.withName("pixelformat"),
        videodev2_h.C_INT.withName("field"),
        videodev2_h.C_INT.withName("bytesperline"),
        videodev2_h.C_INT.withName("sizeimage"),
        videodev2_h.C_INT.withName("colorspace"),
        videodev2_h.C_INT.withName("priv"),
        videodev2_h.C_INT.withName("flags"),
        CLayouts.union("$anon$0",
            videodev2_h.C_INT.withName("ycbcr_enc"),
            videodev2_h.C_INT.withName("hsv_enc")),
        videodev2_h.C_INT.withName("quantization"),
        videodev2_h.C_INT.withName("xfer_func"));

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt width$LAYOUT = (OfInt) $LAYOUT.select(groupElement("width"));

    public static final OfInt width$layout() {
        return width$LAYOUT;
    }

    private static final long width$OFFSET = $LAYOUT.byteOffset(groupElement("width"));

    public static final long width$offset() {
        return width$OFFSET;
    }

    public static int width(MemorySegment struct) {
        return struct.get(width$LAYOUT, width$OFFSET);
    }

    public static void width(MemorySegment struct, int fieldValue) {
        struct.set(width$LAYOUT, width$OFFSET, fieldValue);
    }

    private static final OfInt height$LAYOUT = (OfInt) $LAYOUT.select(groupElement("height"));

    public static final OfInt height$layout() {
        return height$LAYOUT;
    }

    private static final long height$OFFSET = $LAYOUT.byteOffset(groupElement("height"));

    public static final long height$offset() {
        return height$OFFSET;
    }

    public static int height(MemorySegment struct) {
        return struct.get(height$LAYOUT, height$OFFSET);
    }

    public static void height(MemorySegment struct, int fieldValue) {
        struct.set(height$LAYOUT, height$OFFSET, fieldValue);
    }

    private static final OfInt pixelformat$LAYOUT = (OfInt) $LAYOUT.select(groupElement("pixelformat"));

    public static final OfInt pixelformat$layout() {
        return pixelformat$LAYOUT;
    }

    private static final long pixelformat$OFFSET = $LAYOUT.byteOffset(groupElement("pixelformat"));

    public static final long pixelformat$offset() {
        return pixelformat$OFFSET;
    }

    public static int pixelformat(MemorySegment struct) {
        return struct.get(pixelformat$LAYOUT, pixelformat$OFFSET);
    }

    public static void pixelformat(MemorySegment struct, int fieldValue) {
        struct.set(pixelformat$LAYOUT, pixelformat$OFFSET, fieldValue);
    }

    private static final OfInt field$LAYOUT = (OfInt) $LAYOUT.select(groupElement("field"));

    public static final OfInt field$layout() {
        return field$LAYOUT;
    }

    private static final long field$OFFSET = $LAYOUT.byteOffset(groupElement("field"));

    public static final long field$offset() {
        return field$OFFSET;
    }

    public static int field(MemorySegment struct) {
        return struct.get(field$LAYOUT, field$OFFSET);
    }

    public static void field(MemorySegment struct, int fieldValue) {
        struct.set(field$LAYOUT, field$OFFSET, fieldValue);
    }

    private static final OfInt bytesperline$LAYOUT = (OfInt) $LAYOUT.select(groupElement("bytesperline"));

    public static final OfInt bytesperline$layout() {
        return bytesperline$LAYOUT;
    }

    private static final long bytesperline$OFFSET = $LAYOUT.byteOffset(groupElement("bytesperline"));

    public static final long bytesperline$offset() {
        return bytesperline$OFFSET;
    }

    public static int bytesperline(MemorySegment struct) {
        return struct.get(bytesperline$LAYOUT, bytesperline$OFFSET);
    }

    public static void bytesperline(MemorySegment struct, int fieldValue) {
        struct.set(bytesperline$LAYOUT, bytesperline$OFFSET, fieldValue);
    }

    private static final OfInt sizeimage$LAYOUT = (OfInt) $LAYOUT.select(groupElement("sizeimage"));

    public static final OfInt sizeimage$layout() {
        return sizeimage$LAYOUT;
    }

    private static final long sizeimage$OFFSET = $LAYOUT.byteOffset(groupElement("sizeimage"));

    public static final long sizeimage$offset() {
        return sizeimage$OFFSET;
    }

    public static int sizeimage(MemorySegment struct) {
        return struct.get(sizeimage$LAYOUT, sizeimage$OFFSET);
    }

    public static void sizeimage(MemorySegment struct, int fieldValue) {
        struct.set(sizeimage$LAYOUT, sizeimage$OFFSET, fieldValue);
    }

    private static final OfInt colorspace$LAYOUT = (OfInt) $LAYOUT.select(groupElement("colorspace"));

    public static final OfInt colorspace$layout() {
        return colorspace$LAYOUT;
    }

    private static final long colorspace$OFFSET = $LAYOUT.byteOffset(groupElement("colorspace"));

    public static final long colorspace$offset() {
        return colorspace$OFFSET;
    }

    public static int colorspace(MemorySegment struct) {
        return struct.get(colorspace$LAYOUT, colorspace$OFFSET);
    }

    public static void colorspace(MemorySegment struct, int fieldValue) {
        struct.set(colorspace$LAYOUT, colorspace$OFFSET, fieldValue);
    }

    private static final OfInt priv$LAYOUT = (OfInt) $LAYOUT.select(groupElement("priv"));

    public static final OfInt priv$layout() {
        return priv$LAYOUT;
    }

    private static final long priv$OFFSET = $LAYOUT.byteOffset(groupElement("priv"));

    public static final long priv$offset() {
        return priv$OFFSET;
    }

    public static int priv(MemorySegment struct) {
        return struct.get(priv$LAYOUT, priv$OFFSET);
    }

    public static void priv(MemorySegment struct, int fieldValue) {
        struct.set(priv$LAYOUT, priv$OFFSET, fieldValue);
    }

    private static final OfInt flags$LAYOUT = (OfInt) $LAYOUT.select(groupElement("flags"));

    public static final OfInt flags$layout() {
        return flags$LAYOUT;
    }

    private static final long flags$OFFSET = $LAYOUT.byteOffset(groupElement("flags"));

    public static final long flags$offset() {
        return flags$OFFSET;
    }

    public static int flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    public static void flags(MemorySegment struct, int fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
    }

    private static final OfInt ycbcr_enc$LAYOUT = (OfInt) $LAYOUT.select(groupElement("$anon$0"), groupElement("ycbcr_enc"));

    public static final OfInt ycbcr_enc$layout() {
        return ycbcr_enc$LAYOUT;
    }

    private static final long ycbcr_enc$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("ycbcr_enc"));

    public static final long ycbcr_enc$offset() {
        return ycbcr_enc$OFFSET;
    }

    public static int ycbcr_enc(MemorySegment struct) {
        return struct.get(ycbcr_enc$LAYOUT, ycbcr_enc$OFFSET);
    }

    public static void ycbcr_enc(MemorySegment struct, int fieldValue) {
        struct.set(ycbcr_enc$LAYOUT, ycbcr_enc$OFFSET, fieldValue);
    }

    private static final OfInt hsv_enc$LAYOUT = (OfInt) $LAYOUT.select(groupElement("$anon$0"), groupElement("hsv_enc"));

    public static final OfInt hsv_enc$layout() {
        return hsv_enc$LAYOUT;
    }

    private static final long hsv_enc$OFFSET = $LAYOUT.byteOffset(groupElement("$anon$0"), groupElement("hsv_enc"));

    public static final long hsv_enc$offset() {
        return hsv_enc$OFFSET;
    }

    public static int hsv_enc(MemorySegment struct) {
        return struct.get(hsv_enc$LAYOUT, hsv_enc$OFFSET);
    }

    public static void hsv_enc(MemorySegment struct, int fieldValue) {
        struct.set(hsv_enc$LAYOUT, hsv_enc$OFFSET, fieldValue);
    }

    private static final OfInt quantization$LAYOUT = (OfInt) $LAYOUT.select(groupElement("quantization"));

    public static final OfInt quantization$layout() {
        return quantization$LAYOUT;
    }

    private static final long quantization$OFFSET = $LAYOUT.byteOffset(groupElement("quantization"));

    public static final long quantization$offset() {
        return quantization$OFFSET;
    }

    public static int quantization(MemorySegment struct) {
        return struct.get(quantization$LAYOUT, quantization$OFFSET);
    }

    public static void quantization(MemorySegment struct, int fieldValue) {
        struct.set(quantization$LAYOUT, quantization$OFFSET, fieldValue);
    }

    private static final OfInt xfer_func$LAYOUT = (OfInt) $LAYOUT.select(groupElement("xfer_func"));

    public static final OfInt xfer_func$layout() {
        return xfer_func$LAYOUT;
    }

    private static final long xfer_func$OFFSET = $LAYOUT.byteOffset(groupElement("xfer_func"));

    public static final long xfer_func$offset() {
        return xfer_func$OFFSET;
    }

    public static int xfer_func(MemorySegment struct) {
        return struct.get(xfer_func$LAYOUT, xfer_func$OFFSET);
    }

    public static void xfer_func(MemorySegment struct, int fieldValue) {
        struct.set(xfer_func$LAYOUT, xfer_func$OFFSET, fieldValue);
    }

    /** The element at {@code index} of an array of this struct. */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index, layout().byteSize());
    }

    public static long sizeof() {
        return layout().byteSize();
    }

    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /** Gives a native pointer this struct's size, attached to {@code arena}. */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /** Gives a native pointer the size of {@code elementCount} structs, attached to {@code arena}. */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
