package io.mediacapture.bindings.libc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mediacapture.bindings.testing.CProbe;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.UnionLayout;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the jextract-generated classes (and hand-written ones beside them) with what the C compiler says about the real headers: struct sizes
 * and every member's offset and size, constant values, and function prototypes. Collects every mismatch
 * into one failure message.
 */
public final class AbiChecks {
    private AbiChecks() {}

    /** A bound function: the generated class holding it, the headers declaring it, its C prototype. */
    public record Fn(Class<?> headerClass, List<String> includes, String c) {}

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Sizes and member offsets of each struct class ({@code layout()}, {@code x$offset()}) against C. */
    public static void assertStructs(List<String> includes, List<String> cflags, List<Class<?>> structClasses) {
        Map<String, Long> java = new LinkedHashMap<>();
        List<CProbe.Expr> exprs = new ArrayList<>();
        for (Class<?> cls : structClasses) {
            GroupLayout layout = (GroupLayout) invoke(cls, "layout");
            String ctype = "struct " + layout.name().orElseThrow();
            add(java, exprs, "sizeof(" + ctype + ")", "sizeof(" + ctype + ")", layout.byteSize());
            members(ctype, "", 0, layout, java, exprs);
            // The accessor offsets must agree too (they flatten anonymous unions).
            for (Method m : cls.getDeclaredMethods()) {
                String name = m.getName();
                if (name.endsWith("$offset") && m.getParameterCount() == 0 && Modifier.isStatic(m.getModifiers())) {
                    String field = name.substring(0, name.length() - "$offset".length());
                    add(java, exprs, ctype + "::" + field + "$offset()", "offsetof(" + ctype + ", " + field + ")",
                            (Long) invoke(cls, name));
                }
            }
        }
        compare("struct layouts", java, CProbe.evaluate(includes, cflags, exprs));
    }

    private static void members(String ctype, String prefix, long base, GroupLayout group,
                                Map<String, Long> java, List<CProbe.Expr> exprs) {
        for (MemoryLayout member : group.memberLayouts()) {
            if (member instanceof PaddingLayout) {
                continue;
            }
            String name = member.name().orElseThrow(() -> new AssertionError("unnamed member in " + ctype));
            long offset = base + (group instanceof UnionLayout ? 0 : group.byteOffset(MemoryLayout.PathElement.groupElement(name)));
            if (name.startsWith("$anon$")) {
                // Anonymous union: C names its members as if they were the enclosing struct's.
                members(ctype, prefix, offset, (GroupLayout) member, java, exprs);
                continue;
            }
            String path = prefix + name;
            add(java, exprs, ctype + "." + path, "offsetof(" + ctype + ", " + path + ")", offset);
            boolean flexibleArray = member instanceof SequenceLayout s && s.elementCount() == 0;
            if (!flexibleArray) {
                add(java, exprs, "sizeof(" + ctype + "." + path + ")", "sizeof(((" + ctype + " *)0)->" + path + ")",
                        member.byteSize());
            }
            if (member instanceof GroupLayout nested) {
                members(ctype, path + ".", offset, nested, java, exprs);
            }
        }
    }

