package io.mediacapture.windows.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.ComMethod;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.com.PropertyKey;
import io.mediacapture.windows.com.WinTypes;
import java.io.IOException;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every struct layout, GUID, property key, vtable slot and constant of the module, compared with what
 * MinGW-w64's x86_64-w64-mingw32-gcc computes from the real Windows SDK headers. The compiled object cannot
 * run here, so the values are taken at compile time: the generated C file puts them in two sections of
 * static data (.mcvals: 64-bit values; .mcguid: GUIDs) that objcopy extracts; entry i of each is compared
 * with the Java value that generated it. Found by reflection over the module's classes, so a new constant
 * is checked as soon as it exists; a GUID, property key or struct layout without {@link CName} fails.
 */
class WindowsAbiTest {
    private static final String GCC = "x86_64-w64-mingw32-gcc";
    private static final String OBJCOPY = "x86_64-w64-mingw32-objcopy";

    private record Value(String what, String cExpr, long java, long mask) {
    }

    private record GuidEntry(String what, String cExpr, Guid java) {
    }

    private final List<Value> values = new ArrayList<>();
    /** Function prototypes that must be the headers' own: (function name, C function type). */
    private final List<String[]> prototypes = new ArrayList<>();
    private final List<GuidEntry> guids = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Values the MinGW-w64 headers lack ({@link io.mediacapture.windows.com.SdkOnly}): listed, not compared. */
    private final List<String> sdkOnly = new ArrayList<>();

