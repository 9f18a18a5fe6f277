/**
 * The C side of Apple's frameworks this backend calls, written in jextract's shape so that one style holds
 * across the three platform modules: one class per struct ({@code layout()}, field accessors,
 * {@code field$offset()}, {@code allocate}) and one per header ({@code foo$descriptor()}, {@code foo$handle()},
 * {@code foo$address()} and a static {@code foo(...)} per function, constants as static methods, the library
 * loaded on first use through {@link io.mediacapture.macos.bindings.Framework}). jextract cannot read Apple's
 * SDK headers on Linux, so these are not its output: each declaration is restated from Apple's documentation
 * and headers (the C declaration is quoted on every class and function), the struct layouts are checked
 * against gcc by {@code LayoutTest} ({@code src/test/native/layouts.c}), and {@code HeaderClassesTest} checks
 * the constants, the signatures that matter for the ABI (struct returns, 64-bit {@code size_t} and
 * {@code CVOptionFlags}), and that nothing loads before first use. On a Mac with the SDK, running jextract on
 * the same headers should give the same descriptors; that comparison is on the README's first-run checklist.
 *
 * <p>The Objective-C runtime's own functions ({@code objc_msgSend}, {@code class_addMethod}, ...) stay in
 * {@code io.mediacapture.macos.objc}: they are called through {@code ObjcRuntime}, which has two
 * implementations (Apple's runtime and GCC's, for the tests on Linux) with different entry points.
 */
package io.mediacapture.macos.bindings;
