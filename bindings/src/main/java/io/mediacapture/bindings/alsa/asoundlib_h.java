// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/alsa.args
// with bindings/jextract/alsa.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.alsa
//   --header-class-name asoundlib_h
//   --library :libasound.so.2
//   --include-function snd_pcm_open
//   --include-function snd_pcm_close
//   --include-function snd_pcm_name
//   --include-function snd_pcm_nonblock
//   --include-function snd_pcm_hw_params_malloc
//   --include-function snd_pcm_hw_params_free
//   --include-function snd_pcm_hw_params_any
//   --include-function snd_pcm_hw_params_set_access
//   --include-function snd_pcm_hw_params_set_format
//   --include-function snd_pcm_hw_params_set_channels
//   --include-function snd_pcm_hw_params_set_rate_near
//   --include-function snd_pcm_hw_params_set_period_size_near
//   --include-function snd_pcm_hw_params_set_buffer_size_near
//   --include-function snd_pcm_hw_params_get_rate_min
//   --include-function snd_pcm_hw_params_get_rate_max
//   --include-function snd_pcm_hw_params_get_channels_min
//   --include-function snd_pcm_hw_params_get_channels_max
//   --include-function snd_pcm_hw_params_test_format
//   --include-function snd_pcm_hw_params_test_rate
//   --include-function snd_pcm_hw_params_test_channels
//   --include-function snd_pcm_hw_params_get_period_size_min
//   --include-function snd_pcm_hw_params_get_period_size_max
//   --include-function snd_pcm_hw_params_get_buffer_size_min
//   --include-function snd_pcm_hw_params_get_buffer_size_max
//   --include-function snd_pcm_hw_params_get_rate
//   --include-function snd_pcm_hw_params_get_channels
//   --include-function snd_pcm_hw_params_get_period_size
//   --include-function snd_pcm_hw_params_get_buffer_size
//   --include-function snd_pcm_hw_params_get_format
//   --include-function snd_pcm_hw_params_get_access
//   --include-function snd_pcm_hw_params
//   --include-function snd_pcm_hw_params_current
//   --include-function snd_pcm_sw_params_malloc
//   --include-function snd_pcm_sw_params_free
//   --include-function snd_pcm_sw_params_current
//   --include-function snd_pcm_sw_params_set_start_threshold
//   --include-function snd_pcm_sw_params_set_avail_min
//   --include-function snd_pcm_sw_params_set_tstamp_mode
//   --include-function snd_pcm_sw_params
//   --include-function snd_pcm_prepare
//   --include-function snd_pcm_start
//   --include-function snd_pcm_drop
//   --include-function snd_pcm_drain
//   --include-function snd_pcm_recover
//   --include-function snd_pcm_pause
//   --include-function snd_pcm_resume
//   --include-function snd_pcm_state
//   --include-function snd_pcm_avail_update
//   --include-function snd_pcm_avail
//   --include-function snd_pcm_delay
//   --include-function snd_pcm_readi
//   --include-function snd_pcm_readn
//   --include-function snd_pcm_wait
//   --include-function snd_pcm_mmap_begin
//   --include-function snd_pcm_mmap_commit
//   --include-function snd_pcm_poll_descriptors_count
//   --include-function snd_pcm_poll_descriptors
//   --include-function snd_pcm_poll_descriptors_revents
//   --include-function snd_pcm_format_name
//   --include-function snd_pcm_format_physical_width
//   --include-function snd_pcm_format_width
//   --include-function snd_pcm_state_name
//   --include-function snd_pcm_frames_to_bytes
//   --include-function snd_pcm_bytes_to_frames
//   --include-function snd_device_name_hint
//   --include-function snd_device_name_get_hint
//   --include-function snd_device_name_free_hint
//   --include-function snd_card_next
//   --include-function snd_card_get_name
//   --include-function snd_card_get_longname
//   --include-function snd_ctl_open
//   --include-function snd_ctl_close
//   --include-function snd_ctl_card_info_malloc
//   --include-function snd_ctl_card_info_free
//   --include-function snd_ctl_card_info
//   --include-function snd_ctl_card_info_get_id
//   --include-function snd_ctl_card_info_get_name
//   --include-function snd_ctl_card_info_get_longname
//   --include-function snd_ctl_pcm_next_device
//   --include-function snd_ctl_pcm_info
//   --include-function snd_pcm_info_malloc
//   --include-function snd_pcm_info_free
//   --include-function snd_pcm_info_set_device
//   --include-function snd_pcm_info_set_subdevice
//   --include-function snd_pcm_info_set_stream
//   --include-function snd_pcm_info_get_name
//   --include-function snd_pcm_info_get_id
//   --include-function snd_pcm_info_get_subdevices_count
//   --include-function snd_strerror
//   --include-function snd_lib_error_set_handler
//   --include-function snd_config_update_free_global
//   --include-struct _snd_pcm_channel_area
//   --include-typedef snd_pcm_channel_area_t
//   --include-typedef snd_lib_error_handler_t
//   --include-constant SND_PCM_STREAM_PLAYBACK
//   --include-constant SND_PCM_STREAM_CAPTURE
//   --include-constant SND_PCM_ACCESS_MMAP_INTERLEAVED
//   --include-constant SND_PCM_ACCESS_MMAP_NONINTERLEAVED
//   --include-constant SND_PCM_ACCESS_MMAP_COMPLEX
//   --include-constant SND_PCM_ACCESS_RW_INTERLEAVED
//   --include-constant SND_PCM_ACCESS_RW_NONINTERLEAVED
//   --include-constant SND_PCM_FORMAT_UNKNOWN
//   --include-constant SND_PCM_FORMAT_S8
//   --include-constant SND_PCM_FORMAT_U8
//   --include-constant SND_PCM_FORMAT_S16_LE
//   --include-constant SND_PCM_FORMAT_S16_BE
//   --include-constant SND_PCM_FORMAT_U16_LE
//   --include-constant SND_PCM_FORMAT_U16_BE
//   --include-constant SND_PCM_FORMAT_S24_LE
//   --include-constant SND_PCM_FORMAT_S24_BE
//   --include-constant SND_PCM_FORMAT_U24_LE
//   --include-constant SND_PCM_FORMAT_U24_BE
//   --include-constant SND_PCM_FORMAT_S32_LE
//   --include-constant SND_PCM_FORMAT_S32_BE
//   --include-constant SND_PCM_FORMAT_U32_LE
//   --include-constant SND_PCM_FORMAT_U32_BE
//   --include-constant SND_PCM_FORMAT_FLOAT_LE
//   --include-constant SND_PCM_FORMAT_FLOAT_BE
//   --include-constant SND_PCM_FORMAT_FLOAT64_LE
//   --include-constant SND_PCM_FORMAT_FLOAT64_BE
//   --include-constant SND_PCM_FORMAT_MU_LAW
//   --include-constant SND_PCM_FORMAT_A_LAW
//   --include-constant SND_PCM_FORMAT_S24_3LE
//   --include-constant SND_PCM_FORMAT_S24_3BE
//   --include-constant SND_PCM_FORMAT_U24_3LE
//   --include-constant SND_PCM_FORMAT_U24_3BE
//   --include-constant SND_PCM_FORMAT_S20_LE
//   --include-constant SND_PCM_FORMAT_S20_3LE
//   --include-constant SND_PCM_FORMAT_S16
//   --include-constant SND_PCM_FORMAT_S24
//   --include-constant SND_PCM_FORMAT_S32
//   --include-constant SND_PCM_FORMAT_FLOAT
//   --include-constant SND_PCM_FORMAT_FLOAT64
//   --include-constant SND_PCM_STATE_OPEN
//   --include-constant SND_PCM_STATE_SETUP
//   --include-constant SND_PCM_STATE_PREPARED
//   --include-constant SND_PCM_STATE_RUNNING
//   --include-constant SND_PCM_STATE_XRUN
//   --include-constant SND_PCM_STATE_DRAINING
//   --include-constant SND_PCM_STATE_PAUSED
//   --include-constant SND_PCM_STATE_SUSPENDED
//   --include-constant SND_PCM_STATE_DISCONNECTED
//   --include-constant SND_PCM_TSTAMP_NONE
//   --include-constant SND_PCM_TSTAMP_ENABLE
//   --include-constant SND_PCM_NONBLOCK
//   --include-constant SND_PCM_ASYNC
//   --include-constant SND_PCM_NO_AUTO_RESAMPLE
//   --include-constant SND_PCM_NO_AUTO_CHANNELS
//   --include-constant SND_PCM_NO_AUTO_FORMAT
//   --include-constant SND_PCM_NO_SOFTVOL
//   --include-constant SND_CTL_NONBLOCK
//   --include-constant SND_CTL_ASYNC
//   /usr/include/alsa/asoundlib.h
// Written without jextract (not installed here); layouts use the native linker's canonical C layouts
// and computed padding instead of the literal offsets jextract would print. Checked against the real
// headers by the ABI tests.
package io.mediacapture.bindings.alsa;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

import io.mediacapture.bindings.NativeLibrary;

/**
 * libasound (ALSA): PCM capture, hardware/software parameters, name hints, cards and controls. Opaque handles ({@code snd_pcm_t *}, {@code snd_pcm_hw_params_t *}) are plain pointers; the {@code *_malloc} functions allocate the opaque parameter structs. Error results are negative error codes; {@link #snd_strerror} names them.
 */
@SuppressWarnings({"unused", "restricted"})
public class asoundlib_h {

    asoundlib_h() {
        // static members only
    }

    private static final Linker LINKER = Linker.nativeLinker();

