/*
 * The C structs this backend reads, written here from Apple's documentation (CoreMedia CMTime.h /
 * CMFormatDescription.h, CoreAudioTypes.h, AudioHardwareBase.h, Foundation NSProcessInfo.h) and the Block ABI
 * specification, not from Apple's headers (which
 * are not on Linux). Fixed-width types only; x86_64 and arm64 macOS are both LP64 with natural alignment,
 * like x86_64 Linux, so offsets computed here by gcc are the macOS offsets. Prints "name size" and
 * "name.field offset" lines for LayoutTest.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct { int64_t value; int32_t timescale; uint32_t flags; int64_t epoch; } CMTime;
typedef struct { int32_t width; int32_t height; } CMVideoDimensions;
typedef struct {
    double mSampleRate; uint32_t mFormatID; uint32_t mFormatFlags; uint32_t mBytesPerPacket;
    uint32_t mFramesPerPacket; uint32_t mBytesPerFrame; uint32_t mChannelsPerFrame; uint32_t mBitsPerChannel;
    uint32_t mReserved;
} AudioStreamBasicDescription;
typedef struct { uint32_t mNumberChannels; uint32_t mDataByteSize; void *mData; } AudioBuffer;
typedef struct { uint32_t mNumberBuffers; AudioBuffer mBuffers[1]; } AudioBufferList;
typedef struct { long majorVersion; long minorVersion; long patchVersion; } NSOperatingSystemVersion; /* NSInteger: long */
typedef struct { uint32_t mSelector; uint32_t mScope; uint32_t mElement; } AudioObjectPropertyAddress;
struct Block_descriptor { unsigned long reserved; unsigned long size; const char *signature; };
struct Block_literal {
    void *isa; int flags; int reserved; void (*invoke)(void *, ...); struct Block_descriptor *descriptor;
    int64_t context;
};

#define S(t) printf(#t " %zu\n", sizeof(t))
#define O(t, f) printf(#t "." #f " %zu\n", offsetof(t, f))

int main(void) {
    S(CMTime); O(CMTime, value); O(CMTime, timescale); O(CMTime, flags); O(CMTime, epoch);
    S(CMVideoDimensions); O(CMVideoDimensions, width); O(CMVideoDimensions, height);
    S(AudioStreamBasicDescription); O(AudioStreamBasicDescription, mSampleRate);
    O(AudioStreamBasicDescription, mFormatID); O(AudioStreamBasicDescription, mFormatFlags);
    O(AudioStreamBasicDescription, mBytesPerPacket); O(AudioStreamBasicDescription, mFramesPerPacket);
    O(AudioStreamBasicDescription, mBytesPerFrame); O(AudioStreamBasicDescription, mChannelsPerFrame);
    O(AudioStreamBasicDescription, mBitsPerChannel); O(AudioStreamBasicDescription, mReserved);
    S(AudioBuffer); O(AudioBuffer, mNumberChannels); O(AudioBuffer, mDataByteSize); O(AudioBuffer, mData);
    S(AudioBufferList); O(AudioBufferList, mNumberBuffers); O(AudioBufferList, mBuffers);
    S(NSOperatingSystemVersion); O(NSOperatingSystemVersion, majorVersion); O(NSOperatingSystemVersion, minorVersion);
    O(NSOperatingSystemVersion, patchVersion);
    S(AudioObjectPropertyAddress); O(AudioObjectPropertyAddress, mSelector); O(AudioObjectPropertyAddress, mScope);
    O(AudioObjectPropertyAddress, mElement);
    printf("Block_descriptor %zu\n", sizeof(struct Block_descriptor));
    printf("Block_descriptor.reserved %zu\n", offsetof(struct Block_descriptor, reserved));
    printf("Block_descriptor.size %zu\n", offsetof(struct Block_descriptor, size));
    printf("Block_descriptor.signature %zu\n", offsetof(struct Block_descriptor, signature));
    printf("Block_literal %zu\n", sizeof(struct Block_literal));
    printf("Block_literal.isa %zu\n", offsetof(struct Block_literal, isa));
    printf("Block_literal.flags %zu\n", offsetof(struct Block_literal, flags));
    printf("Block_literal.reserved %zu\n", offsetof(struct Block_literal, reserved));
    printf("Block_literal.invoke %zu\n", offsetof(struct Block_literal, invoke));
    printf("Block_literal.descriptor %zu\n", offsetof(struct Block_literal, descriptor));
    printf("Block_literal.context %zu\n", offsetof(struct Block_literal, context));
    return 0;
}
