/**
 * A small Objective-C bridge over FFM: runtime calls behind {@link io.mediacapture.macos.objc.ObjcRuntime}
 * (Apple's runtime on macOS, GCC's libobjc on Linux for tests), typed message sends with one downcall per
 * exact C signature, classes and block literals defined from Java with upcall stubs, Foundation
 * conversions, autorelease pools and owned references.
 *
 * <h2>Objective-C exceptions</h2>
 * An Objective-C exception must never unwind through a JVM frame: the downcall stub has no unwind
 * information the Objective-C runtime understands, and the result is undefined (in practice, a crash). Catching
 * one needs an {@code @try} block, which only compiled code can have, and this project ships no native code.
 * The bridge therefore prevents exceptions instead of catching them:
 * <ul>
 * <li>Before every call documented to raise, its precondition is checked from Java: {@code canAddInput:} /
 *     {@code canAddOutput:} before adding, {@code lockForConfiguration:} (which reports failure through an
 *     {@code NSError **}) before touching a device's format, the requested frame duration checked against the
 *     format's {@code videoSupportedFrameRateRanges} before setting it, the format object taken from the
 *     device's own {@code formats} array.</li>
 * <li>Variants that report errors through {@code NSError **} are used wherever they exist
 *     ({@code deviceInputWithDevice:error:}).</li>
 * <li>Optional API (newer device types, discovery sessions) is looked up first (class lookup, symbol lookup,
 *     {@code respondsToSelector:}) and skipped when missing, rather than sent blindly. Discovery sessions get
 *     only the device type names of the running macOS version, for one media type.</li>
 * <li>Settings dictionaries are checked against what the object says it accepts before they are set: the
 *     video output's pixel format against its {@code availableVideoCVPixelFormatTypes} once it is connected,
 *     the audio output's settings against Apple's documented linear PCM bounds.</li>
 * <li>In the other direction, no Java exception leaves an upcall: {@link io.mediacapture.macos.objc.Upcalls}
 *     wraps every method and block implementation.</li>
 * </ul>
 * If an exception is raised anyway (a framework bug, an undocumented precondition), the process terminates
 * with the runtime's "terminating due to uncaught exception" report, which names the exception; it is not
 * silently swallowed.
 *
 * <h2>Why there is no exception-catching trampoline</h2>
 * Chromium wraps {@code discoverySessionWithDeviceTypes:} in {@code @try}. The runtime's
 * {@code objc_begin_catch}/{@code objc_end_catch} cannot give us that from Java: they are what a compiled
 * landing pad calls after the unwinder has already chosen it, and the unwinder chooses only frames that have
 * unwind information with a language-specific data area naming {@code __objc_personality_v0} (in
 * {@code __unwind_info}/{@code __eh_frame}). Such a frame exists only as compiled machine code; making one at
 * run time means writing machine code and registering unwind tables for it ({@code __register_frame}), which is
 * native code of our own in another form. The hooks that need no frame ({@code NSSetUncaughtExceptionHandler},
 * {@code objc_setUncaughtExceptionHandler}, {@code objc_addExceptionHandler}) run only to observe, before the
 * process ends, and cannot resume Java. So the inputs are validated instead (above).
 */
package io.mediacapture.macos.objc;
