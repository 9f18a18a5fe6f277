package io.mediacapture.macos.testing;

import io.mediacapture.testing.Peers;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the test's C and Objective-C fixtures (src/test/native) with the host compilers, once per JVM:
 * gcc with gobjc for the Foundation stand-ins (against GCC's libobjc), clang -fblocks for the blocks caller
 * (against libBlocksRuntime), gcc for the layout probe. A missing compiler or library fails under CI=true and
 * skips elsewhere, with the Debian package to install.
 */
public final class NativeFixture {
    private static final Path SOURCES = Path.of("src/test/native").toAbsolutePath();
    private static Path dir;
    private static SymbolLookup standins;
    private static SymbolLookup blocks;

    private NativeFixture() {}

    /** The Foundation stand-ins and test classes, loaded (this also loads libobjc.so.4). */
    public static synchronized SymbolLookup standins() {
        if (standins == null) {
            Peers.require(has("gcc") && Files.exists(Path.of(run(List.of("gcc", "-print-prog-name=cc1obj")).strip())),
                    "gcc with Objective-C support (Debian packages gobjc, libobjc4)");
            Path so = out("libstandins.so");
            compile(List.of("gcc", "-std=gnu11", "-shared", "-fPIC", "-o", so.toString(),
                    SOURCES.resolve("foundation_standins.m").toString(), "-lobjc", "-lpthread"));
            standins = SymbolLookup.libraryLookup(so, Arena.global());
        }
        return standins;
    }

    /** The clang-compiled blocks caller (this also loads libBlocksRuntime). */
    public static synchronized SymbolLookup blocksCaller() {
        if (blocks == null) {
            Peers.require(has("clang"), "clang for -fblocks (Debian package clang)");
            Peers.require(Files.exists(Path.of("/usr/include/Block.h")), "the blocks runtime (Debian package libblocksruntime-dev)");
            Path so = out("libblockscaller.so");
            compile(List.of("clang", "-fblocks", "-shared", "-fPIC", "-o", so.toString(),
                    SOURCES.resolve("blocks_caller.c").toString(), "-lBlocksRuntime", "-lpthread"));
            blocks = SymbolLookup.libraryLookup(so, Arena.global());
        }
        return blocks;
    }

    /** The layout probe's output: "name size" and "struct.field offset" lines. */
    public static synchronized List<String> layoutReport() {
        Peers.require(has("gcc"), "gcc (Debian package gcc)");
        Path exe = out("layouts");
        compile(List.of("gcc", "-o", exe.toString(), SOURCES.resolve("layouts.c").toString()));
        return run(List.of(exe.toString())).lines().toList();
    }

    public static MethodHandle function(SymbolLookup lib, String name, FunctionDescriptor fd) {
        return Linker.nativeLinker().downcallHandle(lib.find(name).orElseThrow(), fd);
    }

    private static Path out(String name) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("mc-macos-fixture");
                dir.toFile().deleteOnExit();
            }
            return dir.resolve(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean has(String tool) {
        for (String p : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(p, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void compile(List<String> cmd) {
        run(cmd);
    }

    private static String run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed (" + p.exitValue() + "):\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
