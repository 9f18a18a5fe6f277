package io.mediacapture.linux.guest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JUnit console launcher's XML report ({@code TEST-*.xml} under {@code --reports-dir}) of a guest run,
 * read on the host: which tests ran, and which failed with what message. {@link #assertAllPassed()} is the
 * host test's verdict on the guest's tests.
 *
 * @param problems       why the report could not be read (empty when it was read)
 * @param tests          every test case, as {@code Class.method()}
 * @param failures       the failed ones, each as {@code Class.method(): message}
 * @param skipped        the skipped ones, each as {@code Class.method(): reason}
 */
public record GuestJUnitReport(List<String> problems, List<String> tests, List<String> failures, List<String> skipped) {

    /** Reads every {@code TEST-*.xml} in {@code dir}; a missing or unreadable report is a problem, not an exception. */
    public static GuestJUnitReport read(Path dir) {
        List<String> problems = new ArrayList<>();
        List<String> tests = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            files = s.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        } catch (IOException e) {
            files = List.of();
            problems.add("cannot list " + dir + ": " + e);
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add("no TEST-*.xml in " + dir + " (the launcher did not get to write its report)");
        }
        for (Path f : files) {
            try {
                var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
                NodeList cases = doc.getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element c = (Element) cases.item(i);
                    String name = simpleName(c.getAttribute("classname")) + "." + c.getAttribute("name");
                    tests.add(name);
                    for (String tag : List.of("failure", "error")) {
                        NodeList bad = c.getElementsByTagName(tag);
                        for (int j = 0; j < bad.getLength(); j++) {
                            Element b = (Element) bad.item(j);
                            failures.add(name + ": " + (b.hasAttribute("message") ? b.getAttribute("message") : b.getAttribute("type")));
                        }
                    }
                    NodeList skip = c.getElementsByTagName("skipped");
                    if (skip.getLength() > 0) {
                        skipped.add(name + ": " + skip.item(0).getTextContent().strip());
                    }
                }
            } catch (Exception e) {
                problems.add("cannot read " + f + ": " + e);
            }
        }
        return new GuestJUnitReport(List.copyOf(problems), List.copyOf(tests), List.copyOf(failures), List.copyOf(skipped));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /**
     * Fails, naming each failed test and its message, unless the report was read, has tests, and none failed.
     * Skipped tests are printed, not failed: the guest classes fail (not skip) outside the guest, so a skip here
     * is a case's own declared assumption (e.g. the shared contract's cases for a device kind the backend lacks).
     */
    public void assertAllPassed() {
        if (!problems.isEmpty()) {
            fail("the guest's JUnit report: " + String.join("; ", problems) + "; see the [guest] lines above");
        }
        if (tests.isEmpty()) {
            fail("the guest's JUnit report lists no tests; see the [guest] lines above");
        }
        skipped.forEach(s -> System.out.println("guest test skipped: " + s));
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + tests.size() + " guest tests failed (stack traces in the [guest] lines above):\n  "
                    + String.join("\n  ", failures));
        }
        System.out.println("guest tests: " + tests.size() + " ran, " + skipped.size() + " skipped, none failed");
    }
}
