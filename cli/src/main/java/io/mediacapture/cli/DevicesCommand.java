package io.mediacapture.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import io.mediacapture.BackendStatus;
import io.mediacapture.InputDeviceInfo;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaTrackCapabilities;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code devices}: the backends, then every device with its ids and capabilities. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List the backends and every capture device with kind, label, ids and capabilities.")
final class DevicesCommand implements Runnable {
    @Option(names = "--json", description = "Print JSON: {\"backends\":[...],\"devices\":[...]} (device entries as JavaScript's toJSON plus capabilities).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.open()) {
            List<MediaDeviceInfo> list = session.enumerate();
            if (json) {
                out.println(toJson(session, list));
            } else {
                printTable(out, session, list);
            }
            out.flush();
        }
    }

    private static String toJson(Session session, List<MediaDeviceInfo> list) {
        List<Object> backends = new ArrayList<>();
        for (BackendStatus s : session.devices().backends()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("name", s.name());
            b.put("kinds", new TreeSet<>(s.kinds().stream().map(Object::toString).toList()));
            b.put("active", s.active());
            b.put("reason", s.reason());
            backends.add(b);
        }
        List<Object> devices = new ArrayList<>();
        for (MediaDeviceInfo d : list) {
            Map<String, Object> m = new LinkedHashMap<>(d.toMap());
            if (d instanceof InputDeviceInfo in) {
                m.put("capabilities", in.getCapabilities().toMap());
            }
            devices.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("backends", backends);
        root.put("devices", devices);
        try {
            return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(root);
        } catch (IOException e) {
            throw new CliException(CliException.FAILED, "Error: cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static void printTable(PrintWriter out, Session session, List<MediaDeviceInfo> list) {
        out.println("Backends:");
        for (BackendStatus s : session.devices().backends()) {
            // Kinds sorted: the status's set has no defined order, and output should not wobble.
            out.println("  " + s.name() + " " + new TreeSet<>(s.kinds().stream().map(Object::toString).toList())
                    + (s.active() ? " (active)" : "") + ": " + s.reason());
        }
        out.println();
        if (list.isEmpty()) {
            out.println(session.noDevicesHint());
            return;
        }
        out.println("Devices:");
        for (MediaDeviceInfo d : list) {
            out.printf("  %-10s %s%n", d.kind(), Session.quoteLabel(d.label()));
            out.printf("    %-18s %s%n", "deviceId", d.deviceId());
            out.printf("    %-18s %s%n", "groupId", d.groupId());
            if (d instanceof InputDeviceInfo in) {
                MediaTrackCapabilities caps = in.getCapabilities();
                caps.toMap().forEach((name, value) -> {
                    if (!name.equals("deviceId") && !name.equals("groupId")) {
                        out.printf("    %-18s %s%n", name, readable(value));
                    }
                });
            }
        }
    }

    /** Ranges as {@code 640 .. 1920}, lists as {@code user, environment}. */
    static String readable(Object value) {
        if (value instanceof Map<?, ?> m && (m.containsKey("min") || m.containsKey("max"))) {
            return number(m.get("min")) + " .. " + number(m.get("max"));
        }
        if (value instanceof List<?> l) {
            return l.isEmpty() ? "(none)" : String.join(", ", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String number(Object n) {
        if (n == null) {
            return "?";
        }
        if (n instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (n instanceof Double d) {
            return String.format("%.3f", d).replaceAll("0+$", "");
        }
        return n.toString();
    }
}
