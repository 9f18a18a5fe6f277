/**
 * FFM bindings to the native capture APIs. Packages named after a C library hold jextract's output, generated
 * by bindings/jextract/regenerate.sh and never edited (one class per header, {@code foo$handle()}, struct
 * classes with {@code layout()}); {@code *.inline} and {@code spa.pod} hold hand-written Java for what jextract
 * cannot emit (static inline functions, macros, variadic callbacks, the SPA POD format). Nothing here loads a
 * native library before it is first used: see {@link io.mediacapture.bindings.NativeLibrary}.
 */
module io.mediacapture.bindings {
    exports io.mediacapture.bindings;
    // PipeWire / SPA exports:
    exports io.mediacapture.bindings.pipewire;
    exports io.mediacapture.bindings.pipewire.inline;
    exports io.mediacapture.bindings.spa;
    exports io.mediacapture.bindings.spa.pod;
    // ALSA / libc / V4L2 exports:
    exports io.mediacapture.bindings.alsa;
    exports io.mediacapture.bindings.alsa.inline;
    exports io.mediacapture.bindings.libc;
    exports io.mediacapture.bindings.libc.inline;
    exports io.mediacapture.bindings.v4l2;
    exports io.mediacapture.bindings.v4l2.inline;
    // TurboJPEG (libjpeg-turbo) export:
    exports io.mediacapture.bindings.turbojpeg;
}
