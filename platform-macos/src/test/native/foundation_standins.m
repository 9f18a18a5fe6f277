/*
 * Test fixture for the Objective-C bridge on Linux, compiled with gobjc against GCC's libobjc during the
 * tests. GCC's runtime has no Foundation, so this defines minimal stand-ins answering the same selectors the
 * bridge sends to Foundation (NSObject, NSString, NSNumber, NSArray, NSDictionary) plus helpers that send
 * messages from compiled code into classes the tests define from Java. Not Apple's Foundation: only the
 * selectors are the same.
 */
#include <objc/runtime.h>
#include <objc/message.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int64_t value; int32_t timescale; uint32_t flags; int64_t epoch; } TestCMTime;

__attribute__((objc_root_class))
@interface NSObject { Class isa; long refs; }
+ (id)alloc;
- (id)init;
- (id)retain;
- (void)release;
- (long)retainCount;
- (signed char)respondsToSelector:(SEL)s;
- (void)dealloc;
@end

static long live_objects;

@implementation NSObject
+ (id)alloc { NSObject *o = class_createInstance(self, 0); o->refs = 1; __sync_fetch_and_add(&live_objects, 1); return o; }
- (id)init { return self; }
- (id)retain { __sync_fetch_and_add(&refs, 1); return self; }
- (void)release { if (__sync_sub_and_fetch(&refs, 1) == 0) { [self dealloc]; } }
- (long)retainCount { return refs; }
- (signed char)respondsToSelector:(SEL)s { return class_respondsToSelector(object_getClass(self), s) ? 1 : 0; }
- (void)dealloc { __sync_fetch_and_sub(&live_objects, 1); object_dispose(self); }
@end

long mc_live_objects(void) { return live_objects; }

@interface NSString : NSObject { char *utf8; }
- (id)initWithUTF8String:(const char *)s;
- (const char *)UTF8String;
- (unsigned long)length;
@end
@implementation NSString
- (id)initWithUTF8String:(const char *)s { utf8 = strdup(s); return self; }
- (const char *)UTF8String { return utf8; }
- (unsigned long)length { return strlen(utf8); }
- (void)dealloc { free(utf8); [super dealloc]; }
@end

@interface NSNumber : NSObject { double d; long long l; }
@end
@implementation NSNumber
- (id)initWithUnsignedInt:(unsigned int)v { l = v; d = v; return self; }
- (id)initWithDouble:(double)v { d = v; l = (long long)v; return self; }
- (id)initWithBool:(signed char)v { l = v ? 1 : 0; d = l; return self; }
- (int)intValue { return (int)l; }
- (unsigned int)unsignedIntValue { return (unsigned int)l; }
- (double)doubleValue { return d; }
@end

@interface NSArray : NSObject { id *items; unsigned long n; }
@end
@implementation NSArray
- (id)initWithObjects:(id *)objs count:(unsigned long)count {
    n = count; items = calloc(count ? count : 1, sizeof(id));
    for (unsigned long i = 0; i < count; i++) { items[i] = [objs[i] retain]; }
    return self;
}
- (unsigned long)count { return n; }
- (id)objectAtIndex:(unsigned long)i { return i < n ? items[i] : nil; }
- (void)dealloc { for (unsigned long i = 0; i < n; i++) { [items[i] release]; } free(items); [super dealloc]; }
@end

@interface NSDictionary : NSObject { NSArray *keys; NSArray *values; }
@end
@implementation NSDictionary
- (id)initWithObjects:(id *)v forKeys:(id *)k count:(unsigned long)count {
    values = [[NSArray alloc] initWithObjects:v count:count];
    keys = [[NSArray alloc] initWithObjects:k count:count];
    return self;
}
- (unsigned long)count { return [keys count]; }
- (id)objectForKey:(id)key {
    for (unsigned long i = 0; i < [keys count]; i++) {
        id k = [keys objectAtIndex:i];
        if (k == key || (object_getClass(k) == object_getClass(key) && object_getClass(k) == objc_getClass("NSString")
                && strcmp([(NSString *)k UTF8String], [(NSString *)key UTF8String]) == 0)) {
            return [values objectAtIndex:i];
        }
    }
    return nil;
}
- (void)dealloc { [keys release]; [values release]; [super dealloc]; }
@end

