package io.mediacapture.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public API shows only the consumer side: what an application can reach in the public packages (public and
 * protected constructors, methods, fields and supertypes of their accessible classes) names no type of the SPI
 * ({@code io.mediacapture.spi}, for backends) or of core's internals ({@code io.mediacapture.internal.*}). Frames,
 * for one, are built by producers through {@code spi.FrameBuffer}, not through public constructors.
 *
 * <p>{@code io.mediacapture.fake} is checked for internal types only: it configures a backend (the fake devices),
 * which it describes in the SPI's own terms, as every backend does ({@code VideoMode}, {@code CameraControl}).
 */
class PublicApiSignaturesTest {
    private static final Set<String> PUBLIC_PACKAGES = Set.of("io.mediacapture", "io.mediacapture.audio",
            "io.mediacapture.media", "io.mediacapture.swing");
    private static final String BACKEND_CONFIGURATION_PACKAGE = "io.mediacapture.fake";

    @Test
    void publicPackagesNameNoSpiOrInternalType() {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Set<String>> e : CoreClasses.classesByPackage().entrySet()) {
            String pkg = e.getKey();
            boolean spiAllowed = pkg.equals(BACKEND_CONFIGURATION_PACKAGE);
            if (!PUBLIC_PACKAGES.contains(pkg) && !spiAllowed) {
                continue;
            }
            for (String name : e.getValue()) {
                checked += check(load(name), spiAllowed, leaks);
            }
        }
        assertTrue(checked > 300, "too few members checked (" + checked + "): were the classes found?");
        assertEquals(List.of(), leaks, "public API members that name SPI or internal types");
    }

    /** Checks an accessible class and its accessible nested classes; returns the number of members checked. */
    private static int check(Class<?> c, boolean spiAllowed, List<String> leaks) {
        if (!Modifier.isPublic(c.getModifiers()) && !Modifier.isProtected(c.getModifiers())) {
            return 0;
        }
        int checked = 0;
        List<Type> supertypes = new ArrayList<>(List.of(c.getGenericInterfaces()));
        if (c.getGenericSuperclass() != null) {
            supertypes.add(c.getGenericSuperclass());
        }
        supertypes.addAll(List.of(c.getTypeParameters()));
        report(c.getName() + " (its supertypes and type parameters)", supertypes, spiAllowed, leaks);
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (accessible(k)) {
                checked++;
                report(k.toGenericString(), signature(k), spiAllowed, leaks);
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (accessible(m) && !m.isBridge()) {
                checked++;
                List<Type> types = signature(m);
                types.add(m.getGenericReturnType());
                report(m.toGenericString(), types, spiAllowed, leaks);
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (accessible(f)) {
                checked++;
                report(f.toGenericString(), List.of(f.getGenericType()), spiAllowed, leaks);
            }
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            checked += check(nested, spiAllowed, leaks);
        }
        return checked;
    }

    private static boolean accessible(Member m) {
        return !m.isSynthetic() && (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()));
    }

    private static List<Type> signature(Executable e) {
        List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
        types.addAll(List.of(e.getGenericExceptionTypes()));
        types.addAll(List.of(e.getTypeParameters()));
        return types;
    }

    private static void report(String member, List<Type> types, boolean spiAllowed, List<String> leaks) {
        Set<Class<?>> named = new HashSet<>();
        for (Type t : types) {
            collect(t, named, new HashSet<>());
        }
        for (Class<?> n : named) {
            String p = n.getPackageName();
            boolean internal = p.equals("io.mediacapture.internal") || p.startsWith("io.mediacapture.internal.");
            boolean spi = p.equals("io.mediacapture.spi");
            if (internal || (spi && !spiAllowed)) {
                leaks.add(member + " names " + n.getName());
            }
        }
    }

    private static void collect(Type t, Set<Class<?>> into, Set<Type> seen) {
        if (!seen.add(t)) {
            return;
        }
        switch (t) {
            case Class<?> c -> {
                Class<?> element = c;
                while (element.isArray()) {
                    element = element.getComponentType();
                }
                into.add(element);
            }
            case ParameterizedType p -> {
                collect(p.getRawType(), into, seen);
                for (Type a : p.getActualTypeArguments()) {
                    collect(a, into, seen);
                }
            }
            case WildcardType w -> {
                for (Type b : w.getUpperBounds()) {
                    collect(b, into, seen);
                }
                for (Type b : w.getLowerBounds()) {
                    collect(b, into, seen);
                }
            }
            case GenericArrayType g -> collect(g.getGenericComponentType(), into, seen);
            case TypeVariable<?> v -> {
                for (Type b : v.getBounds()) {
                    collect(b, into, seen);
                }
            }
            default -> throw new IllegalStateException("unknown kind of type: " + t);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiSignaturesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
