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
 *     {@code respondsToSelector:}) and skipped when missing, rather than sent blindly.</li>
 * <li>In the other direction, no Java exception leaves an upcall: {@link io.mediacapture.macos.objc.Upcalls}
 *     wraps every method and block implementation.</li>
 * </ul>
 * If an exception is raised anyway (a framework bug, an undocumented precondition), the process terminates
 * with the runtime's "terminating due to uncaught exception" report, which names the exception; it is not
 * silently swallowed.
 */
package io.mediacapture.macos.objc;
