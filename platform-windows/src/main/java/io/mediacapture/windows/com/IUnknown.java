package io.mediacapture.windows.com;

/** IUnknown: the three methods every COM interface starts with. */
public final class IUnknown {
    private IUnknown() {
    }

    @CName("IID_IUnknown")
    public static final Guid IID = Guid.parse("{00000000-0000-0000-C000-000000000046}");

    public static final ComMethod QUERY_INTERFACE = ComMethod.hr("IUnknown", "QueryInterface", 0,
            WinTypes.POINTER, WinTypes.POINTER);
    public static final ComMethod ADD_REF = ComMethod.ulong("IUnknown", "AddRef", 1);
    public static final ComMethod RELEASE = ComMethod.ulong("IUnknown", "Release", 2);

    /** The number of IUnknown slots; an interface's own methods start here. */
    public static final int FIRST_OWN_SLOT = 3;
}