/* Stands in for an AVFrameRateRange: a method returning CMTime by value (24 bytes, in memory). */
@interface MCTestRange : NSObject
@end
@implementation MCTestRange
- (TestCMTime)minFrameDuration { TestCMTime t = {1001, 30000, 1, 0}; return t; }
- (double)maxFrameRate { return 29.97; }
- (TestCMTime)scaled:(TestCMTime)t by:(int)k { t.value *= k; return t; }
@end

/* Stands in for an AVCaptureDevice / NSNotification pair. */
@interface MCTestDevice : NSObject { NSString *uid; }
@end
@implementation MCTestDevice
- (id)initWithID:(const char *)s { uid = [[NSString alloc] initWithUTF8String:s]; return self; }
- (id)uniqueID { return uid; }
- (void)dealloc { [uid release]; [super dealloc]; }
@end
@interface MCTestNotification : NSObject { id obj; }
@end
@implementation MCTestNotification
- (id)initWithObject:(id)o { obj = [o retain]; return self; }
- (id)object { return obj; }
- (void)dealloc { [obj release]; [super dealloc]; }
@end

/* Compiled sends into classes defined from Java. */
void mc_send_sample(id delegate, void *sampleBuffer) {
    SEL s = sel_registerName("captureOutput:didOutputSampleBuffer:fromConnection:");
    void (*imp)(id, SEL, id, void *, id) = (void (*)(id, SEL, id, void *, id))objc_msg_lookup(delegate, s);
    imp(delegate, s, nil, sampleBuffer, nil);
}

struct sender { id delegate; int count; };
static void *send_loop(void *arg) {
    struct sender *s = arg;
    for (int i = 0; i < s->count; i++) { mc_send_sample(s->delegate, (void *)(intptr_t)(i + 1)); }
    return NULL;
}
/* Like a dispatch queue: a native thread the JVM has never seen calls the delegate count times. */
int mc_send_samples_from_thread(id delegate, int count) {
    pthread_t t;
    struct sender s = {delegate, count};
    if (pthread_create(&t, NULL, send_loop, &s) != 0) { return -1; }
    return pthread_join(t, NULL);
}

void mc_post(id observer, const char *selector, id note) {
    SEL s = sel_registerName(selector);
    void (*imp)(id, SEL, id) = (void (*)(id, SEL, id))objc_msg_lookup(observer, s);
    imp(observer, s, note);
}

/* Calls a Java-implemented method returning CMTime by value and returns value + timescale. */
long long mc_call_time_method(id obj, const char *selector, long long v) {
    SEL s = sel_registerName(selector);
    TestCMTime (*imp)(id, SEL, long long) = (TestCMTime (*)(id, SEL, long long))objc_msg_lookup(obj, s);
    TestCMTime t = imp(obj, s, v);
    return t.value + t.timescale + t.flags;
}

/* Stands in for an AVCaptureDevice's configuration lock and its key-value observed "suspended" property. */
@interface MCFakeCaptureDevice : NSObject { signed char suspended; signed char refuse; long locks; long unlocks; }
@end
@implementation MCFakeCaptureDevice
- (signed char)lockForConfiguration:(id *)error {
    if (refuse) { if (error) { *error = nil; } return 0; }
    locks++; return 1;
}
- (void)unlockForConfiguration { unlocks++; }
- (void)setRefuseLock:(signed char)r { refuse = r; }
- (long)locks { return locks; }
- (long)unlocks { return unlocks; }
- (signed char)isSuspended { return suspended; }
- (void)setSuspended:(signed char)s { suspended = s; }
/* KVO registration as a real device would take it; this fake only counts. */
- (void)addObserver:(id)o forKeyPath:(id)k options:(unsigned long)opts context:(void *)c { locks += 100; }
- (void)removeObserver:(id)o forKeyPath:(id)k { unlocks += 100; }
@end

/* What KVO does on a change: -observeValueForKeyPath:ofObject:change:context: on the observer. */
void mc_send_kvo(id observer, id keyPath, id object) {
    SEL s = sel_registerName("observeValueForKeyPath:ofObject:change:context:");
    void (*imp)(id, SEL, id, id, id, void *) = (void (*)(id, SEL, id, id, id, void *))objc_msg_lookup(observer, s);
    imp(observer, s, keyPath, object, nil, NULL);
}

