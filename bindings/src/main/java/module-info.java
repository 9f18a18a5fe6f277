/**
 * FFM bindings to the native capture APIs. Packages named after a C library hold jextract's output, generated
 * by bindings/jextract/regenerate.sh and never edited (one class per header, {@code foo$handle()}, struct
 * classes with {@code layout()}); {@code *.inline} and {@code spa.pod} hold hand-written Java for what jextract
 * cannot emit (static inline functions, macros, variadic callbacks, the SPA POD format). Nothing here loads a
 * native library before it is first used: see {@link io.mediacapture.bindings.NativeLibrary}.
 *
 * <p>Not an API: every package is exported only to the Linux backends, the one module that calls them.
 * Tests run on the class path and see them all.
 */
module io.mediacapture.bindings {
    exports io.mediacapture.bindings to io.mediacapture.linux;
    // PipeWire / SPA exports:
    exports io.mediacapture.bindings.pipewire to io.mediacapture.linux;
    exports io.mediacapture.bindings.pipewire.inline to io.mediacapture.linux;
    exports io.mediacapture.bindings.spa to io.mediacapture.linux;
    exports io.mediacapture.bindings.spa.pod to io.mediacapture.linux;
    // ALSA / libc / V4L2 exports:
    exports io.mediacapture.bindings.alsa to io.mediacapture.linux;
    exports io.mediacapture.bindings.alsa.inline to io.mediacapture.linux;
    exports io.mediacapture.bindings.libc to io.mediacapture.linux;
    exports io.mediacapture.bindings.libc.inline to io.mediacapture.linux;
    exports io.mediacapture.bindings.v4l2 to io.mediacapture.linux;
    exports io.mediacapture.bindings.v4l2.inline to io.mediacapture.linux;
    // TurboJPEG (libjpeg-turbo) export:
    exports io.mediacapture.bindings.turbojpeg to io.mediacapture.linux;
}
