/**
 * Windows backends: {@code mf} (Media Foundation cameras) and {@code wasapi} (WASAPI microphones), on the
 * platform-free COM layer in {@code com} (vtable calls, reference ownership, Java-implemented COM objects,
 * the MTA thread) and the DLL bindings in {@code win32}, which are loaded only on Windows.
 */
package io.mediacapture.windows;
