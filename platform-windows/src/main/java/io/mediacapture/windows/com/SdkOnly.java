package io.mediacapture.windows.com;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A constant, GUID or vtable slot of the Windows SDK that the MinGW-w64 headers the ABI test compiles against
 * (Debian 12: mingw-w64 10.0) do not declare, so it cannot be checked like a {@link CName} one. The ABI test
 * lists these instead of failing; {@link #checkedAgainst()} says where the value was taken from by hand. Each is a
 * candidate for {@code CName} as soon as the headers have it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SdkOnly {
    /** The C name in the Windows SDK (for a slot: {@code Interface::Method}). */
    String value();

    /** Where the value was read (header and SDK version, or the documentation page). */
    String checkedAgainst();
}
