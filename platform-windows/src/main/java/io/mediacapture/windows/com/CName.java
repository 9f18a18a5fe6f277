package io.mediacapture.windows.com;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The C expression, in the Windows SDK headers, whose value a Java constant must equal: a GUID name, a
 * {@code #define}d or enum constant, or a struct tag for a layout. The ABI test compiles every annotated
 * constant with MinGW-w64 against the real headers and compares, so a constant without it is a constant
 * nobody checked. On a class (a struct in jextract's shape), the struct's type name: its {@code layout()} is
 * checked member by member. On a function's method (a header class in jextract's shape), the C prototype:
 * checked to be the header's, and the method's Java types against the sizes of its C types.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE, ElementType.METHOD})
public @interface CName {
    /** The C expression; for a struct layout the struct's type name. */
    String value();
}
