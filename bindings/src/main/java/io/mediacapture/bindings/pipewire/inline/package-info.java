/**
 * Hand-written Java equivalents of what the PipeWire and SPA headers define as macros or {@code static inline}
 * functions, which jextract cannot bind: hook lists ({@link io.mediacapture.bindings.pipewire.inline.SpaHooks}),
 * interface method calls through {@code spa_interface} method tables
 * ({@link io.mediacapture.bindings.pipewire.inline.PwCore}, {@link io.mediacapture.bindings.pipewire.inline.PwNode},
 * {@link io.mediacapture.bindings.pipewire.inline.PwPort}), and the format/param helpers of
 * {@code spa/param/*-utils.h} ({@link io.mediacapture.bindings.pipewire.inline.SpaFormats},
 * {@link io.mediacapture.bindings.pipewire.inline.SpaParams}). Method names are the C names, so the C
 * documentation applies; each method says which C definition it follows.
 *
 * <p>The same threading rules as in C apply: call these with the PipeWire loop lock held or on the loop thread.
 */
package io.mediacapture.bindings.pipewire.inline;
