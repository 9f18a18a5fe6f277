package io.mediacapture.bindings.alsa.inline;

import io.mediacapture.bindings.alsa.asoundlib_h;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Hand-written in jextract's shape, because jextract skips variadic callbacks ("variadic callback
 * snd_lib_error_handler_t is not supported"):
 * {@snippet lang=c :
 * typedef void (*snd_lib_error_handler_t)(const char *file, int line, const char *function, int err, const char *fmt, ...)
 * }
 *
 * <p>The C type is variadic: ALSA passes the {@code printf} arguments of {@code fmt} after it. An FFM upcall
 * cannot be variadic, so this binds the five named parameters only. That is sound on
 * the ABIs we support (x86_64 System V and Linux AAPCS64), where named parameters of a variadic call are
 * passed exactly as in a non-variadic one and the callee may ignore the rest; the cost is that the handler
 * sees the unformatted {@code fmt} (e.g. "Unknown PCM %s") rather than the finished message. Use it to
 * silence or log libasound's diagnostics, not to parse them.
 */
@SuppressWarnings("restricted")
public class snd_lib_error_handler_t {

    snd_lib_error_handler_t() {
        // static members only
    }

    /** The function pointer's Java shape. Implementations must not throw (the upcall would crash the VM). */
    @FunctionalInterface
    public interface Function {
        void apply(MemorySegment file, int line, MemorySegment function, int err, MemorySegment fmt);
    }

    private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            asoundlib_h.C_POINTER, asoundlib_h.C_INT, asoundlib_h.C_POINTER, asoundlib_h.C_INT, asoundlib_h.C_POINTER);

    /** The descriptor of the named parameters. */
    public static FunctionDescriptor descriptor() {
        return $DESC;
    }

    private static final MethodHandle UP$MH;

    static {
        try {
            UP$MH = MethodHandles.lookup().findVirtual(Function.class, "apply", $DESC.toMethodType());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * An upcall stub for {@code fi}, valid while {@code arena} is alive. It must stay alive as long as
     * libasound may call it, i.e. until another handler is installed. As everywhere in jextract's shape, the
     * stub does not guard {@code fi}: its body must catch Throwable itself (an exception escaping an upcall
     * kills the JVM) -- {@code inline.AlsaErrorHandler} does.
     */
    public static MemorySegment allocate(Function fi, Arena arena) {
        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
    }

    /** The Java type of {@link Function#apply}. */
    static MethodType methodType() {
        return $DESC.toMethodType();
    }
}
