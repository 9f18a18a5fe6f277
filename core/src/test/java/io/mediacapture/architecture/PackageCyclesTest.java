package io.mediacapture.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Core's packages are layered: the SPI stands on the API's types and on the frame machinery
 * ({@code internal.frame}), which stands on nothing of the SPI; the helpers in {@code internal.*} stand on the SPI
 * and the API's types. The one package in cycles is {@code io.mediacapture} itself, because it is both the API and
 * the engine behind it: {@link io.mediacapture.MediaDevices} drives backends through the SPI, whose interfaces name
 * the API's frames and values, and its package-private track machinery is what the helpers work for. These tests
 * keep it that way: a cycle among the other packages (as {@code spi.FrameBuffer -> internal.frame -> spi} was)
 * fails, and so does an API class that starts using the SPI without being part of that engine (as the frames'
 * public constructors over an SPI {@code FrameBuffer} were).
 */
class PackageCyclesTest {
    private static final String API = "io.mediacapture";
    private static final String SPI = "io.mediacapture.spi";

    /**
     * The classes of {@code io.mediacapture} that may use the SPI: the engine that drives backends and the library's
     * own sources, and the few that build frames (which producers do through {@code spi.FrameBuffer}).
     */
    private static final Set<String> API_CLASSES_ON_THE_SPI = Set.of(
            "io.mediacapture.MediaDevices", // opens backends, enumerates their devices
            "io.mediacapture.BackendRegistry", // finds the backend providers
            "io.mediacapture.DeviceSource", // the SourceSink a backend delivers to
            "io.mediacapture.GeneratorSource", // a source described by a DeviceDescriptor, fed by the library
            "io.mediacapture.InternalTrackAccess", // makes GeneratorSources for the audio nodes and the media player
            "io.mediacapture.CanvasSource", // a canvas source, described as a device is
            "io.mediacapture.CaptureCanvas", // builds the canvas' frames
            "io.mediacapture.ImageCapture", // still capture and photo encoders of the backends
            "io.mediacapture.TrackAdapter", // builds the silence of a disabled audio track
            "io.mediacapture.VideoFrame"); // copies a lent frame into a buffer of its own (clone)

    @Test
    void packagesOtherThanTheApiPackageFormNoCycle() {
        Map<String, Set<String>> classDeps = CoreClasses.dependencies();
        Map<String, Set<String>> packageDeps = new TreeMap<>();
        for (var e : classDeps.entrySet()) {
            String from = CoreClasses.packageOf(e.getKey());
            packageDeps.computeIfAbsent(from, k -> new TreeSet<>());
            for (String to : e.getValue()) {
                String toPackage = CoreClasses.packageOf(to);
                if (!toPackage.equals(from) && !toPackage.equals(API) && !from.equals(API)) {
                    packageDeps.get(from).add(toPackage);
                }
            }
        }
        assertTrue(packageDeps.containsKey(SPI) && packageDeps.containsKey("io.mediacapture.internal.frame"),
                "the class files were not read: " + packageDeps.keySet());
        List<String> cycle = findCycle(packageDeps);
        assertTrue(cycle.isEmpty(), () -> "package cycle " + String.join(" -> ", cycle) + ", through "
                + culprits(cycle, classDeps));
    }

    @Test
    void theApiPackageUsesTheSpiOnlyInItsEngineAndFrameBuilders() {
        Set<String> onSpi = new TreeSet<>();
        for (var e : CoreClasses.dependencies().entrySet()) {
            if (CoreClasses.packageOf(e.getKey()).equals(API)
                    && e.getValue().stream().anyMatch(c -> CoreClasses.packageOf(c).equals(SPI))) {
                onSpi.add(e.getKey());
            }
        }
        onSpi.removeAll(API_CLASSES_ON_THE_SPI);
        assertEquals(Set.of(), onSpi, "classes of io.mediacapture that use io.mediacapture.spi but are not part of "
                + "the engine (frames are built through spi.FrameBuffer, and the API's own types do not name the SPI)");
    }

    /** A cycle in the graph, as the packages along it (first = last), or empty when there is none. */
    private static List<String> findCycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the path, 2: done
        for (String start : graph.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            List<String> found = visit(start, graph, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
                                      Deque<String> path) {
        state.put(node, 1);
        path.addLast(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            Integer s = state.get(next);
            if (s == null) {
                List<String> found = visit(next, graph, state, path);
                if (!found.isEmpty()) {
                    return found;
                }
            } else if (s == 1) {
                List<String> cycle = new ArrayList<>();
                boolean in = false;
                for (String p : path) {
                    in |= p.equals(next);
                    if (in) {
                        cycle.add(p);
                    }
                }
                cycle.add(next);
                return cycle;
            }
        }
        path.removeLast();
        state.put(node, 2);
        return List.of();
    }

    /** For each step of the cycle, the class-level dependencies that make it. */
    private static String culprits(List<String> cycle, Map<String, Set<String>> classDeps) {
        StringBuilder b = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            String from = cycle.get(i);
            String to = cycle.get(i + 1);
            for (var e : classDeps.entrySet()) {
                if (CoreClasses.packageOf(e.getKey()).equals(from)) {
                    for (String c : e.getValue()) {
                        if (CoreClasses.packageOf(c).equals(to) && seen.add(e.getKey() + c)) {
                            b.append("\n  ").append(e.getKey()).append(" -> ").append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
