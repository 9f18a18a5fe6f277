package io.mediacapture.internal.constraints;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * WebIDL conversions from the loosely typed values of a {@code Map} (the Java stand-in for a JavaScript
 * object literal) to the IDL types of the constraint dictionaries. Every failure is an
 * {@link IllegalArgumentException} (a WebIDL TypeError) naming the member and the type expected.
 *
 * <p>Stricter than JavaScript on purpose: where WebIDL would silently coerce (a string to a boolean, -1 to
 * 4294967295, NaN to 0) we reject, because in Java such a value is a programming error, not a habit of
 * the language. docs/CONFORMANCE.md lists these deviations.
 */
public final class WebIdl {
    /** Largest value of an IDL {@code unsigned long}. */
    public static final long MAX_ULONG = 0xFFFF_FFFFL;

    private WebIdl() {
    }

    /** IDL {@code unsigned long}: an integral {@link Number} in [0, 2^32-1] (a fractional one is truncated). */
    public static long toULong(String member, Object v) {
        if (!(v instanceof Number n)) {
            throw typeError(member, "an unsigned long (Number)", v);
        }
        double d;
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            long l = n.longValue();
            if (l < 0 || l > MAX_ULONG) {
                throw new IllegalArgumentException(member + ": " + l + " is outside the unsigned long range 0.."
                        + MAX_ULONG);
            }
            return l;
        } else if (n instanceof BigInteger || n instanceof BigDecimal) {
            d = new BigDecimal(n.toString()).doubleValue();
        } else {
            d = n.doubleValue();
        }
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(member + ": " + n + " is not a finite unsigned long");
        }
        // WebIDL truncates toward zero before range-checking.
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        if (t < 0 || t > MAX_ULONG) {
            throw new IllegalArgumentException(member + ": " + n + " is outside the unsigned long range 0.."
                    + MAX_ULONG);
        }
        return (long) t;
    }

    /** IDL {@code double} (restricted): a finite {@link Number}. */
    public static double toDouble(String member, Object v) {
        if (!(v instanceof Number n)) {
            throw typeError(member, "a double (Number)", v);
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(member + ": " + n + " is not a finite double");
        }
        return d;
    }

    public static boolean toBoolean(String member, Object v) {
        if (!(v instanceof Boolean b)) {
            throw typeError(member, "a boolean (Boolean)", v);
        }
        return b;
    }

    public static String toDOMString(String member, Object v) {
        if (!(v instanceof CharSequence s)) {
            throw typeError(member, "a DOMString (String)", v);
        }
        return s.toString();
    }

    /** {@code (DOMString or sequence<DOMString>)} as an immutable list. */
    public static List<String> toStringOrSequence(String member, Object v) {
        if (v instanceof CharSequence s) {
            return List.of(s.toString());
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(toDOMString(member + "[" + i + "]", list.get(i)));
            }
            return Collections.unmodifiableList(out);
        }
        throw typeError(member, "a DOMString or sequence<DOMString> (String or List)", v);
    }

    /** {@code (boolean or DOMString)}: a Boolean or a String, returned as is. */
    public static Object toBooleanOrDOMString(String member, Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        throw typeError(member, "a boolean or DOMString (Boolean or String)", v);
    }

    /** A nested dictionary; {@code null} means absent (as {@code undefined} would). */
    @SuppressWarnings("unchecked")
    public static Map<String, ?> toDictionary(String member, Object v) {
        if (v instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (!(k instanceof String)) {
                    throw new IllegalArgumentException(member + ": dictionary keys must be Strings, got "
                            + describe(k));
                }
            }
            return (Map<String, ?>) m;
        }
        throw typeError(member, "a dictionary (Map)", v);
    }

    public static List<?> toSequence(String member, Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw typeError(member, "a sequence (List)", v);
    }

    /** A top-level dictionary argument: null is an empty dictionary, as WebIDL treats undefined/null. */
    public static Map<String, ?> orEmpty(Map<String, ?> map) {
        return map == null ? Map.of() : toDictionary("dictionary", map);
    }

    public static IllegalArgumentException typeError(String member, String expected, Object got) {
        return new IllegalArgumentException(member + ": expected " + expected + ", got " + describe(got));
    }

    /**
     * What a wrong value was, for the message. Only the JDK's own scalar types are printed: a dictionary or
     * sequence may nest deeper than any stack (its toString recurses), and an application's type may throw
     * from toString. Those are described by their type and size alone.
     */
    private static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        String type = v.getClass().getSimpleName().isEmpty() ? v.getClass().getName() : v.getClass().getSimpleName();
        if (v instanceof Map<?, ?> m) {
            return type + " of " + m.size() + " entries";
        }
        if (v instanceof java.util.Collection<?> c) {
            return type + " of " + c.size() + " elements";
        }
        if (v.getClass().isArray()) {
            return type + " of " + java.lang.reflect.Array.getLength(v) + " elements";
        }
        if (!(v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof Enum<?>) || v.getClass().getModule() != Object.class.getModule()) {
            return type; // an application's class: its toString is not ours to call
        }
        String s = String.valueOf(v);
        if (s.length() > 40) {
            s = s.substring(0, 40) + "...";
        }
        return type + " " + (v instanceof CharSequence ? "\"" + s + "\"" : s);
    }
}
