/**
 * The Windows SDK's C declarations this module uses, in jextract's shape, so that one style holds across
 * the platform modules: one class per struct ({@code layout()}, {@code sizeof()}, {@code allocate},
 * {@code field$offset()}, {@code field$layout()}, getters and setters; nested unions and structs as nested
 * classes; anonymous C unions flattened as C names them) and one class per header for functions
 * ({@code foo$descriptor()}, {@code foo$handle()}, {@code foo$address()}, {@code foo(...)}).
 *
 * <p>jextract cannot read the Windows SDK headers on the machines this is built on, so these are written by
 * hand, and {@code WindowsAbiTest} compiles every struct's size and every member's offset and size, at every
 * depth, with {@code x86_64-w64-mingw32-gcc} against MinGW-w64's headers and compares them. A header class
 * loads its DLL only when one of its functions is first used, from the system directory
 * ({@code SystemLibrary}); its constants can be read on any OS.
 */
package io.mediacapture.windows.sdk;
