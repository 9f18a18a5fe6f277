// Written in jextract's shape (one class per struct: layout(), field accessors, $offset()/$layout()), because
// jextract cannot read Apple's SDK headers here. Source: CoreAudioTypes/CoreAudioBaseTypes.h.
// Checked against gcc by LayoutTest (src/test/native/layouts.c restates the struct).
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * struct AudioStreamBasicDescription {
 *     Float64          mSampleRate;
 *     AudioFormatID    mFormatID;
 *     AudioFormatFlags mFormatFlags;
 *     UInt32           mBytesPerPacket;
 *     UInt32           mFramesPerPacket;
 *     UInt32           mBytesPerFrame;
 *     UInt32           mChannelsPerFrame;
 *     UInt32           mBitsPerChannel;
 *     UInt32           mReserved;
 * };
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public class AudioStreamBasicDescription {

    AudioStreamBasicDescription() {
        // static members only
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        JAVA_DOUBLE.withName("mSampleRate"),
        JAVA_INT.withName("mFormatID"),
        JAVA_INT.withName("mFormatFlags"),
        JAVA_INT.withName("mBytesPerPacket"),
        JAVA_INT.withName("mFramesPerPacket"),
        JAVA_INT.withName("mBytesPerFrame"),
        JAVA_INT.withName("mChannelsPerFrame"),
        JAVA_INT.withName("mBitsPerChannel"),
        JAVA_INT.withName("mReserved")).withName("AudioStreamBasicDescription");

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfDouble mSampleRate$LAYOUT = (OfDouble) $LAYOUT.select(groupElement("mSampleRate"));

    public static final OfDouble mSampleRate$layout() {
        return mSampleRate$LAYOUT;
    }

    private static final long mSampleRate$OFFSET = $LAYOUT.byteOffset(groupElement("mSampleRate"));

    public static final long mSampleRate$offset() {
        return mSampleRate$OFFSET;
    }

    public static double mSampleRate(MemorySegment struct) {
        return struct.get(mSampleRate$LAYOUT, mSampleRate$OFFSET);
    }

    public static void mSampleRate(MemorySegment struct, double fieldValue) {
        struct.set(mSampleRate$LAYOUT, mSampleRate$OFFSET, fieldValue);
    }

    private static final OfInt mFormatID$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mFormatID"));

    public static final OfInt mFormatID$layout() {
        return mFormatID$LAYOUT;
    }

    private static final long mFormatID$OFFSET = $LAYOUT.byteOffset(groupElement("mFormatID"));

    public static final long mFormatID$offset() {
        return mFormatID$OFFSET;
    }

    public static int mFormatID(MemorySegment struct) {
        return struct.get(mFormatID$LAYOUT, mFormatID$OFFSET);
    }

    public static void mFormatID(MemorySegment struct, int fieldValue) {
        struct.set(mFormatID$LAYOUT, mFormatID$OFFSET, fieldValue);
    }

    private static final OfInt mFormatFlags$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mFormatFlags"));

    public static final OfInt mFormatFlags$layout() {
        return mFormatFlags$LAYOUT;
    }

    private static final long mFormatFlags$OFFSET = $LAYOUT.byteOffset(groupElement("mFormatFlags"));

    public static final long mFormatFlags$offset() {
        return mFormatFlags$OFFSET;
    }

    public static int mFormatFlags(MemorySegment struct) {
        return struct.get(mFormatFlags$LAYOUT, mFormatFlags$OFFSET);
    }

    public static void mFormatFlags(MemorySegment struct, int fieldValue) {
        struct.set(mFormatFlags$LAYOUT, mFormatFlags$OFFSET, fieldValue);
    }

    private static final OfInt mBytesPerPacket$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mBytesPerPacket"));

    public static final OfInt mBytesPerPacket$layout() {
        return mBytesPerPacket$LAYOUT;
    }

    private static final long mBytesPerPacket$OFFSET = $LAYOUT.byteOffset(groupElement("mBytesPerPacket"));

    public static final long mBytesPerPacket$offset() {
        return mBytesPerPacket$OFFSET;
    }

    public static int mBytesPerPacket(MemorySegment struct) {
        return struct.get(mBytesPerPacket$LAYOUT, mBytesPerPacket$OFFSET);
    }

    public static void mBytesPerPacket(MemorySegment struct, int fieldValue) {
        struct.set(mBytesPerPacket$LAYOUT, mBytesPerPacket$OFFSET, fieldValue);
    }

    private static final OfInt mFramesPerPacket$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mFramesPerPacket"));

    public static final OfInt mFramesPerPacket$layout() {
        return mFramesPerPacket$LAYOUT;
    }

    private static final long mFramesPerPacket$OFFSET = $LAYOUT.byteOffset(groupElement("mFramesPerPacket"));

    public static final long mFramesPerPacket$offset() {
        return mFramesPerPacket$OFFSET;
    }

    public static int mFramesPerPacket(MemorySegment struct) {
        return struct.get(mFramesPerPacket$LAYOUT, mFramesPerPacket$OFFSET);
    }

    public static void mFramesPerPacket(MemorySegment struct, int fieldValue) {
        struct.set(mFramesPerPacket$LAYOUT, mFramesPerPacket$OFFSET, fieldValue);
    }

    private static final OfInt mBytesPerFrame$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mBytesPerFrame"));

    public static final OfInt mBytesPerFrame$layout() {
        return mBytesPerFrame$LAYOUT;
    }

    private static final long mBytesPerFrame$OFFSET = $LAYOUT.byteOffset(groupElement("mBytesPerFrame"));

    public static final long mBytesPerFrame$offset() {
        return mBytesPerFrame$OFFSET;
    }

    public static int mBytesPerFrame(MemorySegment struct) {
        return struct.get(mBytesPerFrame$LAYOUT, mBytesPerFrame$OFFSET);
    }

    public static void mBytesPerFrame(MemorySegment struct, int fieldValue) {
        struct.set(mBytesPerFrame$LAYOUT, mBytesPerFrame$OFFSET, fieldValue);
    }

    private static final OfInt mChannelsPerFrame$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mChannelsPerFrame"));

    public static final OfInt mChannelsPerFrame$layout() {
        return mChannelsPerFrame$LAYOUT;
    }

    private static final long mChannelsPerFrame$OFFSET = $LAYOUT.byteOffset(groupElement("mChannelsPerFrame"));

    public static final long mChannelsPerFrame$offset() {
        return mChannelsPerFrame$OFFSET;
    }

    public static int mChannelsPerFrame(MemorySegment struct) {
        return struct.get(mChannelsPerFrame$LAYOUT, mChannelsPerFrame$OFFSET);
    }

    public static void mChannelsPerFrame(MemorySegment struct, int fieldValue) {
        struct.set(mChannelsPerFrame$LAYOUT, mChannelsPerFrame$OFFSET, fieldValue);
    }

    private static final OfInt mBitsPerChannel$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mBitsPerChannel"));

    public static final OfInt mBitsPerChannel$layout() {
        return mBitsPerChannel$LAYOUT;
    }

    private static final long mBitsPerChannel$OFFSET = $LAYOUT.byteOffset(groupElement("mBitsPerChannel"));

    public static final long mBitsPerChannel$offset() {
        return mBitsPerChannel$OFFSET;
    }

    public static int mBitsPerChannel(MemorySegment struct) {
        return struct.get(mBitsPerChannel$LAYOUT, mBitsPerChannel$OFFSET);
    }

    public static void mBitsPerChannel(MemorySegment struct, int fieldValue) {
        struct.set(mBitsPerChannel$LAYOUT, mBitsPerChannel$OFFSET, fieldValue);
    }

    private static final OfInt mReserved$LAYOUT = (OfInt) $LAYOUT.select(groupElement("mReserved"));

    public static final OfInt mReserved$layout() {
        return mReserved$LAYOUT;
    }

    private static final long mReserved$OFFSET = $LAYOUT.byteOffset(groupElement("mReserved"));

    public static final long mReserved$offset() {
        return mReserved$OFFSET;
    }

    public static int mReserved(MemorySegment struct) {
        return struct.get(mReserved$LAYOUT, mReserved$OFFSET);
    }

    public static void mReserved(MemorySegment struct, int fieldValue) {
        struct.set(mReserved$LAYOUT, mReserved$OFFSET, fieldValue);
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
