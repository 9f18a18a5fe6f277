package io.mediacapture.bindings.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Asks the real C compiler for the truth about the ABI: compiles a program that includes the given
 * headers and prints each integer expression ({@code sizeof(struct x)}, {@code offsetof(struct x, f)},
 * {@code SOME_CONSTANT}), runs it, and returns name -> value.
 *
 * <p>When the compiler or a header is missing the test fails under CI ({@code CI=true}) and is skipped
 * with the compiler's message elsewhere.
 */
public final class CProbe {
    private CProbe() {}

    /** One value to print: {@code name} is how the test refers to it, {@code expr} is C. */
    public record Expr(String name, String expr) {}

    public static Expr of(String name, String expr) {
        return new Expr(name, expr);
    }

    /** Shorthand for {@code sizeof(type)} named {@code "sizeof(type)"}. */
    public static Expr sizeOf(String type) {
        return new Expr("sizeof(" + type + ")", "sizeof(" + type + ")");
    }

    /** Shorthand for {@code offsetof(type, field)} named {@code "type.field"}. */
    public static Expr offsetOf(String type, String field) {
        return new Expr(type + "." + field, "offsetof(" + type + ", " + field + ")");
    }

    /**
     * @param includes headers, e.g. {@code "pipewire/pipewire.h"}
     * @param cflags   extra compiler flags, e.g. {@code -I/usr/include/pipewire-0.3}
     * @param exprs    integer expressions to evaluate
     */
    public static Map<String, Long> evaluate(List<String> includes, List<String> cflags, List<Expr> exprs) {
        StringBuilder c = new StringBuilder("#include <stddef.h>\n#include <stdio.h>\n#include <stdint.h>\n");
        for (String inc : includes) {
            c.append("#include <").append(inc).append(">\n");
        }
        c.append("int main(void) {\n");
        for (Expr e : exprs) {
            c.append("  printf(\"%s=%lld\\n\", \"").append(e.name().replace("\"", "\\\""))
                    .append("\", (long long)(").append(e.expr()).append("));\n");
        }
        c.append("  return 0;\n}\n");
        String out = compileAndRun(c.toString(), cflags, List.of());
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).trim()));
            }
        }
        return values;
    }

    /**
     * Compiles a whole C program with {@code cc}, runs it and returns its standard output.
     *
     * @param ldflags libraries to link, e.g. {@code -lpipewire-0.3}
     */
    public static String compileAndRun(String source, List<String> cflags, List<String> ldflags) {
        try {
            Path dir = Files.createTempDirectory("cprobe");
            Path src = dir.resolve("probe.c");
            Path exe = dir.resolve("probe");
            Files.writeString(src, source);
            List<String> cc = new ArrayList<>(List.of("cc", "-std=gnu11", "-w", "-o", exe.toString(), src.toString()));
            cc.addAll(1, cflags);
            cc.addAll(ldflags);
            Result compiled = run(cc);
            if (compiled.exit != 0) {
                unavailable("C probe did not compile (missing compiler or headers?):\n" + compiled.output
                        + "\n--- source ---\n" + source);
            }
            Result ran = run(List.of(exe.toString()));
            if (ran.exit != 0) {
                fail("C probe exited with " + ran.exit + ":\n" + ran.output);
            }
            return ran.output;
        } catch (IOException e) {
            unavailable("cannot run the C compiler: " + e);
            throw new AssertionError(e);
        }
    }

    /** Output of {@code pkg-config --cflags NAME}, split into flags. */
    public static List<String> pkgConfigCflags(String name) {
        try {
            Result r = run(List.of("pkg-config", "--cflags", name));
            if (r.exit != 0) {
                unavailable("pkg-config --cflags " + name + " failed (is its -dev package installed?): " + r.output);
            }
            List<String> flags = new ArrayList<>();
            for (String f : r.output.trim().split("\\s+")) {
                if (!f.isEmpty()) {
                    flags.add(f);
                }
            }
            return flags;
        } catch (IOException e) {
            unavailable("cannot run pkg-config: " + e);
            throw new AssertionError(e);
        }
    }

    private static void unavailable(String why) {
        if ("true".equals(System.getenv("CI"))) {
            fail(why);
        }
        assumeTrue(false, why);
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + cmd);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