    /**
     * Every constant of {@code holder}: public static no-argument methods (jextract's shape) or public
     * static final fields named in upper case, of type int, long or MemorySegment (an address).
     */
    public static void assertConstants(List<String> includes, List<String> cflags, Class<?> holder) {
        Map<String, Long> java = new LinkedHashMap<>();
        List<CProbe.Expr> exprs = new ArrayList<>();
        Map<String, Boolean> isInt = new LinkedHashMap<>();
        for (Method m : holder.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                    && CONSTANT.matcher(m.getName()).matches()) {
                constant(m.getName(), invoke(holder, m.getName()), java, exprs, isInt);
            }
        }
        for (Field f : holder.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                    && CONSTANT.matcher(f.getName()).matches() && !f.getName().startsWith("C_")) {
                try {
                    constant(f.getName(), f.get(null), java, exprs, isInt);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertTrue(!java.isEmpty(), "no constants found in " + holder.getName());
        Map<String, Long> c = CProbe.evaluate(includes, cflags, exprs);
        // An int constant stands for a C value of 32 bits, signed or not: compare the low 32 bits.
        Map<String, Long> cAsJava = new LinkedHashMap<>();
        c.forEach((k, v) -> cAsJava.put(k, Boolean.TRUE.equals(isInt.get(k)) ? (long) v.intValue() : v));
        compare("constants of " + holder.getSimpleName(), java, cAsJava);
    }

    private static void constant(String name, Object value, Map<String, Long> java, List<CProbe.Expr> exprs,
                                 Map<String, Boolean> isInt) {
        long v;
        if (value instanceof Integer i) {
            v = i;
            isInt.put(name, true);
        } else if (value instanceof Long l) {
            v = l;
        } else if (value instanceof MemorySegment s) {
            v = s.address();
        } else {
            return;
        }
        add(java, exprs, name, value instanceof MemorySegment ? "(intptr_t)(" + name + ")" : name, v);
    }

    /**
     * For every function: its C prototype is the header's (compared by the compiler with
     * {@code __builtin_types_compatible_p}), and its Java descriptor has one layout per C parameter, of the
     * C parameter's size, with addresses exactly for pointers.
     */
    public static void assertPrototypes(List<String> cflags, List<Fn> functions) {
        Map<String, Long> java = new LinkedHashMap<>();
        List<CProbe.Expr> exprs = new ArrayList<>();
        LinkedHashSet<String> includes = new LinkedHashSet<>();
        List<String> shapeErrors = new ArrayList<>();
        for (Fn fn : functions) {
            includes.addAll(fn.includes());
            Matcher m = Pattern.compile("^(.*?)\\b(\\w+)\\s*\\((.*)\\)$").matcher(fn.c());
            if (!m.matches()) {
                throw new AssertionError("cannot parse prototype " + fn.c());
            }
            String ret = m.group(1).trim();
            String name = m.group(2);
            String params = m.group(3).trim();
            List<String> types = new ArrayList<>();
            boolean variadic = false;
            if (!params.isEmpty() && !params.equals("void")) {
                for (String p : params.split(",")) {
                    p = p.trim();
                    if (p.equals("...")) {
                        variadic = true;
                    } else {
                        types.add(p.replaceFirst("\\w+$", "").trim());
                    }
                }
            }
            add(java, exprs, name + " prototype", "__builtin_types_compatible_p(__typeof__(&" + name + "), "
                    + ret + " (*)(" + params + "))", 1);
            FunctionDescriptor d = variadic ? baseDescriptor(fn.headerClass(), name)
                    : (FunctionDescriptor) invoke(fn.headerClass(), name + "$descriptor");
            if (d.argumentLayouts().size() != types.size()) {
                shapeErrors.add(name + ": Java has " + d.argumentLayouts().size() + " parameters, C " + types.size());
                continue;
            }
            for (int i = 0; i < types.size(); i++) {
                checkType(name + " parameter " + i, types.get(i), d.argumentLayouts().get(i), java, exprs, shapeErrors);
            }
            if (ret.equals("void")) {
                if (d.returnLayout().isPresent()) {
                    shapeErrors.add(name + ": Java returns a value, C returns void");
                }
            } else if (d.returnLayout().isEmpty()) {
                shapeErrors.add(name + ": Java returns void, C returns " + ret);
            } else {
                checkType(name + " result", ret, d.returnLayout().get(), java, exprs, shapeErrors);
            }
        }
        if (!shapeErrors.isEmpty()) {
            fail("function descriptors do not match their C prototypes:\n  " + String.join("\n  ", shapeErrors));
        }
        compare("function prototypes", java, CProbe.evaluate(new ArrayList<>(includes), cflags, exprs));
    }

    private static void checkType(String what, String ctype, MemoryLayout layout, Map<String, Long> java,
                                  List<CProbe.Expr> exprs, List<String> errors) {
        boolean pointer = ctype.contains("*") || ctype.endsWith("_handler_t");
        if (pointer != layout instanceof AddressLayout) {
            errors.add(what + ": C type " + ctype + " but Java layout " + layout);
        }
        add(java, exprs, "sizeof " + what + " (" + ctype + ")", "sizeof(" + ctype + ")", layout.byteSize());
    }

    private static FunctionDescriptor baseDescriptor(Class<?> header, String name) {
        for (Class<?> nested : header.getDeclaredClasses()) {
            if (nested.getSimpleName().equals(name)) {
                // jextract's variadic invoker for no variadic arguments has the named parameters only.
                try {
                    Object invoker = nested.getMethod("makeInvoker", MemoryLayout[].class)
                            .invoke(null, (Object) new MemoryLayout[0]);
                    return (FunctionDescriptor) nested.getMethod("descriptor").invoke(invoker);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot call " + nested.getName() + ".makeInvoker().descriptor()", e);
                }
            }
        }
        throw new AssertionError("no variadic invoker class " + header.getSimpleName() + "." + name);
    }

    private static void add(Map<String, Long> java, List<CProbe.Expr> exprs, String key, String expr, long value) {
        java.put(key, value);
        exprs.add(CProbe.of(key, expr));
    }

    private static void compare(String what, Map<String, Long> java, Map<String, Long> c) {
        List<String> diffs = new ArrayList<>();
        java.forEach((k, v) -> {
            Long cv = c.get(k);
            if (cv == null) {
                diffs.add(k + ": no value from C");
            } else if (cv.longValue() != v.longValue()) {
                diffs.add(k + ": Java " + v + ", C " + cv);
            }
        });
        if (!diffs.isEmpty()) {
            fail(what + " differ from the C headers (" + diffs.size() + " of " + java.size() + "):\n  "
                    + String.join("\n  ", diffs));
        }
    }

    private static Object invoke(Class<?> cls, String method) {
        try {
            Method m = cls.getDeclaredMethod(method);
            m.setAccessible(true);
            return m.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot call " + cls.getName() + "." + method + "()", e);
        }
    }
}