/*
 * A stand-in AVCaptureDevice for the camera controls (MediaStream Image Capture): the selectors AvCameraControls
 * sends, with AVFoundation's mode numbers (0 locked, 1 auto/single-shot, 2 continuous; torch 0 off, 1 on). Like
 * AVFoundation, setting an unsupported mode raises; here it records the violation instead (the tests check that
 * none happened) and sets nothing.
 */
@interface MCFakeFormat : NSObject { double maxZoom; }
@end
@implementation MCFakeFormat
- (double)videoMaxZoomFactor { return maxZoom; }
- (void)setVideoMaxZoomFactor:(double)z { maxZoom = z; }
@end

@interface MCFakeControlDevice : NSObject {
    long focus, exposure, wb, torch; long focusMask, exposureMask, wbMask; signed char hasTorch;
    double zoom; id format; long locks, unlocks, violations;
}
@end
@implementation MCFakeControlDevice
- (id)init {
    focus = 2; exposure = 2; wb = 2; torch = 0; focusMask = 0x5; exposureMask = 0x5; wbMask = 0x7; hasTorch = 1; zoom = 1;
    format = [[MCFakeFormat alloc] init]; [format setVideoMaxZoomFactor:4.0];
    return self;
}
- (signed char)lockForConfiguration:(id *)error { locks++; return 1; }
- (void)unlockForConfiguration { unlocks++; }
- (long)locks { return locks; }
- (long)unlocks { return unlocks; }
- (long)violations { return violations; }
- (signed char)isFocusModeSupported:(long)m { return (focusMask >> m) & 1; }
- (signed char)isExposureModeSupported:(long)m { return (exposureMask >> m) & 1; }
- (signed char)isWhiteBalanceModeSupported:(long)m { return (wbMask >> m) & 1; }
- (long)focusMode { return focus; }
- (long)exposureMode { return exposure; }
- (long)whiteBalanceMode { return wb; }
- (void)setFocusMode:(long)m { if (!((focusMask >> m) & 1) || locks == unlocks) { violations++; return; } focus = m; }
- (void)setExposureMode:(long)m { if (!((exposureMask >> m) & 1) || locks == unlocks) { violations++; return; } exposure = m; }
- (void)setWhiteBalanceMode:(long)m { if (!((wbMask >> m) & 1) || locks == unlocks) { violations++; return; } wb = m; }
- (double)videoZoomFactor { return zoom; }
- (void)setVideoZoomFactor:(double)z { if (locks == unlocks || z < 1 || z > [format videoMaxZoomFactor]) { violations++; return; } zoom = z; }
- (id)activeFormat { return format; }
- (signed char)hasTorch { return hasTorch; }
- (signed char)isTorchModeSupported:(long)m { return hasTorch && m <= 1; }
- (long)torchMode { return torch; }
- (void)setTorchMode:(long)m { if (locks == unlocks || !hasTorch) { violations++; return; } torch = m; }
/* What another application (or the camera's automatics) changing a control looks like. */
- (void)setFocusModeFromOutside:(long)m { focus = m; }
- (void)dealloc { [format release]; [super dealloc]; }
@end

/*
 * Stand-ins for AVCapturePhotoOutput and its neighbours (MediaStream Image Capture's takePhoto, AvStillImage),
 * under AVFoundation's own class names so the code under test looks them up as it would on macOS. Like
 * AVFoundation, the real classes raise on a flash mode or size they did not offer, on a reused settings object,
 * and on a capture without an active connection; these count a violation instead. A capture answers from a new
 * native thread, as AVFoundation's queue would: didFinishProcessingPhoto, then didFinishCaptureForResolvedSettings.
 */
typedef struct { int32_t width; int32_t height; } TestDims;

@interface MCFakeDimsValue : NSObject { TestDims d; }
@end
@implementation MCFakeDimsValue
- (id)initWithWidth:(int)w height:(int)h { d.width = w; d.height = h; return self; }
- (TestDims)CMVideoDimensionsValue { return d; }
@end