    // C types as the native linker lays them out on this platform. C_LONG/C_SIZE_T are cast to OfLong:
    // on an ILP32 platform that cast fails at class initialisation instead of corrupting memory later.
    public static final ValueLayout.OfBoolean C_BOOL = (ValueLayout.OfBoolean) LINKER.canonicalLayouts().get("bool");
    public static final ValueLayout.OfByte C_CHAR = (ValueLayout.OfByte) LINKER.canonicalLayouts().get("char");
    public static final ValueLayout.OfShort C_SHORT = (ValueLayout.OfShort) LINKER.canonicalLayouts().get("short");
    public static final ValueLayout.OfInt C_INT = (ValueLayout.OfInt) LINKER.canonicalLayouts().get("int");
    public static final ValueLayout.OfLong C_LONG_LONG = (ValueLayout.OfLong) LINKER.canonicalLayouts().get("long long");
    public static final ValueLayout.OfFloat C_FLOAT = (ValueLayout.OfFloat) LINKER.canonicalLayouts().get("float");
    public static final ValueLayout.OfDouble C_DOUBLE = (ValueLayout.OfDouble) LINKER.canonicalLayouts().get("double");
    public static final AddressLayout C_POINTER = ((AddressLayout) LINKER.canonicalLayouts().get("void*"))
            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, JAVA_BYTE));
    public static final ValueLayout.OfLong C_LONG = (ValueLayout.OfLong) LINKER.canonicalLayouts().get("long");
    public static final ValueLayout.OfLong C_SIZE_T = (ValueLayout.OfLong) LINKER.canonicalLayouts().get("size_t");

    /** The shared library, loaded on first use of one of its functions (never at class initialisation). */
    public static final NativeLibrary LIBRARY = new NativeLibrary("libasound.so.2", "Debian package libasound2");

    static MemorySegment findOrThrow(String symbol) {
        return LIBRARY.find(symbol);
    }

    /**
     * Links a downcall. When the library or symbol is missing, returns a handle of the same type that throws
     * the loader's error on every call, so callers see the library and package name (a failing static
     * initialiser would turn into NoClassDefFoundError on the second call).
     */
    static MethodHandle downcall(String symbol, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment address;
        try {
            address = findOrThrow(symbol);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            MethodType type = descriptor.toMethodType();
            MethodHandle thrower = MethodHandles.throwException(type.returnType(), e.getClass()).bindTo(e);
            return MethodHandles.dropArguments(thrower, 0, type.parameterList());
        }
        return LINKER.downcallHandle(address, descriptor, options);
    }

    private static class snd_pcm_open {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_open", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_open(snd_pcm_t **pcm, const char *name, snd_pcm_stream_t stream, int mode)
     * }
     */
    public static FunctionDescriptor snd_pcm_open$descriptor() {
        return snd_pcm_open.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_open(snd_pcm_t **pcm, const char *name, snd_pcm_stream_t stream, int mode)
     * }
     */
    public static MethodHandle snd_pcm_open$handle() {
        return snd_pcm_open.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_open(snd_pcm_t **pcm, const char *name, snd_pcm_stream_t stream, int mode)
     * }
     */
    public static MemorySegment snd_pcm_open$address() {
        return asoundlib_h.findOrThrow("snd_pcm_open");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_open(snd_pcm_t **pcm, const char *name, snd_pcm_stream_t stream, int mode)
     * }
     */
    public static int snd_pcm_open(MemorySegment pcm, MemorySegment name, int stream, int mode) {
        var mh$ = snd_pcm_open.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, name, stream, mode);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_close", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_close(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_close$descriptor() {
        return snd_pcm_close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_close(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_close$handle() {
        return snd_pcm_close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_close(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_close$address() {
        return asoundlib_h.findOrThrow("snd_pcm_close");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_close(snd_pcm_t *pcm)
     * }
     */
    public static int snd_pcm_close(MemorySegment pcm) {
        var mh$ = snd_pcm_close.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_name", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *snd_pcm_name(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_name$descriptor() {
        return snd_pcm_name.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *snd_pcm_name(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_name$handle() {
        return snd_pcm_name.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *snd_pcm_name(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_name$address() {
        return asoundlib_h.findOrThrow("snd_pcm_name");
    }

    /**
     * {@snippet lang=c :
     * const char *snd_pcm_name(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_name(MemorySegment pcm) {
        var mh$ = snd_pcm_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_nonblock {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_nonblock", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_nonblock(snd_pcm_t *pcm, int nonblock)
     * }
     */
    public static FunctionDescriptor snd_pcm_nonblock$descriptor() {
        return snd_pcm_nonblock.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_nonblock(snd_pcm_t *pcm, int nonblock)
     * }
     */
    public static MethodHandle snd_pcm_nonblock$handle() {
        return snd_pcm_nonblock.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_nonblock(snd_pcm_t *pcm, int nonblock)
     * }
     */
    public static MemorySegment snd_pcm_nonblock$address() {
        return asoundlib_h.findOrThrow("snd_pcm_nonblock");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_nonblock(snd_pcm_t *pcm, int nonblock)
     * }
     */
    public static int snd_pcm_nonblock(MemorySegment pcm, int nonblock) {
        var mh$ = snd_pcm_nonblock.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, nonblock);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_malloc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_malloc", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_malloc(snd_pcm_hw_params_t **ptr)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_malloc$descriptor() {
        return snd_pcm_hw_params_malloc.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_malloc(snd_pcm_hw_params_t **ptr)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_malloc$handle() {
        return snd_pcm_hw_params_malloc.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_malloc(snd_pcm_hw_params_t **ptr)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_malloc$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_malloc");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_malloc(snd_pcm_hw_params_t **ptr)
     * }
     */
    public static int snd_pcm_hw_params_malloc(MemorySegment ptr) {
        var mh$ = snd_pcm_hw_params_malloc.HANDLE;
        try {
            return (int) mh$.invokeExact(ptr);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_free", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void snd_pcm_hw_params_free(snd_pcm_hw_params_t *obj)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_free$descriptor() {
        return snd_pcm_hw_params_free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void snd_pcm_hw_params_free(snd_pcm_hw_params_t *obj)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_free$handle() {
        return snd_pcm_hw_params_free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void snd_pcm_hw_params_free(snd_pcm_hw_params_t *obj)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_free$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_free");
    }

    /**
     * {@snippet lang=c :
     * void snd_pcm_hw_params_free(snd_pcm_hw_params_t *obj)
     * }
     */
    public static void snd_pcm_hw_params_free(MemorySegment obj) {
        var mh$ = snd_pcm_hw_params_free.HANDLE;
        try {
            mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_any {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_any", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_any(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_any$descriptor() {
        return snd_pcm_hw_params_any.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_any(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_any$handle() {
        return snd_pcm_hw_params_any.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_any(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_any$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_any");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_any(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static int snd_pcm_hw_params_any(MemorySegment pcm, MemorySegment params) {
        var mh$ = snd_pcm_hw_params_any.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_set_access {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_set_access", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_access(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_access_t _access)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_set_access$descriptor() {
        return snd_pcm_hw_params_set_access.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_access(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_access_t _access)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_set_access$handle() {
        return snd_pcm_hw_params_set_access.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_access(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_access_t _access)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_set_access$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_set_access");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_access(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_access_t _access)
     * }
     */
    public static int snd_pcm_hw_params_set_access(MemorySegment pcm, MemorySegment params, int _access) {
        var mh$ = snd_pcm_hw_params_set_access.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, _access);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_set_format {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_set_format", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_format(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_format_t val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_set_format$descriptor() {
        return snd_pcm_hw_params_set_format.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_format(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_format_t val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_set_format$handle() {
        return snd_pcm_hw_params_set_format.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_format(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_format_t val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_set_format$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_set_format");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_format(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_format_t val)
     * }
     */
    public static int snd_pcm_hw_params_set_format(MemorySegment pcm, MemorySegment params, int val) {
        var mh$ = snd_pcm_hw_params_set_format.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_set_channels {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_set_channels", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_channels(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_set_channels$descriptor() {
        return snd_pcm_hw_params_set_channels.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_channels(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_set_channels$handle() {
        return snd_pcm_hw_params_set_channels.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_channels(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_set_channels$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_set_channels");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_channels(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val)
     * }
     */
    public static int snd_pcm_hw_params_set_channels(MemorySegment pcm, MemorySegment params, int val) {
        var mh$ = snd_pcm_hw_params_set_channels.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_set_rate_near {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_set_rate_near", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_rate_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_set_rate_near$descriptor() {
        return snd_pcm_hw_params_set_rate_near.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_rate_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_set_rate_near$handle() {
        return snd_pcm_hw_params_set_rate_near.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_rate_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_set_rate_near$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_set_rate_near");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_rate_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static int snd_pcm_hw_params_set_rate_near(MemorySegment pcm, MemorySegment params, MemorySegment val, MemorySegment dir) {
        var mh$ = snd_pcm_hw_params_set_rate_near.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val, dir);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_set_period_size_near {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_set_period_size_near", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_period_size_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val, int *dir)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_set_period_size_near$descriptor() {
        return snd_pcm_hw_params_set_period_size_near.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_period_size_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val, int *dir)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_set_period_size_near$handle() {
        return snd_pcm_hw_params_set_period_size_near.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_period_size_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val, int *dir)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_set_period_size_near$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_set_period_size_near");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_period_size_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val, int *dir)
     * }
     */
    public static int snd_pcm_hw_params_set_period_size_near(MemorySegment pcm, MemorySegment params, MemorySegment val, MemorySegment dir) {
        var mh$ = snd_pcm_hw_params_set_period_size_near.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val, dir);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_set_buffer_size_near {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_set_buffer_size_near", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_buffer_size_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_set_buffer_size_near$descriptor() {
        return snd_pcm_hw_params_set_buffer_size_near.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_buffer_size_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_set_buffer_size_near$handle() {
        return snd_pcm_hw_params_set_buffer_size_near.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_buffer_size_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_set_buffer_size_near$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_set_buffer_size_near");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_set_buffer_size_near(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static int snd_pcm_hw_params_set_buffer_size_near(MemorySegment pcm, MemorySegment params, MemorySegment val) {
        var mh$ = snd_pcm_hw_params_set_buffer_size_near.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_rate_min {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_rate_min", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate_min(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_rate_min$descriptor() {
        return snd_pcm_hw_params_get_rate_min.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate_min(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_rate_min$handle() {
        return snd_pcm_hw_params_get_rate_min.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate_min(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_rate_min$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_rate_min");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate_min(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static int snd_pcm_hw_params_get_rate_min(MemorySegment params, MemorySegment val, MemorySegment dir) {
        var mh$ = snd_pcm_hw_params_get_rate_min.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val, dir);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_rate_max {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_rate_max", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate_max(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_rate_max$descriptor() {
        return snd_pcm_hw_params_get_rate_max.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate_max(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_rate_max$handle() {
        return snd_pcm_hw_params_get_rate_max.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate_max(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_rate_max$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_rate_max");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate_max(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static int snd_pcm_hw_params_get_rate_max(MemorySegment params, MemorySegment val, MemorySegment dir) {
        var mh$ = snd_pcm_hw_params_get_rate_max.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val, dir);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_channels_min {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_channels_min", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels_min(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_channels_min$descriptor() {
        return snd_pcm_hw_params_get_channels_min.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels_min(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_channels_min$handle() {
        return snd_pcm_hw_params_get_channels_min.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels_min(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_channels_min$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_channels_min");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels_min(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static int snd_pcm_hw_params_get_channels_min(MemorySegment params, MemorySegment val) {
        var mh$ = snd_pcm_hw_params_get_channels_min.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_channels_max {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_channels_max", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels_max(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_channels_max$descriptor() {
        return snd_pcm_hw_params_get_channels_max.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels_max(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_channels_max$handle() {
        return snd_pcm_hw_params_get_channels_max.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels_max(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_channels_max$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_channels_max");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels_max(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static int snd_pcm_hw_params_get_channels_max(MemorySegment params, MemorySegment val) {
        var mh$ = snd_pcm_hw_params_get_channels_max.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_test_format {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_test_format", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_format(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_format_t val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_test_format$descriptor() {
        return snd_pcm_hw_params_test_format.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_format(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_format_t val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_test_format$handle() {
        return snd_pcm_hw_params_test_format.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_format(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_format_t val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_test_format$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_test_format");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_format(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, snd_pcm_format_t val)
     * }
     */
    public static int snd_pcm_hw_params_test_format(MemorySegment pcm, MemorySegment params, int val) {
        var mh$ = snd_pcm_hw_params_test_format.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_test_rate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_test_rate", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_rate(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val, int dir)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_test_rate$descriptor() {
        return snd_pcm_hw_params_test_rate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_rate(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val, int dir)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_test_rate$handle() {
        return snd_pcm_hw_params_test_rate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_rate(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val, int dir)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_test_rate$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_test_rate");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_rate(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val, int dir)
     * }
     */
    public static int snd_pcm_hw_params_test_rate(MemorySegment pcm, MemorySegment params, int val, int dir) {
        var mh$ = snd_pcm_hw_params_test_rate.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val, dir);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_test_channels {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_test_channels", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_channels(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_test_channels$descriptor() {
        return snd_pcm_hw_params_test_channels.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_channels(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_test_channels$handle() {
        return snd_pcm_hw_params_test_channels.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_channels(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_test_channels$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_test_channels");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_test_channels(snd_pcm_t *pcm, snd_pcm_hw_params_t *params, unsigned int val)
     * }
     */
    public static int snd_pcm_hw_params_test_channels(MemorySegment pcm, MemorySegment params, int val) {
        var mh$ = snd_pcm_hw_params_test_channels.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_period_size_min {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_period_size_min", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size_min(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_period_size_min$descriptor() {
        return snd_pcm_hw_params_get_period_size_min.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size_min(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_period_size_min$handle() {
        return snd_pcm_hw_params_get_period_size_min.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size_min(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_period_size_min$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_period_size_min");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size_min(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static int snd_pcm_hw_params_get_period_size_min(MemorySegment params, MemorySegment frames, MemorySegment dir) {
        var mh$ = snd_pcm_hw_params_get_period_size_min.HANDLE;
        try {
            return (int) mh$.invokeExact(params, frames, dir);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_period_size_max {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_period_size_max", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size_max(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_period_size_max$descriptor() {
        return snd_pcm_hw_params_get_period_size_max.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size_max(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_period_size_max$handle() {
        return snd_pcm_hw_params_get_period_size_max.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size_max(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_period_size_max$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_period_size_max");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size_max(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static int snd_pcm_hw_params_get_period_size_max(MemorySegment params, MemorySegment frames, MemorySegment dir) {
        var mh$ = snd_pcm_hw_params_get_period_size_max.HANDLE;
        try {
            return (int) mh$.invokeExact(params, frames, dir);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_buffer_size_min {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_buffer_size_min", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size_min(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_buffer_size_min$descriptor() {
        return snd_pcm_hw_params_get_buffer_size_min.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size_min(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_buffer_size_min$handle() {
        return snd_pcm_hw_params_get_buffer_size_min.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size_min(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_buffer_size_min$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_buffer_size_min");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size_min(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static int snd_pcm_hw_params_get_buffer_size_min(MemorySegment params, MemorySegment val) {
        var mh$ = snd_pcm_hw_params_get_buffer_size_min.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_buffer_size_max {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_buffer_size_max", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size_max(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_buffer_size_max$descriptor() {
        return snd_pcm_hw_params_get_buffer_size_max.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size_max(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_buffer_size_max$handle() {
        return snd_pcm_hw_params_get_buffer_size_max.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size_max(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_buffer_size_max$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_buffer_size_max");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size_max(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static int snd_pcm_hw_params_get_buffer_size_max(MemorySegment params, MemorySegment val) {
        var mh$ = snd_pcm_hw_params_get_buffer_size_max.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_rate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_rate", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_rate$descriptor() {
        return snd_pcm_hw_params_get_rate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_rate$handle() {
        return snd_pcm_hw_params_get_rate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_rate$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_rate");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_rate(const snd_pcm_hw_params_t *params, unsigned int *val, int *dir)
     * }
     */
    public static int snd_pcm_hw_params_get_rate(MemorySegment params, MemorySegment val, MemorySegment dir) {
        var mh$ = snd_pcm_hw_params_get_rate.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val, dir);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_channels {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_channels", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_channels$descriptor() {
        return snd_pcm_hw_params_get_channels.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_channels$handle() {
        return snd_pcm_hw_params_get_channels.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_channels$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_channels");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_channels(const snd_pcm_hw_params_t *params, unsigned int *val)
     * }
     */
    public static int snd_pcm_hw_params_get_channels(MemorySegment params, MemorySegment val) {
        var mh$ = snd_pcm_hw_params_get_channels.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_period_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_period_size", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_period_size$descriptor() {
        return snd_pcm_hw_params_get_period_size.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_period_size$handle() {
        return snd_pcm_hw_params_get_period_size.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_period_size$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_period_size");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_period_size(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *frames, int *dir)
     * }
     */
    public static int snd_pcm_hw_params_get_period_size(MemorySegment params, MemorySegment frames, MemorySegment dir) {
        var mh$ = snd_pcm_hw_params_get_period_size.HANDLE;
        try {
            return (int) mh$.invokeExact(params, frames, dir);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_buffer_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_buffer_size", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_buffer_size$descriptor() {
        return snd_pcm_hw_params_get_buffer_size.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_buffer_size$handle() {
        return snd_pcm_hw_params_get_buffer_size.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_buffer_size$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_buffer_size");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_buffer_size(const snd_pcm_hw_params_t *params, snd_pcm_uframes_t *val)
     * }
     */
    public static int snd_pcm_hw_params_get_buffer_size(MemorySegment params, MemorySegment val) {
        var mh$ = snd_pcm_hw_params_get_buffer_size.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_format {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_format", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_format(const snd_pcm_hw_params_t *params, snd_pcm_format_t *val)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_format$descriptor() {
        return snd_pcm_hw_params_get_format.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_format(const snd_pcm_hw_params_t *params, snd_pcm_format_t *val)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_format$handle() {
        return snd_pcm_hw_params_get_format.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_format(const snd_pcm_hw_params_t *params, snd_pcm_format_t *val)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_format$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_format");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_format(const snd_pcm_hw_params_t *params, snd_pcm_format_t *val)
     * }
     */
    public static int snd_pcm_hw_params_get_format(MemorySegment params, MemorySegment val) {
        var mh$ = snd_pcm_hw_params_get_format.HANDLE;
        try {
            return (int) mh$.invokeExact(params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_get_access {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_get_access", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_access(const snd_pcm_hw_params_t *params, snd_pcm_access_t *_access)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_get_access$descriptor() {
        return snd_pcm_hw_params_get_access.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_access(const snd_pcm_hw_params_t *params, snd_pcm_access_t *_access)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_get_access$handle() {
        return snd_pcm_hw_params_get_access.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_access(const snd_pcm_hw_params_t *params, snd_pcm_access_t *_access)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_get_access$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_get_access");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_get_access(const snd_pcm_hw_params_t *params, snd_pcm_access_t *_access)
     * }
     */
    public static int snd_pcm_hw_params_get_access(MemorySegment params, MemorySegment _access) {
        var mh$ = snd_pcm_hw_params_get_access.HANDLE;
        try {
            return (int) mh$.invokeExact(params, _access);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params$descriptor() {
        return snd_pcm_hw_params.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static MethodHandle snd_pcm_hw_params$handle() {
        return snd_pcm_hw_params.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static MemorySegment snd_pcm_hw_params$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static int snd_pcm_hw_params(MemorySegment pcm, MemorySegment params) {
        var mh$ = snd_pcm_hw_params.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_hw_params_current {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_hw_params_current", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_current(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static FunctionDescriptor snd_pcm_hw_params_current$descriptor() {
        return snd_pcm_hw_params_current.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_current(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static MethodHandle snd_pcm_hw_params_current$handle() {
        return snd_pcm_hw_params_current.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_hw_params_current(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static MemorySegment snd_pcm_hw_params_current$address() {
        return asoundlib_h.findOrThrow("snd_pcm_hw_params_current");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_hw_params_current(snd_pcm_t *pcm, snd_pcm_hw_params_t *params)
     * }
     */
    public static int snd_pcm_hw_params_current(MemorySegment pcm, MemorySegment params) {
        var mh$ = snd_pcm_hw_params_current.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_sw_params_malloc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_sw_params_malloc", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_malloc(snd_pcm_sw_params_t **ptr)
     * }
     */
    public static FunctionDescriptor snd_pcm_sw_params_malloc$descriptor() {
        return snd_pcm_sw_params_malloc.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_malloc(snd_pcm_sw_params_t **ptr)
     * }
     */
    public static MethodHandle snd_pcm_sw_params_malloc$handle() {
        return snd_pcm_sw_params_malloc.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_malloc(snd_pcm_sw_params_t **ptr)
     * }
     */
    public static MemorySegment snd_pcm_sw_params_malloc$address() {
        return asoundlib_h.findOrThrow("snd_pcm_sw_params_malloc");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_sw_params_malloc(snd_pcm_sw_params_t **ptr)
     * }
     */
    public static int snd_pcm_sw_params_malloc(MemorySegment ptr) {
        var mh$ = snd_pcm_sw_params_malloc.HANDLE;
        try {
            return (int) mh$.invokeExact(ptr);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_sw_params_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_sw_params_free", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void snd_pcm_sw_params_free(snd_pcm_sw_params_t *obj)
     * }
     */
    public static FunctionDescriptor snd_pcm_sw_params_free$descriptor() {
        return snd_pcm_sw_params_free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void snd_pcm_sw_params_free(snd_pcm_sw_params_t *obj)
     * }
     */
    public static MethodHandle snd_pcm_sw_params_free$handle() {
        return snd_pcm_sw_params_free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void snd_pcm_sw_params_free(snd_pcm_sw_params_t *obj)
     * }
     */
    public static MemorySegment snd_pcm_sw_params_free$address() {
        return asoundlib_h.findOrThrow("snd_pcm_sw_params_free");
    }

    /**
     * {@snippet lang=c :
     * void snd_pcm_sw_params_free(snd_pcm_sw_params_t *obj)
     * }
     */
    public static void snd_pcm_sw_params_free(MemorySegment obj) {
        var mh$ = snd_pcm_sw_params_free.HANDLE;
        try {
            mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_sw_params_current {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_sw_params_current", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_current(snd_pcm_t *pcm, snd_pcm_sw_params_t *params)
     * }
     */
    public static FunctionDescriptor snd_pcm_sw_params_current$descriptor() {
        return snd_pcm_sw_params_current.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_current(snd_pcm_t *pcm, snd_pcm_sw_params_t *params)
     * }
     */
    public static MethodHandle snd_pcm_sw_params_current$handle() {
        return snd_pcm_sw_params_current.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_current(snd_pcm_t *pcm, snd_pcm_sw_params_t *params)
     * }
     */
    public static MemorySegment snd_pcm_sw_params_current$address() {
        return asoundlib_h.findOrThrow("snd_pcm_sw_params_current");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_sw_params_current(snd_pcm_t *pcm, snd_pcm_sw_params_t *params)
     * }
     */
    public static int snd_pcm_sw_params_current(MemorySegment pcm, MemorySegment params) {
        var mh$ = snd_pcm_sw_params_current.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_sw_params_set_start_threshold {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_LONG);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_sw_params_set_start_threshold", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_start_threshold(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_uframes_t val)
     * }
     */
    public static FunctionDescriptor snd_pcm_sw_params_set_start_threshold$descriptor() {
        return snd_pcm_sw_params_set_start_threshold.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_start_threshold(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_uframes_t val)
     * }
     */
    public static MethodHandle snd_pcm_sw_params_set_start_threshold$handle() {
        return snd_pcm_sw_params_set_start_threshold.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_start_threshold(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_uframes_t val)
     * }
     */
    public static MemorySegment snd_pcm_sw_params_set_start_threshold$address() {
        return asoundlib_h.findOrThrow("snd_pcm_sw_params_set_start_threshold");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_start_threshold(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_uframes_t val)
     * }
     */
    public static int snd_pcm_sw_params_set_start_threshold(MemorySegment pcm, MemorySegment params, long val) {
        var mh$ = snd_pcm_sw_params_set_start_threshold.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_sw_params_set_avail_min {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_LONG);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_sw_params_set_avail_min", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_avail_min(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_uframes_t val)
     * }
     */
    public static FunctionDescriptor snd_pcm_sw_params_set_avail_min$descriptor() {
        return snd_pcm_sw_params_set_avail_min.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_avail_min(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_uframes_t val)
     * }
     */
    public static MethodHandle snd_pcm_sw_params_set_avail_min$handle() {
        return snd_pcm_sw_params_set_avail_min.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_avail_min(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_uframes_t val)
     * }
     */
    public static MemorySegment snd_pcm_sw_params_set_avail_min$address() {
        return asoundlib_h.findOrThrow("snd_pcm_sw_params_set_avail_min");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_avail_min(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_uframes_t val)
     * }
     */
    public static int snd_pcm_sw_params_set_avail_min(MemorySegment pcm, MemorySegment params, long val) {
        var mh$ = snd_pcm_sw_params_set_avail_min.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_sw_params_set_tstamp_mode {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_sw_params_set_tstamp_mode", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_tstamp_mode(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_tstamp_t val)
     * }
     */
    public static FunctionDescriptor snd_pcm_sw_params_set_tstamp_mode$descriptor() {
        return snd_pcm_sw_params_set_tstamp_mode.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_tstamp_mode(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_tstamp_t val)
     * }
     */
    public static MethodHandle snd_pcm_sw_params_set_tstamp_mode$handle() {
        return snd_pcm_sw_params_set_tstamp_mode.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_tstamp_mode(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_tstamp_t val)
     * }
     */
    public static MemorySegment snd_pcm_sw_params_set_tstamp_mode$address() {
        return asoundlib_h.findOrThrow("snd_pcm_sw_params_set_tstamp_mode");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_sw_params_set_tstamp_mode(snd_pcm_t *pcm, snd_pcm_sw_params_t *params, snd_pcm_tstamp_t val)
     * }
     */
    public static int snd_pcm_sw_params_set_tstamp_mode(MemorySegment pcm, MemorySegment params, int val) {
        var mh$ = snd_pcm_sw_params_set_tstamp_mode.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_sw_params {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_sw_params", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params(snd_pcm_t *pcm, snd_pcm_sw_params_t *params)
     * }
     */
    public static FunctionDescriptor snd_pcm_sw_params$descriptor() {
        return snd_pcm_sw_params.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params(snd_pcm_t *pcm, snd_pcm_sw_params_t *params)
     * }
     */
    public static MethodHandle snd_pcm_sw_params$handle() {
        return snd_pcm_sw_params.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_sw_params(snd_pcm_t *pcm, snd_pcm_sw_params_t *params)
     * }
     */
    public static MemorySegment snd_pcm_sw_params$address() {
        return asoundlib_h.findOrThrow("snd_pcm_sw_params");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_sw_params(snd_pcm_t *pcm, snd_pcm_sw_params_t *params)
     * }
     */
    public static int snd_pcm_sw_params(MemorySegment pcm, MemorySegment params) {
        var mh$ = snd_pcm_sw_params.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, params);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_prepare {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_prepare", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_prepare(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_prepare$descriptor() {
        return snd_pcm_prepare.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_prepare(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_prepare$handle() {
        return snd_pcm_prepare.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_prepare(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_prepare$address() {
        return asoundlib_h.findOrThrow("snd_pcm_prepare");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_prepare(snd_pcm_t *pcm)
     * }
     */
    public static int snd_pcm_prepare(MemorySegment pcm) {
        var mh$ = snd_pcm_prepare.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_start {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_start", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_start(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_start$descriptor() {
        return snd_pcm_start.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_start(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_start$handle() {
        return snd_pcm_start.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_start(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_start$address() {
        return asoundlib_h.findOrThrow("snd_pcm_start");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_start(snd_pcm_t *pcm)
     * }
     */
    public static int snd_pcm_start(MemorySegment pcm) {
        var mh$ = snd_pcm_start.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_drop {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_drop", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_drop(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_drop$descriptor() {
        return snd_pcm_drop.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_drop(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_drop$handle() {
        return snd_pcm_drop.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_drop(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_drop$address() {
        return asoundlib_h.findOrThrow("snd_pcm_drop");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_drop(snd_pcm_t *pcm)
     * }
     */
    public static int snd_pcm_drop(MemorySegment pcm) {
        var mh$ = snd_pcm_drop.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_drain {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_drain", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_drain(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_drain$descriptor() {
        return snd_pcm_drain.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_drain(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_drain$handle() {
        return snd_pcm_drain.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_drain(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_drain$address() {
        return asoundlib_h.findOrThrow("snd_pcm_drain");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_drain(snd_pcm_t *pcm)
     * }
     */
    public static int snd_pcm_drain(MemorySegment pcm) {
        var mh$ = snd_pcm_drain.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_recover {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_INT, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_recover", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_recover(snd_pcm_t *pcm, int err, int silent)
     * }
     */
    public static FunctionDescriptor snd_pcm_recover$descriptor() {
        return snd_pcm_recover.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_recover(snd_pcm_t *pcm, int err, int silent)
     * }
     */
    public static MethodHandle snd_pcm_recover$handle() {
        return snd_pcm_recover.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_recover(snd_pcm_t *pcm, int err, int silent)
     * }
     */
    public static MemorySegment snd_pcm_recover$address() {
        return asoundlib_h.findOrThrow("snd_pcm_recover");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_recover(snd_pcm_t *pcm, int err, int silent)
     * }
     */
    public static int snd_pcm_recover(MemorySegment pcm, int err, int silent) {
        var mh$ = snd_pcm_recover.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, err, silent);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_pause {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_pause", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_pause(snd_pcm_t *pcm, int enable)
     * }
     */
    public static FunctionDescriptor snd_pcm_pause$descriptor() {
        return snd_pcm_pause.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_pause(snd_pcm_t *pcm, int enable)
     * }
     */
    public static MethodHandle snd_pcm_pause$handle() {
        return snd_pcm_pause.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_pause(snd_pcm_t *pcm, int enable)
     * }
     */
    public static MemorySegment snd_pcm_pause$address() {
        return asoundlib_h.findOrThrow("snd_pcm_pause");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_pause(snd_pcm_t *pcm, int enable)
     * }
     */
    public static int snd_pcm_pause(MemorySegment pcm, int enable) {
        var mh$ = snd_pcm_pause.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, enable);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_resume {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_resume", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_resume(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_resume$descriptor() {
        return snd_pcm_resume.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_resume(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_resume$handle() {
        return snd_pcm_resume.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_resume(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_resume$address() {
        return asoundlib_h.findOrThrow("snd_pcm_resume");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_resume(snd_pcm_t *pcm)
     * }
     */
    public static int snd_pcm_resume(MemorySegment pcm) {
        var mh$ = snd_pcm_resume.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_state {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_state", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * snd_pcm_state_t snd_pcm_state(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_state$descriptor() {
        return snd_pcm_state.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * snd_pcm_state_t snd_pcm_state(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_state$handle() {
        return snd_pcm_state.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * snd_pcm_state_t snd_pcm_state(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_state$address() {
        return asoundlib_h.findOrThrow("snd_pcm_state");
    }

    /**
     * {@snippet lang=c :
     * snd_pcm_state_t snd_pcm_state(snd_pcm_t *pcm)
     * }
     */
    public static int snd_pcm_state(MemorySegment pcm) {
        var mh$ = snd_pcm_state.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_avail_update {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_LONG, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_avail_update", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_avail_update(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_avail_update$descriptor() {
        return snd_pcm_avail_update.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_avail_update(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_avail_update$handle() {
        return snd_pcm_avail_update.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_avail_update(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_avail_update$address() {
        return asoundlib_h.findOrThrow("snd_pcm_avail_update");
    }

    /**
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_avail_update(snd_pcm_t *pcm)
     * }
     */
    public static long snd_pcm_avail_update(MemorySegment pcm) {
        var mh$ = snd_pcm_avail_update.HANDLE;
        try {
            return (long) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_avail {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_LONG, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_avail", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_avail(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_avail$descriptor() {
        return snd_pcm_avail.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_avail(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_avail$handle() {
        return snd_pcm_avail.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_avail(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_avail$address() {
        return asoundlib_h.findOrThrow("snd_pcm_avail");
    }

    /**
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_avail(snd_pcm_t *pcm)
     * }
     */
    public static long snd_pcm_avail(MemorySegment pcm) {
        var mh$ = snd_pcm_avail.HANDLE;
        try {
            return (long) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_delay {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_delay", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_delay(snd_pcm_t *pcm, snd_pcm_sframes_t *delayp)
     * }
     */
    public static FunctionDescriptor snd_pcm_delay$descriptor() {
        return snd_pcm_delay.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_delay(snd_pcm_t *pcm, snd_pcm_sframes_t *delayp)
     * }
     */
    public static MethodHandle snd_pcm_delay$handle() {
        return snd_pcm_delay.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_delay(snd_pcm_t *pcm, snd_pcm_sframes_t *delayp)
     * }
     */
    public static MemorySegment snd_pcm_delay$address() {
        return asoundlib_h.findOrThrow("snd_pcm_delay");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_delay(snd_pcm_t *pcm, snd_pcm_sframes_t *delayp)
     * }
     */
    public static int snd_pcm_delay(MemorySegment pcm, MemorySegment delayp) {
        var mh$ = snd_pcm_delay.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, delayp);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_readi {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_LONG, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_LONG);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_readi", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_readi(snd_pcm_t *pcm, void *buffer, snd_pcm_uframes_t size)
     * }
     */
    public static FunctionDescriptor snd_pcm_readi$descriptor() {
        return snd_pcm_readi.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_readi(snd_pcm_t *pcm, void *buffer, snd_pcm_uframes_t size)
     * }
     */
    public static MethodHandle snd_pcm_readi$handle() {
        return snd_pcm_readi.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_readi(snd_pcm_t *pcm, void *buffer, snd_pcm_uframes_t size)
     * }
     */
    public static MemorySegment snd_pcm_readi$address() {
        return asoundlib_h.findOrThrow("snd_pcm_readi");
    }

    /**
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_readi(snd_pcm_t *pcm, void *buffer, snd_pcm_uframes_t size)
     * }
     */
    public static long snd_pcm_readi(MemorySegment pcm, MemorySegment buffer, long size) {
        var mh$ = snd_pcm_readi.HANDLE;
        try {
            return (long) mh$.invokeExact(pcm, buffer, size);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_readn {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_LONG, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_LONG);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_readn", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_readn(snd_pcm_t *pcm, void **bufs, snd_pcm_uframes_t size)
     * }
     */
    public static FunctionDescriptor snd_pcm_readn$descriptor() {
        return snd_pcm_readn.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_readn(snd_pcm_t *pcm, void **bufs, snd_pcm_uframes_t size)
     * }
     */
    public static MethodHandle snd_pcm_readn$handle() {
        return snd_pcm_readn.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_readn(snd_pcm_t *pcm, void **bufs, snd_pcm_uframes_t size)
     * }
     */
    public static MemorySegment snd_pcm_readn$address() {
        return asoundlib_h.findOrThrow("snd_pcm_readn");
    }

    /**
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_readn(snd_pcm_t *pcm, void **bufs, snd_pcm_uframes_t size)
     * }
     */
    public static long snd_pcm_readn(MemorySegment pcm, MemorySegment bufs, long size) {
        var mh$ = snd_pcm_readn.HANDLE;
        try {
            return (long) mh$.invokeExact(pcm, bufs, size);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_wait {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_wait", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_wait(snd_pcm_t *pcm, int timeout)
     * }
     */
    public static FunctionDescriptor snd_pcm_wait$descriptor() {
        return snd_pcm_wait.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_wait(snd_pcm_t *pcm, int timeout)
     * }
     */
    public static MethodHandle snd_pcm_wait$handle() {
        return snd_pcm_wait.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_wait(snd_pcm_t *pcm, int timeout)
     * }
     */
    public static MemorySegment snd_pcm_wait$address() {
        return asoundlib_h.findOrThrow("snd_pcm_wait");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_wait(snd_pcm_t *pcm, int timeout)
     * }
     */
    public static int snd_pcm_wait(MemorySegment pcm, int timeout) {
        var mh$ = snd_pcm_wait.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, timeout);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_mmap_begin {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_mmap_begin", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_mmap_begin(snd_pcm_t *pcm, const snd_pcm_channel_area_t **areas, snd_pcm_uframes_t *offset, snd_pcm_uframes_t *frames)
     * }
     */
    public static FunctionDescriptor snd_pcm_mmap_begin$descriptor() {
        return snd_pcm_mmap_begin.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_mmap_begin(snd_pcm_t *pcm, const snd_pcm_channel_area_t **areas, snd_pcm_uframes_t *offset, snd_pcm_uframes_t *frames)
     * }
     */
    public static MethodHandle snd_pcm_mmap_begin$handle() {
        return snd_pcm_mmap_begin.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_mmap_begin(snd_pcm_t *pcm, const snd_pcm_channel_area_t **areas, snd_pcm_uframes_t *offset, snd_pcm_uframes_t *frames)
     * }
     */
    public static MemorySegment snd_pcm_mmap_begin$address() {
        return asoundlib_h.findOrThrow("snd_pcm_mmap_begin");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_mmap_begin(snd_pcm_t *pcm, const snd_pcm_channel_area_t **areas, snd_pcm_uframes_t *offset, snd_pcm_uframes_t *frames)
     * }
     */
    public static int snd_pcm_mmap_begin(MemorySegment pcm, MemorySegment areas, MemorySegment offset, MemorySegment frames) {
        var mh$ = snd_pcm_mmap_begin.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, areas, offset, frames);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_mmap_commit {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_LONG, asoundlib_h.C_POINTER, asoundlib_h.C_LONG, asoundlib_h.C_LONG);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_mmap_commit", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_mmap_commit(snd_pcm_t *pcm, snd_pcm_uframes_t offset, snd_pcm_uframes_t frames)
     * }
     */
    public static FunctionDescriptor snd_pcm_mmap_commit$descriptor() {
        return snd_pcm_mmap_commit.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_mmap_commit(snd_pcm_t *pcm, snd_pcm_uframes_t offset, snd_pcm_uframes_t frames)
     * }
     */
    public static MethodHandle snd_pcm_mmap_commit$handle() {
        return snd_pcm_mmap_commit.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_mmap_commit(snd_pcm_t *pcm, snd_pcm_uframes_t offset, snd_pcm_uframes_t frames)
     * }
     */
    public static MemorySegment snd_pcm_mmap_commit$address() {
        return asoundlib_h.findOrThrow("snd_pcm_mmap_commit");
    }

    /**
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_mmap_commit(snd_pcm_t *pcm, snd_pcm_uframes_t offset, snd_pcm_uframes_t frames)
     * }
     */
    public static long snd_pcm_mmap_commit(MemorySegment pcm, long offset, long frames) {
        var mh$ = snd_pcm_mmap_commit.HANDLE;
        try {
            return (long) mh$.invokeExact(pcm, offset, frames);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_poll_descriptors_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_poll_descriptors_count", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors_count(snd_pcm_t *pcm)
     * }
     */
    public static FunctionDescriptor snd_pcm_poll_descriptors_count$descriptor() {
        return snd_pcm_poll_descriptors_count.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors_count(snd_pcm_t *pcm)
     * }
     */
    public static MethodHandle snd_pcm_poll_descriptors_count$handle() {
        return snd_pcm_poll_descriptors_count.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors_count(snd_pcm_t *pcm)
     * }
     */
    public static MemorySegment snd_pcm_poll_descriptors_count$address() {
        return asoundlib_h.findOrThrow("snd_pcm_poll_descriptors_count");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors_count(snd_pcm_t *pcm)
     * }
     */
    public static int snd_pcm_poll_descriptors_count(MemorySegment pcm) {
        var mh$ = snd_pcm_poll_descriptors_count.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_poll_descriptors {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_poll_descriptors", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors(snd_pcm_t *pcm, struct pollfd *pfds, unsigned int space)
     * }
     */
    public static FunctionDescriptor snd_pcm_poll_descriptors$descriptor() {
        return snd_pcm_poll_descriptors.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors(snd_pcm_t *pcm, struct pollfd *pfds, unsigned int space)
     * }
     */
    public static MethodHandle snd_pcm_poll_descriptors$handle() {
        return snd_pcm_poll_descriptors.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors(snd_pcm_t *pcm, struct pollfd *pfds, unsigned int space)
     * }
     */
    public static MemorySegment snd_pcm_poll_descriptors$address() {
        return asoundlib_h.findOrThrow("snd_pcm_poll_descriptors");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors(snd_pcm_t *pcm, struct pollfd *pfds, unsigned int space)
     * }
     */
    public static int snd_pcm_poll_descriptors(MemorySegment pcm, MemorySegment pfds, int space) {
        var mh$ = snd_pcm_poll_descriptors.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, pfds, space);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_poll_descriptors_revents {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_poll_descriptors_revents", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors_revents(snd_pcm_t *pcm, struct pollfd *pfds, unsigned int nfds, unsigned short *revents)
     * }
     */
    public static FunctionDescriptor snd_pcm_poll_descriptors_revents$descriptor() {
        return snd_pcm_poll_descriptors_revents.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors_revents(snd_pcm_t *pcm, struct pollfd *pfds, unsigned int nfds, unsigned short *revents)
     * }
     */
    public static MethodHandle snd_pcm_poll_descriptors_revents$handle() {
        return snd_pcm_poll_descriptors_revents.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors_revents(snd_pcm_t *pcm, struct pollfd *pfds, unsigned int nfds, unsigned short *revents)
     * }
     */
    public static MemorySegment snd_pcm_poll_descriptors_revents$address() {
        return asoundlib_h.findOrThrow("snd_pcm_poll_descriptors_revents");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_poll_descriptors_revents(snd_pcm_t *pcm, struct pollfd *pfds, unsigned int nfds, unsigned short *revents)
     * }
     */
    public static int snd_pcm_poll_descriptors_revents(MemorySegment pcm, MemorySegment pfds, int nfds, MemorySegment revents) {
        var mh$ = snd_pcm_poll_descriptors_revents.HANDLE;
        try {
            return (int) mh$.invokeExact(pcm, pfds, nfds, revents);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_format_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_format_name", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *snd_pcm_format_name(const snd_pcm_format_t format)
     * }
     */
    public static FunctionDescriptor snd_pcm_format_name$descriptor() {
        return snd_pcm_format_name.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *snd_pcm_format_name(const snd_pcm_format_t format)
     * }
     */
    public static MethodHandle snd_pcm_format_name$handle() {
        return snd_pcm_format_name.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *snd_pcm_format_name(const snd_pcm_format_t format)
     * }
     */
    public static MemorySegment snd_pcm_format_name$address() {
        return asoundlib_h.findOrThrow("snd_pcm_format_name");
    }

    /**
     * {@snippet lang=c :
     * const char *snd_pcm_format_name(const snd_pcm_format_t format)
     * }
     */
    public static MemorySegment snd_pcm_format_name(int format) {
        var mh$ = snd_pcm_format_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(format);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_format_physical_width {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_format_physical_width", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_format_physical_width(snd_pcm_format_t format)
     * }
     */
    public static FunctionDescriptor snd_pcm_format_physical_width$descriptor() {
        return snd_pcm_format_physical_width.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_format_physical_width(snd_pcm_format_t format)
     * }
     */
    public static MethodHandle snd_pcm_format_physical_width$handle() {
        return snd_pcm_format_physical_width.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_format_physical_width(snd_pcm_format_t format)
     * }
     */
    public static MemorySegment snd_pcm_format_physical_width$address() {
        return asoundlib_h.findOrThrow("snd_pcm_format_physical_width");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_format_physical_width(snd_pcm_format_t format)
     * }
     */
    public static int snd_pcm_format_physical_width(int format) {
        var mh$ = snd_pcm_format_physical_width.HANDLE;
        try {
            return (int) mh$.invokeExact(format);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_format_width {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_format_width", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_format_width(snd_pcm_format_t format)
     * }
     */
    public static FunctionDescriptor snd_pcm_format_width$descriptor() {
        return snd_pcm_format_width.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_format_width(snd_pcm_format_t format)
     * }
     */
    public static MethodHandle snd_pcm_format_width$handle() {
        return snd_pcm_format_width.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_format_width(snd_pcm_format_t format)
     * }
     */
    public static MemorySegment snd_pcm_format_width$address() {
        return asoundlib_h.findOrThrow("snd_pcm_format_width");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_format_width(snd_pcm_format_t format)
     * }
     */
    public static int snd_pcm_format_width(int format) {
        var mh$ = snd_pcm_format_width.HANDLE;
        try {
            return (int) mh$.invokeExact(format);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_state_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_state_name", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *snd_pcm_state_name(const snd_pcm_state_t state)
     * }
     */
    public static FunctionDescriptor snd_pcm_state_name$descriptor() {
        return snd_pcm_state_name.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *snd_pcm_state_name(const snd_pcm_state_t state)
     * }
     */
    public static MethodHandle snd_pcm_state_name$handle() {
        return snd_pcm_state_name.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *snd_pcm_state_name(const snd_pcm_state_t state)
     * }
     */
    public static MemorySegment snd_pcm_state_name$address() {
        return asoundlib_h.findOrThrow("snd_pcm_state_name");
    }

    /**
     * {@snippet lang=c :
     * const char *snd_pcm_state_name(const snd_pcm_state_t state)
     * }
     */
    public static MemorySegment snd_pcm_state_name(int state) {
        var mh$ = snd_pcm_state_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(state);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_frames_to_bytes {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_SIZE_T, asoundlib_h.C_POINTER, asoundlib_h.C_LONG);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_frames_to_bytes", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * ssize_t snd_pcm_frames_to_bytes(snd_pcm_t *pcm, snd_pcm_sframes_t frames)
     * }
     */
    public static FunctionDescriptor snd_pcm_frames_to_bytes$descriptor() {
        return snd_pcm_frames_to_bytes.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * ssize_t snd_pcm_frames_to_bytes(snd_pcm_t *pcm, snd_pcm_sframes_t frames)
     * }
     */
    public static MethodHandle snd_pcm_frames_to_bytes$handle() {
        return snd_pcm_frames_to_bytes.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * ssize_t snd_pcm_frames_to_bytes(snd_pcm_t *pcm, snd_pcm_sframes_t frames)
     * }
     */
    public static MemorySegment snd_pcm_frames_to_bytes$address() {
        return asoundlib_h.findOrThrow("snd_pcm_frames_to_bytes");
    }

    /**
     * {@snippet lang=c :
     * ssize_t snd_pcm_frames_to_bytes(snd_pcm_t *pcm, snd_pcm_sframes_t frames)
     * }
     */
    public static long snd_pcm_frames_to_bytes(MemorySegment pcm, long frames) {
        var mh$ = snd_pcm_frames_to_bytes.HANDLE;
        try {
            return (long) mh$.invokeExact(pcm, frames);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_bytes_to_frames {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_LONG, asoundlib_h.C_POINTER, asoundlib_h.C_SIZE_T);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_bytes_to_frames", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_bytes_to_frames(snd_pcm_t *pcm, ssize_t bytes)
     * }
     */
    public static FunctionDescriptor snd_pcm_bytes_to_frames$descriptor() {
        return snd_pcm_bytes_to_frames.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_bytes_to_frames(snd_pcm_t *pcm, ssize_t bytes)
     * }
     */
    public static MethodHandle snd_pcm_bytes_to_frames$handle() {
        return snd_pcm_bytes_to_frames.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_bytes_to_frames(snd_pcm_t *pcm, ssize_t bytes)
     * }
     */
    public static MemorySegment snd_pcm_bytes_to_frames$address() {
        return asoundlib_h.findOrThrow("snd_pcm_bytes_to_frames");
    }

    /**
     * {@snippet lang=c :
     * snd_pcm_sframes_t snd_pcm_bytes_to_frames(snd_pcm_t *pcm, ssize_t bytes)
     * }
     */
    public static long snd_pcm_bytes_to_frames(MemorySegment pcm, long bytes) {
        var mh$ = snd_pcm_bytes_to_frames.HANDLE;
        try {
            return (long) mh$.invokeExact(pcm, bytes);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_device_name_hint {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_device_name_hint", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_device_name_hint(int card, const char *iface, void ***hints)
     * }
     */
    public static FunctionDescriptor snd_device_name_hint$descriptor() {
        return snd_device_name_hint.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_device_name_hint(int card, const char *iface, void ***hints)
     * }
     */
    public static MethodHandle snd_device_name_hint$handle() {
        return snd_device_name_hint.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_device_name_hint(int card, const char *iface, void ***hints)
     * }
     */
    public static MemorySegment snd_device_name_hint$address() {
        return asoundlib_h.findOrThrow("snd_device_name_hint");
    }

    /**
     * {@snippet lang=c :
     * int snd_device_name_hint(int card, const char *iface, void ***hints)
     * }
     */
    public static int snd_device_name_hint(int card, MemorySegment iface, MemorySegment hints) {
        var mh$ = snd_device_name_hint.HANDLE;
        try {
            return (int) mh$.invokeExact(card, iface, hints);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_device_name_get_hint {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_device_name_get_hint", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * char *snd_device_name_get_hint(const void *hint, const char *id)
     * }
     */
    public static FunctionDescriptor snd_device_name_get_hint$descriptor() {
        return snd_device_name_get_hint.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * char *snd_device_name_get_hint(const void *hint, const char *id)
     * }
     */
    public static MethodHandle snd_device_name_get_hint$handle() {
        return snd_device_name_get_hint.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * char *snd_device_name_get_hint(const void *hint, const char *id)
     * }
     */
    public static MemorySegment snd_device_name_get_hint$address() {
        return asoundlib_h.findOrThrow("snd_device_name_get_hint");
    }

    /**
     * {@snippet lang=c :
     * char *snd_device_name_get_hint(const void *hint, const char *id)
     * }
     */
    public static MemorySegment snd_device_name_get_hint(MemorySegment hint, MemorySegment id) {
        var mh$ = snd_device_name_get_hint.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(hint, id);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_device_name_free_hint {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_device_name_free_hint", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_device_name_free_hint(void **hints)
     * }
     */
    public static FunctionDescriptor snd_device_name_free_hint$descriptor() {
        return snd_device_name_free_hint.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_device_name_free_hint(void **hints)
     * }
     */
    public static MethodHandle snd_device_name_free_hint$handle() {
        return snd_device_name_free_hint.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_device_name_free_hint(void **hints)
     * }
     */
    public static MemorySegment snd_device_name_free_hint$address() {
        return asoundlib_h.findOrThrow("snd_device_name_free_hint");
    }

    /**
     * {@snippet lang=c :
     * int snd_device_name_free_hint(void **hints)
     * }
     */
    public static int snd_device_name_free_hint(MemorySegment hints) {
        var mh$ = snd_device_name_free_hint.HANDLE;
        try {
            return (int) mh$.invokeExact(hints);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_card_next {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_card_next", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_card_next(int *card)
     * }
     */
    public static FunctionDescriptor snd_card_next$descriptor() {
        return snd_card_next.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_card_next(int *card)
     * }
     */
    public static MethodHandle snd_card_next$handle() {
        return snd_card_next.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_card_next(int *card)
     * }
     */
    public static MemorySegment snd_card_next$address() {
        return asoundlib_h.findOrThrow("snd_card_next");
    }

    /**
     * {@snippet lang=c :
     * int snd_card_next(int *card)
     * }
     */
    public static int snd_card_next(MemorySegment card) {
        var mh$ = snd_card_next.HANDLE;
        try {
            return (int) mh$.invokeExact(card);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_card_get_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_card_get_name", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_card_get_name(int card, char **name)
     * }
     */
    public static FunctionDescriptor snd_card_get_name$descriptor() {
        return snd_card_get_name.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_card_get_name(int card, char **name)
     * }
     */
    public static MethodHandle snd_card_get_name$handle() {
        return snd_card_get_name.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_card_get_name(int card, char **name)
     * }
     */
    public static MemorySegment snd_card_get_name$address() {
        return asoundlib_h.findOrThrow("snd_card_get_name");
    }

    /**
     * {@snippet lang=c :
     * int snd_card_get_name(int card, char **name)
     * }
     */
    public static int snd_card_get_name(int card, MemorySegment name) {
        var mh$ = snd_card_get_name.HANDLE;
        try {
            return (int) mh$.invokeExact(card, name);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_card_get_longname {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_card_get_longname", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_card_get_longname(int card, char **name)
     * }
     */
    public static FunctionDescriptor snd_card_get_longname$descriptor() {
        return snd_card_get_longname.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_card_get_longname(int card, char **name)
     * }
     */
    public static MethodHandle snd_card_get_longname$handle() {
        return snd_card_get_longname.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_card_get_longname(int card, char **name)
     * }
     */
    public static MemorySegment snd_card_get_longname$address() {
        return asoundlib_h.findOrThrow("snd_card_get_longname");
    }

    /**
     * {@snippet lang=c :
     * int snd_card_get_longname(int card, char **name)
     * }
     */
    public static int snd_card_get_longname(int card, MemorySegment name) {
        var mh$ = snd_card_get_longname.HANDLE;
        try {
            return (int) mh$.invokeExact(card, name);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_open {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_open", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_ctl_open(snd_ctl_t **ctl, const char *name, int mode)
     * }
     */
    public static FunctionDescriptor snd_ctl_open$descriptor() {
        return snd_ctl_open.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_ctl_open(snd_ctl_t **ctl, const char *name, int mode)
     * }
     */
    public static MethodHandle snd_ctl_open$handle() {
        return snd_ctl_open.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_ctl_open(snd_ctl_t **ctl, const char *name, int mode)
     * }
     */
    public static MemorySegment snd_ctl_open$address() {
        return asoundlib_h.findOrThrow("snd_ctl_open");
    }

    /**
     * {@snippet lang=c :
     * int snd_ctl_open(snd_ctl_t **ctl, const char *name, int mode)
     * }
     */
    public static int snd_ctl_open(MemorySegment ctl, MemorySegment name, int mode) {
        var mh$ = snd_ctl_open.HANDLE;
        try {
            return (int) mh$.invokeExact(ctl, name, mode);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_close", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_ctl_close(snd_ctl_t *ctl)
     * }
     */
    public static FunctionDescriptor snd_ctl_close$descriptor() {
        return snd_ctl_close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_ctl_close(snd_ctl_t *ctl)
     * }
     */
    public static MethodHandle snd_ctl_close$handle() {
        return snd_ctl_close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_ctl_close(snd_ctl_t *ctl)
     * }
     */
    public static MemorySegment snd_ctl_close$address() {
        return asoundlib_h.findOrThrow("snd_ctl_close");
    }

    /**
     * {@snippet lang=c :
     * int snd_ctl_close(snd_ctl_t *ctl)
     * }
     */
    public static int snd_ctl_close(MemorySegment ctl) {
        var mh$ = snd_ctl_close.HANDLE;
        try {
            return (int) mh$.invokeExact(ctl);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_card_info_malloc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_card_info_malloc", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_ctl_card_info_malloc(snd_ctl_card_info_t **ptr)
     * }
     */
    public static FunctionDescriptor snd_ctl_card_info_malloc$descriptor() {
        return snd_ctl_card_info_malloc.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_ctl_card_info_malloc(snd_ctl_card_info_t **ptr)
     * }
     */
    public static MethodHandle snd_ctl_card_info_malloc$handle() {
        return snd_ctl_card_info_malloc.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_ctl_card_info_malloc(snd_ctl_card_info_t **ptr)
     * }
     */
    public static MemorySegment snd_ctl_card_info_malloc$address() {
        return asoundlib_h.findOrThrow("snd_ctl_card_info_malloc");
    }

    /**
     * {@snippet lang=c :
     * int snd_ctl_card_info_malloc(snd_ctl_card_info_t **ptr)
     * }
     */
    public static int snd_ctl_card_info_malloc(MemorySegment ptr) {
        var mh$ = snd_ctl_card_info_malloc.HANDLE;
        try {
            return (int) mh$.invokeExact(ptr);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_card_info_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_card_info_free", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void snd_ctl_card_info_free(snd_ctl_card_info_t *obj)
     * }
     */
    public static FunctionDescriptor snd_ctl_card_info_free$descriptor() {
        return snd_ctl_card_info_free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void snd_ctl_card_info_free(snd_ctl_card_info_t *obj)
     * }
     */
    public static MethodHandle snd_ctl_card_info_free$handle() {
        return snd_ctl_card_info_free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void snd_ctl_card_info_free(snd_ctl_card_info_t *obj)
     * }
     */
    public static MemorySegment snd_ctl_card_info_free$address() {
        return asoundlib_h.findOrThrow("snd_ctl_card_info_free");
    }

    /**
     * {@snippet lang=c :
     * void snd_ctl_card_info_free(snd_ctl_card_info_t *obj)
     * }
     */
    public static void snd_ctl_card_info_free(MemorySegment obj) {
        var mh$ = snd_ctl_card_info_free.HANDLE;
        try {
            mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_card_info {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_card_info", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_ctl_card_info(snd_ctl_t *ctl, snd_ctl_card_info_t *info)
     * }
     */
    public static FunctionDescriptor snd_ctl_card_info$descriptor() {
        return snd_ctl_card_info.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_ctl_card_info(snd_ctl_t *ctl, snd_ctl_card_info_t *info)
     * }
     */
    public static MethodHandle snd_ctl_card_info$handle() {
        return snd_ctl_card_info.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_ctl_card_info(snd_ctl_t *ctl, snd_ctl_card_info_t *info)
     * }
     */
    public static MemorySegment snd_ctl_card_info$address() {
        return asoundlib_h.findOrThrow("snd_ctl_card_info");
    }

    /**
     * {@snippet lang=c :
     * int snd_ctl_card_info(snd_ctl_t *ctl, snd_ctl_card_info_t *info)
     * }
     */
    public static int snd_ctl_card_info(MemorySegment ctl, MemorySegment info) {
        var mh$ = snd_ctl_card_info.HANDLE;
        try {
            return (int) mh$.invokeExact(ctl, info);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_card_info_get_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_card_info_get_id", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_id(const snd_ctl_card_info_t *obj)
     * }
     */
    public static FunctionDescriptor snd_ctl_card_info_get_id$descriptor() {
        return snd_ctl_card_info_get_id.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_id(const snd_ctl_card_info_t *obj)
     * }
     */
    public static MethodHandle snd_ctl_card_info_get_id$handle() {
        return snd_ctl_card_info_get_id.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_id(const snd_ctl_card_info_t *obj)
     * }
     */
    public static MemorySegment snd_ctl_card_info_get_id$address() {
        return asoundlib_h.findOrThrow("snd_ctl_card_info_get_id");
    }

    /**
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_id(const snd_ctl_card_info_t *obj)
     * }
     */
    public static MemorySegment snd_ctl_card_info_get_id(MemorySegment obj) {
        var mh$ = snd_ctl_card_info_get_id.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_card_info_get_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_card_info_get_name", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_name(const snd_ctl_card_info_t *obj)
     * }
     */
    public static FunctionDescriptor snd_ctl_card_info_get_name$descriptor() {
        return snd_ctl_card_info_get_name.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_name(const snd_ctl_card_info_t *obj)
     * }
     */
    public static MethodHandle snd_ctl_card_info_get_name$handle() {
        return snd_ctl_card_info_get_name.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_name(const snd_ctl_card_info_t *obj)
     * }
     */
    public static MemorySegment snd_ctl_card_info_get_name$address() {
        return asoundlib_h.findOrThrow("snd_ctl_card_info_get_name");
    }

    /**
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_name(const snd_ctl_card_info_t *obj)
     * }
     */
    public static MemorySegment snd_ctl_card_info_get_name(MemorySegment obj) {
        var mh$ = snd_ctl_card_info_get_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_card_info_get_longname {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_card_info_get_longname", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_longname(const snd_ctl_card_info_t *obj)
     * }
     */
    public static FunctionDescriptor snd_ctl_card_info_get_longname$descriptor() {
        return snd_ctl_card_info_get_longname.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_longname(const snd_ctl_card_info_t *obj)
     * }
     */
    public static MethodHandle snd_ctl_card_info_get_longname$handle() {
        return snd_ctl_card_info_get_longname.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_longname(const snd_ctl_card_info_t *obj)
     * }
     */
    public static MemorySegment snd_ctl_card_info_get_longname$address() {
        return asoundlib_h.findOrThrow("snd_ctl_card_info_get_longname");
    }

    /**
     * {@snippet lang=c :
     * const char *snd_ctl_card_info_get_longname(const snd_ctl_card_info_t *obj)
     * }
     */
    public static MemorySegment snd_ctl_card_info_get_longname(MemorySegment obj) {
        var mh$ = snd_ctl_card_info_get_longname.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_pcm_next_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_pcm_next_device", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_ctl_pcm_next_device(snd_ctl_t *ctl, int *device)
     * }
     */
    public static FunctionDescriptor snd_ctl_pcm_next_device$descriptor() {
        return snd_ctl_pcm_next_device.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_ctl_pcm_next_device(snd_ctl_t *ctl, int *device)
     * }
     */
    public static MethodHandle snd_ctl_pcm_next_device$handle() {
        return snd_ctl_pcm_next_device.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_ctl_pcm_next_device(snd_ctl_t *ctl, int *device)
     * }
     */
    public static MemorySegment snd_ctl_pcm_next_device$address() {
        return asoundlib_h.findOrThrow("snd_ctl_pcm_next_device");
    }

    /**
     * {@snippet lang=c :
     * int snd_ctl_pcm_next_device(snd_ctl_t *ctl, int *device)
     * }
     */
    public static int snd_ctl_pcm_next_device(MemorySegment ctl, MemorySegment device) {
        var mh$ = snd_ctl_pcm_next_device.HANDLE;
        try {
            return (int) mh$.invokeExact(ctl, device);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_ctl_pcm_info {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_ctl_pcm_info", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_ctl_pcm_info(snd_ctl_t *ctl, snd_pcm_info_t *info)
     * }
     */
    public static FunctionDescriptor snd_ctl_pcm_info$descriptor() {
        return snd_ctl_pcm_info.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_ctl_pcm_info(snd_ctl_t *ctl, snd_pcm_info_t *info)
     * }
     */
    public static MethodHandle snd_ctl_pcm_info$handle() {
        return snd_ctl_pcm_info.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_ctl_pcm_info(snd_ctl_t *ctl, snd_pcm_info_t *info)
     * }
     */
    public static MemorySegment snd_ctl_pcm_info$address() {
        return asoundlib_h.findOrThrow("snd_ctl_pcm_info");
    }

    /**
     * {@snippet lang=c :
     * int snd_ctl_pcm_info(snd_ctl_t *ctl, snd_pcm_info_t *info)
     * }
     */
    public static int snd_ctl_pcm_info(MemorySegment ctl, MemorySegment info) {
        var mh$ = snd_ctl_pcm_info.HANDLE;
        try {
            return (int) mh$.invokeExact(ctl, info);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_info_malloc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_info_malloc", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_pcm_info_malloc(snd_pcm_info_t **ptr)
     * }
     */
    public static FunctionDescriptor snd_pcm_info_malloc$descriptor() {
        return snd_pcm_info_malloc.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_pcm_info_malloc(snd_pcm_info_t **ptr)
     * }
     */
    public static MethodHandle snd_pcm_info_malloc$handle() {
        return snd_pcm_info_malloc.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_pcm_info_malloc(snd_pcm_info_t **ptr)
     * }
     */
    public static MemorySegment snd_pcm_info_malloc$address() {
        return asoundlib_h.findOrThrow("snd_pcm_info_malloc");
    }

    /**
     * {@snippet lang=c :
     * int snd_pcm_info_malloc(snd_pcm_info_t **ptr)
     * }
     */
    public static int snd_pcm_info_malloc(MemorySegment ptr) {
        var mh$ = snd_pcm_info_malloc.HANDLE;
        try {
            return (int) mh$.invokeExact(ptr);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_info_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_info_free", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void snd_pcm_info_free(snd_pcm_info_t *obj)
     * }
     */
    public static FunctionDescriptor snd_pcm_info_free$descriptor() {
        return snd_pcm_info_free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void snd_pcm_info_free(snd_pcm_info_t *obj)
     * }
     */
    public static MethodHandle snd_pcm_info_free$handle() {
        return snd_pcm_info_free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void snd_pcm_info_free(snd_pcm_info_t *obj)
     * }
     */
    public static MemorySegment snd_pcm_info_free$address() {
        return asoundlib_h.findOrThrow("snd_pcm_info_free");
    }

    /**
     * {@snippet lang=c :
     * void snd_pcm_info_free(snd_pcm_info_t *obj)
     * }
     */
    public static void snd_pcm_info_free(MemorySegment obj) {
        var mh$ = snd_pcm_info_free.HANDLE;
        try {
            mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_info_set_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_info_set_device", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void snd_pcm_info_set_device(snd_pcm_info_t *obj, unsigned int val)
     * }
     */
    public static FunctionDescriptor snd_pcm_info_set_device$descriptor() {
        return snd_pcm_info_set_device.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void snd_pcm_info_set_device(snd_pcm_info_t *obj, unsigned int val)
     * }
     */
    public static MethodHandle snd_pcm_info_set_device$handle() {
        return snd_pcm_info_set_device.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void snd_pcm_info_set_device(snd_pcm_info_t *obj, unsigned int val)
     * }
     */
    public static MemorySegment snd_pcm_info_set_device$address() {
        return asoundlib_h.findOrThrow("snd_pcm_info_set_device");
    }

    /**
     * {@snippet lang=c :
     * void snd_pcm_info_set_device(snd_pcm_info_t *obj, unsigned int val)
     * }
     */
    public static void snd_pcm_info_set_device(MemorySegment obj, int val) {
        var mh$ = snd_pcm_info_set_device.HANDLE;
        try {
            mh$.invokeExact(obj, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_info_set_subdevice {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_info_set_subdevice", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void snd_pcm_info_set_subdevice(snd_pcm_info_t *obj, unsigned int val)
     * }
     */
    public static FunctionDescriptor snd_pcm_info_set_subdevice$descriptor() {
        return snd_pcm_info_set_subdevice.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void snd_pcm_info_set_subdevice(snd_pcm_info_t *obj, unsigned int val)
     * }
     */
    public static MethodHandle snd_pcm_info_set_subdevice$handle() {
        return snd_pcm_info_set_subdevice.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void snd_pcm_info_set_subdevice(snd_pcm_info_t *obj, unsigned int val)
     * }
     */
    public static MemorySegment snd_pcm_info_set_subdevice$address() {
        return asoundlib_h.findOrThrow("snd_pcm_info_set_subdevice");
    }

    /**
     * {@snippet lang=c :
     * void snd_pcm_info_set_subdevice(snd_pcm_info_t *obj, unsigned int val)
     * }
     */
    public static void snd_pcm_info_set_subdevice(MemorySegment obj, int val) {
        var mh$ = snd_pcm_info_set_subdevice.HANDLE;
        try {
            mh$.invokeExact(obj, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_info_set_stream {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_info_set_stream", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void snd_pcm_info_set_stream(snd_pcm_info_t *obj, snd_pcm_stream_t val)
     * }
     */
    public static FunctionDescriptor snd_pcm_info_set_stream$descriptor() {
        return snd_pcm_info_set_stream.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void snd_pcm_info_set_stream(snd_pcm_info_t *obj, snd_pcm_stream_t val)
     * }
     */
    public static MethodHandle snd_pcm_info_set_stream$handle() {
        return snd_pcm_info_set_stream.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void snd_pcm_info_set_stream(snd_pcm_info_t *obj, snd_pcm_stream_t val)
     * }
     */
    public static MemorySegment snd_pcm_info_set_stream$address() {
        return asoundlib_h.findOrThrow("snd_pcm_info_set_stream");
    }

    /**
     * {@snippet lang=c :
     * void snd_pcm_info_set_stream(snd_pcm_info_t *obj, snd_pcm_stream_t val)
     * }
     */
    public static void snd_pcm_info_set_stream(MemorySegment obj, int val) {
        var mh$ = snd_pcm_info_set_stream.HANDLE;
        try {
            mh$.invokeExact(obj, val);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_info_get_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_info_get_name", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *snd_pcm_info_get_name(const snd_pcm_info_t *obj)
     * }
     */
    public static FunctionDescriptor snd_pcm_info_get_name$descriptor() {
        return snd_pcm_info_get_name.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *snd_pcm_info_get_name(const snd_pcm_info_t *obj)
     * }
     */
    public static MethodHandle snd_pcm_info_get_name$handle() {
        return snd_pcm_info_get_name.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *snd_pcm_info_get_name(const snd_pcm_info_t *obj)
     * }
     */
    public static MemorySegment snd_pcm_info_get_name$address() {
        return asoundlib_h.findOrThrow("snd_pcm_info_get_name");
    }

    /**
     * {@snippet lang=c :
     * const char *snd_pcm_info_get_name(const snd_pcm_info_t *obj)
     * }
     */
    public static MemorySegment snd_pcm_info_get_name(MemorySegment obj) {
        var mh$ = snd_pcm_info_get_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_info_get_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_info_get_id", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *snd_pcm_info_get_id(const snd_pcm_info_t *obj)
     * }
     */
    public static FunctionDescriptor snd_pcm_info_get_id$descriptor() {
        return snd_pcm_info_get_id.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *snd_pcm_info_get_id(const snd_pcm_info_t *obj)
     * }
     */
    public static MethodHandle snd_pcm_info_get_id$handle() {
        return snd_pcm_info_get_id.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *snd_pcm_info_get_id(const snd_pcm_info_t *obj)
     * }
     */
    public static MemorySegment snd_pcm_info_get_id$address() {
        return asoundlib_h.findOrThrow("snd_pcm_info_get_id");
    }

    /**
     * {@snippet lang=c :
     * const char *snd_pcm_info_get_id(const snd_pcm_info_t *obj)
     * }
     */
    public static MemorySegment snd_pcm_info_get_id(MemorySegment obj) {
        var mh$ = snd_pcm_info_get_id.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_pcm_info_get_subdevices_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_pcm_info_get_subdevices_count", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * unsigned int snd_pcm_info_get_subdevices_count(const snd_pcm_info_t *obj)
     * }
     */
    public static FunctionDescriptor snd_pcm_info_get_subdevices_count$descriptor() {
        return snd_pcm_info_get_subdevices_count.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * unsigned int snd_pcm_info_get_subdevices_count(const snd_pcm_info_t *obj)
     * }
     */
    public static MethodHandle snd_pcm_info_get_subdevices_count$handle() {
        return snd_pcm_info_get_subdevices_count.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * unsigned int snd_pcm_info_get_subdevices_count(const snd_pcm_info_t *obj)
     * }
     */
    public static MemorySegment snd_pcm_info_get_subdevices_count$address() {
        return asoundlib_h.findOrThrow("snd_pcm_info_get_subdevices_count");
    }

    /**
     * {@snippet lang=c :
     * unsigned int snd_pcm_info_get_subdevices_count(const snd_pcm_info_t *obj)
     * }
     */
    public static int snd_pcm_info_get_subdevices_count(MemorySegment obj) {
        var mh$ = snd_pcm_info_get_subdevices_count.HANDLE;
        try {
            return (int) mh$.invokeExact(obj);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_strerror {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_POINTER, asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_strerror", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *snd_strerror(int errnum)
     * }
     */
    public static FunctionDescriptor snd_strerror$descriptor() {
        return snd_strerror.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *snd_strerror(int errnum)
     * }
     */
    public static MethodHandle snd_strerror$handle() {
        return snd_strerror.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *snd_strerror(int errnum)
     * }
     */
    public static MemorySegment snd_strerror$address() {
        return asoundlib_h.findOrThrow("snd_strerror");
    }

    /**
     * {@snippet lang=c :
     * const char *snd_strerror(int errnum)
     * }
     */
    public static MemorySegment snd_strerror(int errnum) {
        var mh$ = snd_strerror.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(errnum);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_lib_error_set_handler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT, asoundlib_h.C_POINTER);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_lib_error_set_handler", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_lib_error_set_handler(snd_lib_error_handler_t handler)
     * }
     */
    public static FunctionDescriptor snd_lib_error_set_handler$descriptor() {
        return snd_lib_error_set_handler.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_lib_error_set_handler(snd_lib_error_handler_t handler)
     * }
     */
    public static MethodHandle snd_lib_error_set_handler$handle() {
        return snd_lib_error_set_handler.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_lib_error_set_handler(snd_lib_error_handler_t handler)
     * }
     */
    public static MemorySegment snd_lib_error_set_handler$address() {
        return asoundlib_h.findOrThrow("snd_lib_error_set_handler");
    }

    /**
     * {@snippet lang=c :
     * int snd_lib_error_set_handler(snd_lib_error_handler_t handler)
     * }
     */
    public static int snd_lib_error_set_handler(MemorySegment handler) {
        var mh$ = snd_lib_error_set_handler.HANDLE;
        try {
            return (int) mh$.invokeExact(handler);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class snd_config_update_free_global {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(asoundlib_h.C_INT);
        public static final MethodHandle HANDLE = asoundlib_h.downcall("snd_config_update_free_global", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int snd_config_update_free_global(void)
     * }
     */
    public static FunctionDescriptor snd_config_update_free_global$descriptor() {
        return snd_config_update_free_global.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int snd_config_update_free_global(void)
     * }
     */
    public static MethodHandle snd_config_update_free_global$handle() {
        return snd_config_update_free_global.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int snd_config_update_free_global(void)
     * }
     */
    public static MemorySegment snd_config_update_free_global$address() {
        return asoundlib_h.findOrThrow("snd_config_update_free_global");
    }

    /**
     * {@snippet lang=c :
     * int snd_config_update_free_global(void)
     * }
     */
    public static int snd_config_update_free_global() {
        var mh$ = snd_config_update_free_global.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int SND_PCM_STREAM_PLAYBACK = (int) 0L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STREAM_PLAYBACK = 0
     * }
     */
    public static int SND_PCM_STREAM_PLAYBACK() {
        return SND_PCM_STREAM_PLAYBACK;
    }

    private static final int SND_PCM_STREAM_CAPTURE = (int) 1L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STREAM_CAPTURE = 1
     * }
     */
    public static int SND_PCM_STREAM_CAPTURE() {
        return SND_PCM_STREAM_CAPTURE;
    }

    private static final int SND_PCM_ACCESS_MMAP_INTERLEAVED = (int) 0L;

    /**
     * {@snippet lang=c :
     * SND_PCM_ACCESS_MMAP_INTERLEAVED = 0
     * }
     */
    public static int SND_PCM_ACCESS_MMAP_INTERLEAVED() {
        return SND_PCM_ACCESS_MMAP_INTERLEAVED;
    }

    private static final int SND_PCM_ACCESS_MMAP_NONINTERLEAVED = (int) 1L;

    /**
     * {@snippet lang=c :
     * SND_PCM_ACCESS_MMAP_NONINTERLEAVED = 1
     * }
     */
    public static int SND_PCM_ACCESS_MMAP_NONINTERLEAVED() {
        return SND_PCM_ACCESS_MMAP_NONINTERLEAVED;
    }

    private static final int SND_PCM_ACCESS_MMAP_COMPLEX = (int) 2L;

    /**
     * {@snippet lang=c :
     * SND_PCM_ACCESS_MMAP_COMPLEX = 2
     * }
     */
    public static int SND_PCM_ACCESS_MMAP_COMPLEX() {
        return SND_PCM_ACCESS_MMAP_COMPLEX;
    }

    private static final int SND_PCM_ACCESS_RW_INTERLEAVED = (int) 3L;

    /**
     * {@snippet lang=c :
     * SND_PCM_ACCESS_RW_INTERLEAVED = 3
     * }
     */
    public static int SND_PCM_ACCESS_RW_INTERLEAVED() {
        return SND_PCM_ACCESS_RW_INTERLEAVED;
    }

    private static final int SND_PCM_ACCESS_RW_NONINTERLEAVED = (int) 4L;

    /**
     * {@snippet lang=c :
     * SND_PCM_ACCESS_RW_NONINTERLEAVED = 4
     * }
     */
    public static int SND_PCM_ACCESS_RW_NONINTERLEAVED() {
        return SND_PCM_ACCESS_RW_NONINTERLEAVED;
    }

    private static final int SND_PCM_FORMAT_UNKNOWN = (int) -1L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_UNKNOWN = -1
     * }
     */
    public static int SND_PCM_FORMAT_UNKNOWN() {
        return SND_PCM_FORMAT_UNKNOWN;
    }

    private static final int SND_PCM_FORMAT_S8 = (int) 0L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S8 = 0
     * }
     */
    public static int SND_PCM_FORMAT_S8() {
        return SND_PCM_FORMAT_S8;
    }

    private static final int SND_PCM_FORMAT_U8 = (int) 1L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_U8 = 1
     * }
     */
    public static int SND_PCM_FORMAT_U8() {
        return SND_PCM_FORMAT_U8;
    }

    private static final int SND_PCM_FORMAT_S16_LE = (int) 2L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S16_LE = 2
     * }
     */
    public static int SND_PCM_FORMAT_S16_LE() {
        return SND_PCM_FORMAT_S16_LE;
    }

    private static final int SND_PCM_FORMAT_S16_BE = (int) 3L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S16_BE = 3
     * }
     */
    public static int SND_PCM_FORMAT_S16_BE() {
        return SND_PCM_FORMAT_S16_BE;
    }

    private static final int SND_PCM_FORMAT_U16_LE = (int) 4L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_U16_LE = 4
     * }
     */
    public static int SND_PCM_FORMAT_U16_LE() {
        return SND_PCM_FORMAT_U16_LE;
    }

    private static final int SND_PCM_FORMAT_U16_BE = (int) 5L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_U16_BE = 5
     * }
     */
    public static int SND_PCM_FORMAT_U16_BE() {
        return SND_PCM_FORMAT_U16_BE;
    }

    private static final int SND_PCM_FORMAT_S24_LE = (int) 6L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S24_LE = 6
     * }
     */
    public static int SND_PCM_FORMAT_S24_LE() {
        return SND_PCM_FORMAT_S24_LE;
    }

    private static final int SND_PCM_FORMAT_S24_BE = (int) 7L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S24_BE = 7
     * }
     */
    public static int SND_PCM_FORMAT_S24_BE() {
        return SND_PCM_FORMAT_S24_BE;
    }

    private static final int SND_PCM_FORMAT_U24_LE = (int) 8L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_U24_LE = 8
     * }
     */
    public static int SND_PCM_FORMAT_U24_LE() {
        return SND_PCM_FORMAT_U24_LE;
    }

    private static final int SND_PCM_FORMAT_U24_BE = (int) 9L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_U24_BE = 9
     * }
     */
    public static int SND_PCM_FORMAT_U24_BE() {
        return SND_PCM_FORMAT_U24_BE;
    }

    private static final int SND_PCM_FORMAT_S32_LE = (int) 10L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S32_LE = 10
     * }
     */
    public static int SND_PCM_FORMAT_S32_LE() {
        return SND_PCM_FORMAT_S32_LE;
    }

    private static final int SND_PCM_FORMAT_S32_BE = (int) 11L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S32_BE = 11
     * }
     */
    public static int SND_PCM_FORMAT_S32_BE() {
        return SND_PCM_FORMAT_S32_BE;
    }

    private static final int SND_PCM_FORMAT_U32_LE = (int) 12L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_U32_LE = 12
     * }
     */
    public static int SND_PCM_FORMAT_U32_LE() {
        return SND_PCM_FORMAT_U32_LE;
    }

    private static final int SND_PCM_FORMAT_U32_BE = (int) 13L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_U32_BE = 13
     * }
     */
    public static int SND_PCM_FORMAT_U32_BE() {
        return SND_PCM_FORMAT_U32_BE;
    }

    private static final int SND_PCM_FORMAT_FLOAT_LE = (int) 14L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_FLOAT_LE = 14
     * }
     */
    public static int SND_PCM_FORMAT_FLOAT_LE() {
        return SND_PCM_FORMAT_FLOAT_LE;
    }

    private static final int SND_PCM_FORMAT_FLOAT_BE = (int) 15L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_FLOAT_BE = 15
     * }
     */
    public static int SND_PCM_FORMAT_FLOAT_BE() {
        return SND_PCM_FORMAT_FLOAT_BE;
    }

    private static final int SND_PCM_FORMAT_FLOAT64_LE = (int) 16L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_FLOAT64_LE = 16
     * }
     */
    public static int SND_PCM_FORMAT_FLOAT64_LE() {
        return SND_PCM_FORMAT_FLOAT64_LE;
    }

    private static final int SND_PCM_FORMAT_FLOAT64_BE = (int) 17L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_FLOAT64_BE = 17
     * }
     */
    public static int SND_PCM_FORMAT_FLOAT64_BE() {
        return SND_PCM_FORMAT_FLOAT64_BE;
    }

    private static final int SND_PCM_FORMAT_MU_LAW = (int) 20L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_MU_LAW = 20
     * }
     */
    public static int SND_PCM_FORMAT_MU_LAW() {
        return SND_PCM_FORMAT_MU_LAW;
    }

    private static final int SND_PCM_FORMAT_A_LAW = (int) 21L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_A_LAW = 21
     * }
     */
    public static int SND_PCM_FORMAT_A_LAW() {
        return SND_PCM_FORMAT_A_LAW;
    }

    private static final int SND_PCM_FORMAT_S24_3LE = (int) 32L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S24_3LE = 32
     * }
     */
    public static int SND_PCM_FORMAT_S24_3LE() {
        return SND_PCM_FORMAT_S24_3LE;
    }

    private static final int SND_PCM_FORMAT_S24_3BE = (int) 33L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S24_3BE = 33
     * }
     */
    public static int SND_PCM_FORMAT_S24_3BE() {
        return SND_PCM_FORMAT_S24_3BE;
    }

    private static final int SND_PCM_FORMAT_U24_3LE = (int) 34L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_U24_3LE = 34
     * }
     */
    public static int SND_PCM_FORMAT_U24_3LE() {
        return SND_PCM_FORMAT_U24_3LE;
    }

    private static final int SND_PCM_FORMAT_U24_3BE = (int) 35L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_U24_3BE = 35
     * }
     */
    public static int SND_PCM_FORMAT_U24_3BE() {
        return SND_PCM_FORMAT_U24_3BE;
    }

    private static final int SND_PCM_FORMAT_S20_LE = (int) 25L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S20_LE = 25
     * }
     */
    public static int SND_PCM_FORMAT_S20_LE() {
        return SND_PCM_FORMAT_S20_LE;
    }

    private static final int SND_PCM_FORMAT_S20_3LE = (int) 36L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S20_3LE = 36
     * }
     */
    public static int SND_PCM_FORMAT_S20_3LE() {
        return SND_PCM_FORMAT_S20_3LE;
    }

    private static final int SND_PCM_FORMAT_S16 = (int) 2L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S16 = 2
     * }
     */
    public static int SND_PCM_FORMAT_S16() {
        return SND_PCM_FORMAT_S16;
    }

    private static final int SND_PCM_FORMAT_S24 = (int) 6L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S24 = 6
     * }
     */
    public static int SND_PCM_FORMAT_S24() {
        return SND_PCM_FORMAT_S24;
    }

    private static final int SND_PCM_FORMAT_S32 = (int) 10L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_S32 = 10
     * }
     */
    public static int SND_PCM_FORMAT_S32() {
        return SND_PCM_FORMAT_S32;
    }

    private static final int SND_PCM_FORMAT_FLOAT = (int) 14L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_FLOAT = 14
     * }
     */
    public static int SND_PCM_FORMAT_FLOAT() {
        return SND_PCM_FORMAT_FLOAT;
    }

    private static final int SND_PCM_FORMAT_FLOAT64 = (int) 16L;

    /**
     * {@snippet lang=c :
     * SND_PCM_FORMAT_FLOAT64 = 16
     * }
     */
    public static int SND_PCM_FORMAT_FLOAT64() {
        return SND_PCM_FORMAT_FLOAT64;
    }

    private static final int SND_PCM_STATE_OPEN = (int) 0L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STATE_OPEN = 0
     * }
     */
    public static int SND_PCM_STATE_OPEN() {
        return SND_PCM_STATE_OPEN;
    }

    private static final int SND_PCM_STATE_SETUP = (int) 1L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STATE_SETUP = 1
     * }
     */
    public static int SND_PCM_STATE_SETUP() {
        return SND_PCM_STATE_SETUP;
    }

    private static final int SND_PCM_STATE_PREPARED = (int) 2L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STATE_PREPARED = 2
     * }
     */
    public static int SND_PCM_STATE_PREPARED() {
        return SND_PCM_STATE_PREPARED;
    }

    private static final int SND_PCM_STATE_RUNNING = (int) 3L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STATE_RUNNING = 3
     * }
     */
    public static int SND_PCM_STATE_RUNNING() {
        return SND_PCM_STATE_RUNNING;
    }

    private static final int SND_PCM_STATE_XRUN = (int) 4L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STATE_XRUN = 4
     * }
     */
    public static int SND_PCM_STATE_XRUN() {
        return SND_PCM_STATE_XRUN;
    }

    private static final int SND_PCM_STATE_DRAINING = (int) 5L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STATE_DRAINING = 5
     * }
     */
    public static int SND_PCM_STATE_DRAINING() {
        return SND_PCM_STATE_DRAINING;
    }

    private static final int SND_PCM_STATE_PAUSED = (int) 6L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STATE_PAUSED = 6
     * }
     */
    public static int SND_PCM_STATE_PAUSED() {
        return SND_PCM_STATE_PAUSED;
    }

    private static final int SND_PCM_STATE_SUSPENDED = (int) 7L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STATE_SUSPENDED = 7
     * }
     */
    public static int SND_PCM_STATE_SUSPENDED() {
        return SND_PCM_STATE_SUSPENDED;
    }

    private static final int SND_PCM_STATE_DISCONNECTED = (int) 8L;

    /**
     * {@snippet lang=c :
     * SND_PCM_STATE_DISCONNECTED = 8
     * }
     */
    public static int SND_PCM_STATE_DISCONNECTED() {
        return SND_PCM_STATE_DISCONNECTED;
    }

    private static final int SND_PCM_TSTAMP_NONE = (int) 0L;

    /**
     * {@snippet lang=c :
     * SND_PCM_TSTAMP_NONE = 0
     * }
     */
    public static int SND_PCM_TSTAMP_NONE() {
        return SND_PCM_TSTAMP_NONE;
    }

    private static final int SND_PCM_TSTAMP_ENABLE = (int) 1L;

    /**
     * {@snippet lang=c :
     * SND_PCM_TSTAMP_ENABLE = 1
     * }
     */
    public static int SND_PCM_TSTAMP_ENABLE() {
        return SND_PCM_TSTAMP_ENABLE;
    }

    private static final int SND_PCM_NONBLOCK = (int) 1L;

    /**
     * {@snippet lang=c :
     * SND_PCM_NONBLOCK = 1
     * }
     */
    public static int SND_PCM_NONBLOCK() {
        return SND_PCM_NONBLOCK;
    }

    private static final int SND_PCM_ASYNC = (int) 2L;

    /**
     * {@snippet lang=c :
     * SND_PCM_ASYNC = 2
     * }
     */
    public static int SND_PCM_ASYNC() {
        return SND_PCM_ASYNC;
    }

    private static final int SND_PCM_NO_AUTO_RESAMPLE = (int) 65536L;

    /**
     * {@snippet lang=c :
     * SND_PCM_NO_AUTO_RESAMPLE = 65536
     * }
     */
    public static int SND_PCM_NO_AUTO_RESAMPLE() {
        return SND_PCM_NO_AUTO_RESAMPLE;
    }

    private static final int SND_PCM_NO_AUTO_CHANNELS = (int) 131072L;

    /**
     * {@snippet lang=c :
     * SND_PCM_NO_AUTO_CHANNELS = 131072
     * }
     */
    public static int SND_PCM_NO_AUTO_CHANNELS() {
        return SND_PCM_NO_AUTO_CHANNELS;
    }

    private static final int SND_PCM_NO_AUTO_FORMAT = (int) 262144L;

    /**
     * {@snippet lang=c :
     * SND_PCM_NO_AUTO_FORMAT = 262144
     * }
     */
    public static int SND_PCM_NO_AUTO_FORMAT() {
        return SND_PCM_NO_AUTO_FORMAT;
    }

    private static final int SND_PCM_NO_SOFTVOL = (int) 524288L;

    /**
     * {@snippet lang=c :
     * SND_PCM_NO_SOFTVOL = 524288
     * }
     */
    public static int SND_PCM_NO_SOFTVOL() {
        return SND_PCM_NO_SOFTVOL;
    }

    private static final int SND_CTL_NONBLOCK = (int) 1L;

    /**
     * {@snippet lang=c :
     * SND_CTL_NONBLOCK = 1
     * }
     */
    public static int SND_CTL_NONBLOCK() {
        return SND_CTL_NONBLOCK;
    }

    private static final int SND_CTL_ASYNC = (int) 2L;

    /**
     * {@snippet lang=c :
     * SND_CTL_ASYNC = 2
     * }
     */
    public static int SND_CTL_ASYNC() {
        return SND_CTL_ASYNC;
    }
}