    @Test
    void everyConstantMatchesTheMinGwHeaders() throws Exception {
        requireTool(GCC);
        requireTool(OBJCOPY);
        for (Class<?> c : moduleClasses()) {
            collect(c);
        }
        assertTrue(values.size() > 100, "too few values found: " + values.size());
        assertTrue(guids.size() > 30, "too few GUIDs found: " + guids.size());
        assertTrue(problems.isEmpty(), "constants nobody checks:\n" + String.join("\n", problems));

        Path dir = Files.createTempDirectory("mc-win-abi");
        Path c = dir.resolve("abi.c");
        Files.writeString(c, cSource());
        run(dir, GCC, "-c", "-O0", "-w", "-o", "abi.o", "abi.c");
        run(dir, OBJCOPY, "-O", "binary", "--only-section=.mcvals", "abi.o", "vals.bin");
        run(dir, OBJCOPY, "-O", "binary", "--only-section=.mcguid", "abi.o", "guids.bin");
        ByteBuffer v = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("vals.bin"))).order(ByteOrder.LITTLE_ENDIAN);
        byte[] g = Files.readAllBytes(dir.resolve("guids.bin"));

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value e = values.get(i);
            long truth = v.getLong(8 * i);
            if ((truth & e.mask()) != (e.java() & e.mask())) {
                mismatches.add(e.what() + ": Java has " + e.java() + " (0x" + Long.toHexString(e.java() & e.mask())
                        + "), " + e.cExpr() + " is " + truth + " (0x" + Long.toHexString(truth & e.mask()) + ")");
            }
        }
        for (int i = 0; i < guids.size(); i++) {
            GuidEntry e = guids.get(i);
            Guid truth = Guid.read(java.lang.foreign.MemorySegment.ofArray(java.util.Arrays.copyOfRange(g, 16 * i, 16 * i + 16)));
            if (!truth.equals(e.java())) {
                mismatches.add(e.what() + ": Java has " + e.java() + ", " + e.cExpr() + " is " + truth);
            }
        }
        System.out.println("WindowsAbiTest: compared " + values.size() + " values, " + guids.size()
                + " GUIDs and " + prototypes.size() + " function prototypes with " + GCC + "; not in these headers, "
                + "unchecked here:\n  " + String.join("\n  ", sdkOnly));
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " differences from the Windows headers:\n" + String.join("\n", mismatches));
        }
    }

    private void collect(Class<?> c) throws ReflectiveOperationException {
        CName type = c.getAnnotation(CName.class);
        if (type != null) {
            // A struct in jextract's shape: its layout() against the C struct, every member at every depth.
            java.lang.reflect.Method layout = c.getMethod("layout");
            struct(c.getSimpleName(), type.value(), (StructLayout) layout.invoke(null));
        }
        for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
            CName proto = m.getAnnotation(CName.class);
            if (proto != null) {
                function(c.getSimpleName() + "." + m.getName(), proto.value(), m);
            }
        }
        List<Field> fields = Stream.of(c.getDeclaredFields()).filter(f -> Modifier.isStatic(f.getModifiers())
                && Modifier.isFinal(f.getModifiers())).toList();
        boolean relevant = fields.stream().anyMatch(f -> f.isAnnotationPresent(CName.class)
                || f.getType() == ComMethod.class || f.getType() == Guid.class || f.getType() == PropertyKey.class);
        if (!relevant) {
            return; // never initialise classes that only load DLLs
        }
        for (Field f : fields) {
            f.setAccessible(true);
            String where = c.getSimpleName() + "." + f.getName();
            CName cn = f.getAnnotation(CName.class);
            Class<?> t = f.getType();
            io.mediacapture.windows.com.SdkOnly only = f.getAnnotation(io.mediacapture.windows.com.SdkOnly.class);
            if (only != null) {
                if (cn != null) {
                    problems.add(where + " has both @CName and @SdkOnly");
                }
                sdkOnly.add(where + " = " + only.value() + " (checked against " + only.checkedAgainst() + ")");
                continue;
            }
            if (t == ComMethod.class) {
                ComMethod m = (ComMethod) f.get(null);
                values.add(new Value(where + " (vtable slot of " + m + ")",
                        "offsetof(" + m.iface() + "Vtbl, " + m.method() + ") / sizeof(void*)", m.slot(), -1L));
            } else if (t == Guid.class || t == PropertyKey.class || MemoryLayout.class.isAssignableFrom(t)) {
                if (cn == null) {
                    if (!f.getName().equals("NULL")) {
                        problems.add(where + " has no @CName");
                    }
                    continue;
                }
                if (t == Guid.class) {
                    guids.add(new GuidEntry(where, cn.value(), (Guid) f.get(null)));
                } else if (t == PropertyKey.class) {
                    PropertyKey k = (PropertyKey) f.get(null);
                    guids.add(new GuidEntry(where + ".fmtid", cn.value() + ".fmtid", k.fmtid()));
                    values.add(new Value(where + ".pid", cn.value() + ".pid", k.pid(), 0xFFFFFFFFL));
                } else if (f.get(null) instanceof StructLayout sl) {
                    struct(where, cn.value(), sl);
                } else {
                    values.add(new Value(where + " size", "sizeof(" + cn.value() + ")", ((MemoryLayout) f.get(null)).byteSize(), -1L));
                }
            } else if (cn != null) {
                long mask = t == int.class ? 0xFFFFFFFFL : t == short.class ? 0xFFFFL : -1L;
                long java = t == int.class ? f.getInt(null) : t == short.class ? f.getShort(null) : f.getLong(null);
                values.add(new Value(where, cn.value(), java, mask));
            }
        }
    }

    /**
     * A function of a header class: its C prototype (as written in its {@code @CName}) must be the header's
     * (a {@code _Static_assert} on the function's type), and each Java parameter and the result must have
     * the size of the C type in that position.
     */
    private void function(String where, String prototype, java.lang.reflect.Method m) {
        java.util.regex.Matcher p = java.util.regex.Pattern.compile("^\\s*(.+?)\\s*\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\((.*)\\)\\s*$")
                .matcher(prototype);
        if (!p.matches() || !p.group(2).equals(m.getName())) {
            problems.add(where + ": @CName \"" + prototype + "\" is not a prototype of " + m.getName());
            return;
        }
        String ret = p.group(1);
        String params = p.group(3).trim();
        List<String> types = new ArrayList<>();
        if (!params.isEmpty() && !params.equals("void")) {
            for (String param : params.split(",")) {
                java.util.regex.Matcher t = java.util.regex.Pattern.compile("^(.*?)\\s*\\b[A-Za-z_][A-Za-z0-9_]*\\s*$")
                        .matcher(param.trim());
                types.add(t.matches() ? t.group(1).trim() : param.trim());
            }
        }
        if (types.size() != m.getParameterCount()) {
            problems.add(where + ": Java takes " + m.getParameterCount() + " arguments, the prototype " + types.size());
            return;
        }
        prototypes.add(new String[]{m.getName(), ret + " (" + (types.isEmpty() ? "void" : String.join(", ", types)) + ")"});
        for (int i = 0; i < types.size(); i++) {
            values.add(new Value(where + " argument " + i + " (" + types.get(i) + ") size", "sizeof(" + types.get(i) + ")",
                    javaSize(m.getParameterTypes()[i]), -1L));
        }
        if (!ret.equals("void")) {
            values.add(new Value(where + " result (" + ret + ") size", "sizeof(" + ret + ")", javaSize(m.getReturnType()), -1L));
        }
    }

    /** The size a Java carrier type stands for in a downcall (MemorySegment: a pointer). */
    private static long javaSize(Class<?> t) {
        if (t == int.class) {
            return 4;
        } else if (t == long.class || t == java.lang.foreign.MemorySegment.class) {
            return 8;
        } else if (t == short.class) {
            return 2;
        } else if (t == byte.class) {
            return 1;
        }
        throw new IllegalArgumentException("no C size for " + t);
    }

    private void struct(String where, String cType, StructLayout layout) {
        values.add(new Value(where + " size", "sizeof(" + cType + ")", layout.byteSize(), -1L));
        members(where, cType, layout, layout, "", List.of());
    }

    /**
     * Every named member of {@code group} (nested structs and unions too), by its C member path; a member named
     * "$anon..." stands for an anonymous C union or struct, whose members C names directly.
     */
    private void members(String where, String cType, StructLayout root, GroupLayout group, String cPrefix,
                         List<MemoryLayout.PathElement> path) {
        for (MemoryLayout member : group.memberLayouts()) {
            if (member.name().isEmpty()) {
                continue; // padding
            }
            String n = member.name().get();
            boolean anonymous = n.startsWith("$anon");
            String cPath = anonymous ? cPrefix : cPrefix + n;
            List<MemoryLayout.PathElement> p = new ArrayList<>(path);
            p.add(MemoryLayout.PathElement.groupElement(n));
            MemoryLayout.PathElement[] pe = p.toArray(MemoryLayout.PathElement[]::new);
            if (!anonymous) {
                values.add(new Value(where + "." + cPath + " offset", "offsetof(" + cType + ", " + cPath + ")",
                        root.byteOffset(pe), -1L));
                values.add(new Value(where + "." + cPath + " size", "sizeof(((" + cType + " *)0)->" + cPath + ")",
                        member.byteSize(), -1L));
            }
            if (member instanceof GroupLayout g) {
                members(where, cType, root, g, anonymous ? cPrefix : cPath + ".", p);
            }
        }
    }

    private String cSource() {
        StringBuilder s = new StringBuilder("""
                #define INITGUID
                #define COBJMACROS
                #include <windows.h>
                #include <objbase.h>
                #include <propidl.h>
                #include <mfapi.h>
                #include <mfidl.h>
                #include <mfobjects.h>
                #include <mfreadwrite.h>
                #include <mferror.h>
                #include <mmdeviceapi.h>
                #include <audioclient.h>
                #include <functiondiscoverykeys_devpkey.h>
                #include <mmreg.h>
                #include <ks.h>
                #include <ksmedia.h>
                #include <mfcaptureengine.h>
                #include <devicetopology.h> /* IKsControl (audioclient.h hides ks.h's declaration) */
                #include <cfgmgr32.h>
                #include <strmif.h>
                #include <devpkey.h>
                #include <stddef.h>
                __attribute__((section(".mcvals"), used)) static const unsigned long long mc_values[] = {
                """);
        for (Value v : values) {
            s.append("  (unsigned long long)(").append(v.cExpr()).append("), /* ").append(v.what()).append(" */\n");
        }
        s.append("};\n__attribute__((section(\".mcguid\"), used)) static const GUID mc_guids[] = {\n");
        for (GuidEntry g : guids) {
            s.append("  ").append(g.cExpr()).append(", /* ").append(g.what()).append(" */\n");
        }
        s.append("};\n");
        for (String[] f : prototypes) {
            s.append("_Static_assert(__builtin_types_compatible_p(__typeof__(").append(f[0]).append("), ").append(f[1])
                    .append("), \"the prototype of ").append(f[0]).append(" is not ").append(f[1]).append("\");\n");
        }
        return s.toString();
    }

    private static List<Class<?>> moduleClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of(WinTypes.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/mediacapture/windows"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                out.add(Class.forName(name, false, WindowsAbiTest.class.getClassLoader()));
            }
        }
        return out;
    }

    private static void requireTool(String tool) {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
        if (!found) {
            String why = tool + " is not installed (Debian package gcc-mingw-w64-x86-64)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    private static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " timed out");
        }
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed (in " + dir + "):\n" + out);
    }
}