static id mc_number(unsigned int v) { return [[NSNumber alloc] initWithUnsignedInt:v]; }
static id mc_array2(id a, id b) { id o[2] = {a, b}; id r = [[NSArray alloc] initWithObjects:o count:2]; [a release]; [b release]; return r; }

@interface MCFakePhotoFormat : NSObject { NSArray *dims; }
@end
@implementation MCFakePhotoFormat
- (id)init {
    id o[2] = {[[MCFakeDimsValue alloc] initWithWidth:1920 height:1080], [[MCFakeDimsValue alloc] initWithWidth:4032 height:3024]};
    dims = [[NSArray alloc] initWithObjects:o count:2]; [o[0] release]; [o[1] release];
    return self;
}
- (id)supportedMaxPhotoDimensions { return dims; }
- (TestDims)highResolutionStillImageDimensions { TestDims t = {4032, 3024}; return t; }
- (void)dealloc { [dims release]; [super dealloc]; }
@end

@interface MCFakePhotoDevice : NSObject { id format; signed char flash; }
@end
@implementation MCFakePhotoDevice
- (id)init { format = [[MCFakePhotoFormat alloc] init]; flash = 1; return self; }
- (id)activeFormat { return format; }
- (signed char)hasFlash { return flash; }
- (void)setHasFlash:(signed char)f { flash = f; }
- (void)dealloc { [format release]; [super dealloc]; }
@end

@interface MCFakePhotoSession : NSObject { signed char refuse; long adds, removes; }
@end
@implementation MCFakePhotoSession
- (signed char)canAddOutput:(id)o { return !refuse; }
- (void)setRefuse:(signed char)r { refuse = r; }
- (void)addOutput:(id)o { adds++; }
- (void)removeOutput:(id)o { removes++; }
- (long)adds { return adds; }
- (long)removes { return removes; }
@end

@interface MCFakeConnection : NSObject { signed char active; }
@end
@implementation MCFakeConnection
- (signed char)isActive { return active; }
- (signed char)isEnabled { return 1; }
- (void)setActive:(signed char)a { active = a; }
@end

@interface AVCapturePhotoSettings : NSObject {
@public id format; TestDims max; long flash; signed char redEye, redEyeSet, hiRes, used;
}
@end
@implementation AVCapturePhotoSettings
+ (id)photoSettingsWithFormat:(id)f { AVCapturePhotoSettings *s = [[self alloc] init]; s->format = [f retain]; return s; }
- (void)setMaxPhotoDimensions:(TestDims)d { max = d; }
- (void)setFlashMode:(long)m { flash = m; }
- (void)setAutoRedEyeReductionEnabled:(signed char)e { redEye = e; redEyeSet = 1; }
- (void)setHighResolutionPhotoEnabled:(signed char)e { hiRes = e; }
- (void)dealloc { [format release]; [super dealloc]; }
@end

