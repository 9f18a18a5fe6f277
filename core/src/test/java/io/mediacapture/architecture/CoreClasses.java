package io.mediacapture.architecture;

import io.mediacapture.MediaDevices;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Core's compiled classes and the classes each one refers to, read from the class files' constant pools (every
 * class it names: in code, field and method descriptors, generic signatures, annotations). Nested classes count as
 * their top-level class. Enough for dependency rules, without a library for it.
 */
final class CoreClasses {
    private static final String ROOT = "io/mediacapture/";
    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L(io/mediacapture/[\\w/$]+)[;<]");

    private CoreClasses() {
    }

    /** Top-level class name (dotted) to the top-level classes of core it refers to (itself excluded). */
    static Map<String, Set<String>> dependencies() {
        Path classes = outputDirectory();
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                if (name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
                    continue;
                }
                String self = topLevel(name.substring(0, name.length() - ".class".length()));
                Set<String> into = deps.computeIfAbsent(self, k -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(f)) {
                    for (String ref : referencedClasses(new DataInputStream(in))) {
                        if (ref.startsWith(ROOT)) {
                            String target = topLevel(ref);
                            if (!target.equals(self)) {
                                into.add(target);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read core's classes in " + classes, e);
        }
        return deps;
    }

    /** Every top-level class of core, by package. */
    static Map<String, Set<String>> classesByPackage() {
        Map<String, Set<String>> byPackage = new TreeMap<>();
        for (String c : dependencies().keySet()) {
            byPackage.computeIfAbsent(packageOf(c), k -> new TreeSet<>()).add(c);
        }
        return byPackage;
    }

    static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static Path outputDirectory() {
        try {
            Path p = Path.of(MediaDevices.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(p)) {
                throw new IllegalStateException("core's classes are not a directory here: " + p);
            }
            return p;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String topLevel(String internalName) {
        int nested = internalName.indexOf('$');
        return (nested < 0 ? internalName : internalName.substring(0, nested)).replace('/', '.');
    }

    /** Internal names of the classes a class file's constant pool names (JVMS 4.4). */
    private static Set<String> referencedClasses(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> refs = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0) {
                String n = utf8[classNameIndex[i]];
                Matcher array = DESCRIPTOR_CLASS.matcher(n + ";");
                refs.add(n.startsWith("[") && array.find() ? array.group(1) : n);
            }
            if (utf8[i] != null) {
                Matcher m = DESCRIPTOR_CLASS.matcher(utf8[i]);
                while (m.find()) {
                    refs.add(m.group(1));
                }
            }
        }
        return refs;
    }
}
