package io.mediacapture.bindings.spa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.testing.CProbe;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the jextract-generated classes (and hand-written ones beside them) with the C compiler's view of the real headers: struct sizes, alignments and
 * field offsets (from each class's {@code layout()}, and its {@code field$offset()} methods), and every
 * constant a header class exposes (found by reflection, so a new constant cannot escape the check).
 */
public final class AbiAssertions {
    private AbiAssertions() {}

    /** Checks every struct class against {@code struct <simple class name>} in C. */
    public static void assertStructsMatch(List<String> includes, List<String> cflags, List<Class<?>> structs)
            throws ReflectiveOperationException {
        List<CProbe.Expr> exprs = new ArrayList<>();
        for (Class<?> c : structs) {
            String type = "struct " + c.getSimpleName();
            exprs.add(CProbe.sizeOf(type));
            exprs.add(CProbe.of("alignof(" + type + ")", "_Alignof(" + type + ")"));
            for (MemoryLayout m : layout(c).memberLayouts()) {
                if (!(m instanceof PaddingLayout)) {
                    exprs.add(CProbe.offsetOf(type, m.name().orElseThrow()));
                }
            }
        }
        Map<String, Long> truth = CProbe.evaluate(includes, cflags, exprs);
        Map<String, String> mismatches = new TreeMap<>();
        int checked = 0;
        for (Class<?> c : structs) {
            String type = "struct " + c.getSimpleName();
            GroupLayout l = layout(c);
            checked += compare(mismatches, "sizeof(" + type + ")", truth, l.byteSize());
            checked += compare(mismatches, "alignof(" + type + ")", truth, l.byteAlignment());
            assertEquals(l.byteSize(), (long) c.getMethod("sizeof").invoke(null), c + ".sizeof()");
            for (MemoryLayout m : l.memberLayouts()) {
                if (m instanceof PaddingLayout) {
                    continue;
                }
                String field = m.name().orElseThrow();
                long offset = (long) c.getMethod(field + "$offset").invoke(null);
                assertEquals(l.byteOffset(MemoryLayout.PathElement.groupElement(field)), offset,
                        c.getSimpleName() + "." + field + "$offset() disagrees with layout()");
                checked += compare(mismatches, type + "." + field, truth, offset);
            }
        }
        assertTrue(mismatches.isEmpty(), "Java layouts differ from the C headers (name: java vs C): " + mismatches);
        assertTrue(checked > structs.size() * 3, "too few values checked: " + checked);
    }

    private static GroupLayout layout(Class<?> c) throws ReflectiveOperationException {
        return (GroupLayout) c.getMethod("layout").invoke(null);
    }

    private static int compare(Map<String, String> mismatches, String name, Map<String, Long> truth, long java) {
        Long c = truth.get(name);
        if (c == null || c != java) {
            mismatches.put(name, java + " vs " + c);
        }
        return 1;
    }

    /** Public static no-argument {@code int} methods whose names start with {@code prefix}: jextract's constants. */
    public static Map<String, Integer> intConstants(Class<?> header, String prefix) throws ReflectiveOperationException {
        Map<String, Integer> out = new TreeMap<>();
        for (Method m : header.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == int.class
                    && m.getName().startsWith(prefix)) {
                out.put(m.getName(), (Integer) m.invoke(null));
            }
        }
        return out;
    }

    /** Like {@link #intConstants} for string macros (jextract returns them as C strings). */
    public static Map<String, String> stringConstants(Class<?> header, String prefix) throws ReflectiveOperationException {
        Map<String, String> out = new TreeMap<>();
        for (Method m : header.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                    && m.getReturnType() == MemorySegment.class && m.getName().startsWith(prefix)
                    && !m.getName().contains("$")) {
                out.put(m.getName(), ((MemorySegment) m.invoke(null)).getString(0));
            }
        }
        return out;
    }

    /** Checks each Java constant against the C expression of the same name, compared as 32-bit values. */
    public static void assertIntConstantsMatch(List<String> includes, List<String> cflags, Map<String, Integer> java) {
        List<CProbe.Expr> exprs = new ArrayList<>();
        java.keySet().forEach(n -> exprs.add(CProbe.of(n, n)));
        Map<String, Long> truth = CProbe.evaluate(includes, cflags, exprs);
        Map<String, String> mismatches = new TreeMap<>();
        java.forEach((n, v) -> {
            Long c = truth.get(n);
            if (c == null || c.intValue() != v) {
                mismatches.put(n, v + " vs " + c);
            }
        });
        assertTrue(mismatches.isEmpty(), "constants differ from the C headers (java vs C): " + mismatches);
    }

    /** Checks each Java string constant against the C string macro of the same name. */
    public static void assertStringConstantsMatch(List<String> includes, List<String> cflags, Map<String, String> java) {
        StringBuilder c = new StringBuilder("#include <stdio.h>\n");
        includes.forEach(i -> c.append("#include <").append(i).append(">\n"));
        c.append("int main(void) {\n");
        java.keySet().forEach(n -> c.append("  printf(\"%s=%s\\n\", \"").append(n).append("\", ").append(n).append(");\n"));
        c.append("  return 0;\n}\n");
        Map<String, String> truth = new TreeMap<>();
        for (String line : CProbe.compileAndRun(c.toString(), cflags, List.of()).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                truth.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        Map<String, String> mismatches = new TreeMap<>();
        java.forEach((n, v) -> {
            if (!v.equals(truth.get(n))) {
                mismatches.put(n, v + " vs " + truth.get(n));
            }
        });
        assertTrue(mismatches.isEmpty(), "string constants differ from the C headers (java vs C): " + mismatches);
    }
}