static unsigned char mc_photo_pixels[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

/* The JPEG bytes a JPEG photo's fileDataRepresentation holds (set by the test through the output). */
static void *mc_photo_jpeg;
static long mc_photo_jpeg_length;

@interface MCFakeData : NSObject
@end
@implementation MCFakeData
- (const void *)bytes { return mc_photo_jpeg; }
- (unsigned long)length { return (unsigned long)mc_photo_jpeg_length; }
@end

@interface MCFakePhoto : NSObject { id data; }
@end
@implementation MCFakePhoto
- (id)init { data = [[MCFakeData alloc] init]; return self; }
- (void *)pixelBuffer { return mc_photo_pixels; }
- (id)fileDataRepresentation { return data; }
- (void)dealloc { [data release]; [super dealloc]; }
@end

@interface AVCapturePhotoOutput : NSObject {
    id connection; NSArray *formats; NSArray *flashModes; TestDims max; signed char hiResEnabled;
    long captures, violations, mode; AVCapturePhotoSettings *last; signed char jpegOnly; id codecs;
}
@end

struct photo_call { id output; id delegate; id error; long mode; };
static void *photo_answer(void *arg) {
    struct photo_call *c = arg;
    SEL p = sel_registerName("captureOutput:didFinishProcessingPhoto:error:");
    SEL f = sel_registerName("captureOutput:didFinishCaptureForResolvedSettings:error:");
    if (c->mode != 2) {
        id photo = [[MCFakePhoto alloc] init];
        void (*imp)(id, SEL, id, id, id) = (void (*)(id, SEL, id, id, id))objc_msg_lookup(c->delegate, p);
        imp(c->delegate, p, c->output, c->mode == 1 ? nil : photo, c->error);
        [photo release];
    }
    void (*fin)(id, SEL, id, id, id) = (void (*)(id, SEL, id, id, id))objc_msg_lookup(c->delegate, f);
    fin(c->delegate, f, c->output, nil, nil);
    free(c);
    return NULL;
}

@implementation AVCapturePhotoOutput
- (id)init {
    connection = [[MCFakeConnection alloc] init]; [connection setActive:1];
    formats = mc_array2(mc_number(0x34323076), mc_number(0x42475241)); /* '420v', 'BGRA' */
    flashModes = mc_array2(mc_number(0), mc_number(2)); /* off, auto */
    return self;
}
- (id)availablePhotoPixelFormatTypes { return formats; }
- (void)setOnly420v { [formats release]; id o[1] = {mc_number(0x34323076)}; formats = [[NSArray alloc] initWithObjects:o count:1]; [o[0] release]; }
- (void)setNoFormats { [formats release]; formats = [[NSArray alloc] initWithObjects:NULL count:0]; }
/* Like a device whose photo output offers JPEG only. */
- (void)setJpegOnly { [self setNoFormats]; jpegOnly = 1; }
- (id)availablePhotoCodecTypes {
    id o[1] = {[[NSString alloc] initWithUTF8String:"jpeg"]};
    id a = [[NSArray alloc] initWithObjects:o count:jpegOnly ? 1 : 0];
    [o[0] release];
    [codecs release]; codecs = a; /* kept until the next call, as an autoreleased array would be */
    return a;
}
- (void)setPhotoData:(void *)p length:(long)n { mc_photo_jpeg = p; mc_photo_jpeg_length = n; }
- (id)supportedFlashModes { return flashModes; }
- (signed char)isAutoRedEyeReductionSupported { return 1; }
- (void)setMaxPhotoDimensions:(TestDims)d {
    if (!((d.width == 1920 && d.height == 1080) || (d.width == 4032 && d.height == 3024))) { violations++; }
    max = d;
}
- (TestDims)maxPhotoDimensions { return max; }
- (void)setHighResolutionCaptureEnabled:(signed char)e { hiResEnabled = e; }
- (id)connectionWithMediaType:(id)type { return connection; }
- (void)setConnectionActive:(signed char)a { [connection setActive:a]; }
/* 0: answer with a photo; 1: with an error (the "error" is the settings object); 2: finish without a photo; 3: never answer */
- (void)setAnswerMode:(long)m { mode = m; }
- (void)capturePhotoWithSettings:(AVCapturePhotoSettings *)s delegate:(id)d {
    captures++;
    if (s->used || ![connection isActive]) { violations++; }
    if (s->max.width > max.width || s->max.height > max.height) { violations++; }
    if (s->flash != 0 && s->flash != 2) { violations++; }
    if (s->hiRes && !hiResEnabled) { violations++; }
    s->used = 1;
    if (last) { [last release]; }
    last = s; /* stands in for the autorelease pool's reference */
    if (mode == 3) { return; }
    struct photo_call *c = malloc(sizeof *c);
    c->output = self; c->delegate = d; c->error = mode == 1 ? (id)s : nil; c->mode = mode;
    pthread_t t;
    if (pthread_create(&t, NULL, photo_answer, c) == 0) { pthread_detach(t); }
}
- (long)captures { return captures; }
- (long)violations { return violations; }
- (long)lastWidth { return last ? last->max.width : -1; }
- (long)lastHeight { return last ? last->max.height : -1; }
- (long)lastFlash { return last ? last->flash : -1; }
- (long)lastRedEye { return last && last->redEyeSet ? last->redEye : -1; }
- (long)lastHighResolution { return last ? last->hiRes : -1; }
- (signed char)highResolutionCaptureEnabled { return hiResEnabled; }
- (id)lastFormat { return last ? last->format : nil; }
- (void)dealloc { [connection release]; [formats release]; [flashModes release]; [last release]; [codecs release]; [super dealloc]; }
@end
