package io.mediacapture.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import io.mediacapture.ConstrainableProperty;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackCapabilities;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.MediaTrackSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code controls}: a camera's controls (MediaStream Image Capture) with their ranges or modes and current values;
 * {@code --set name=value} applies them first, as {@code applyConstraints({name: {exact: value}})}.
 */
@Command(name = "controls", mixinStandardHelpOptions = true,
        description = "List a camera's controls (brightness, zoom, focusMode...) with ranges and current values; set them with --set.")
final class ControlsCommand implements Runnable {
    @Option(names = "--device", paramLabel = "ID|LABEL", description = "The camera (id, label or part of the label).")
    String device;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Set a control first, e.g. --set brightness=40 --set focusMode=manual (repeatable). "
                    + "A value out of range fails with OverconstrainedError naming the control.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON: {\"label\":..., \"deviceId\":..., \"controls\":{NAME:{\"value\":..., \"capability\":...}}}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Map<String, Object> wanted = parseSets(sets);
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.open()) {
            TrackRequest req = TrackRequest.resolve(session, null, ConstraintsArg.TRUE,
                    device == null ? List.of() : List.of(device));
            MediaStreamTrack track = session.getUserMedia(null, req.video()).getVideoTracks().get(0);
            try {
                if (!wanted.isEmpty()) {
                    Map<String, Object> c = new LinkedHashMap<>(track.getConstraints().toMap());
                    wanted.forEach((name, value) -> c.put(name, Map.of("exact", value)));
                    apply(session, track, MediaTrackConstraints.fromMap(c));
                }
                Map<String, Object> controls = controlsOf(track);
                if (json) {
                    Map<String, Object> root = new LinkedHashMap<>();
                    root.put("label", track.label());
                    root.put("deviceId", track.getSettings().deviceId().orElse(""));
                    root.put("controls", controls);
                    out.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(root));
                } else {
                    printTable(out, track, controls);
                }
                out.flush();
            } catch (IOException e) {
                throw new CliException(CliException.FAILED, "Error: cannot write JSON: " + e.getMessage(), e);
            } finally {
                track.stop();
            }
        }
    }

    /** {@code name=value} pairs as typed constraint values; unknown names and bad values are usage errors. */
    static Map<String, Object> parseSets(List<String> sets) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new CliException(CliException.USAGE, "mediacapture: --set wants NAME=VALUE, got '" + s + "'");
            }
            String name = s.substring(0, eq).trim();
            String text = s.substring(eq + 1).trim();
            ConstrainableProperty p = ConstrainableProperty.byName(name).filter(ConstrainableProperty::isCameraControl)
                    .orElseThrow(() -> new CliException(CliException.USAGE, "mediacapture: --set: '" + name
                            + "' is not a camera control; the controls are "
                            + ConstrainableProperty.cameraControls().stream().map(Object::toString).toList()));
            Object value = switch (p.type()) {
                case DOUBLE -> {
                    try {
                        yield Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new CliException(CliException.USAGE, "mediacapture: --set " + name + ": '" + text
                                + "' is not a number");
                    }
                }
                case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "on", "1" -> Boolean.TRUE;
                    case "false", "off", "0" -> Boolean.FALSE;
                    default -> throw new CliException(CliException.USAGE, "mediacapture: --set " + name + ": '" + text
                            + "' is not true or false");
                };
                default -> text;
            };
            out.put(name, value);
        }
        return out;
    }

    private static void apply(Session session, MediaStreamTrack track, MediaTrackConstraints c) {
        try {
            track.applyConstraints(c).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(CliException.FAILED, "AbortError: interrupted during applyConstraints", e);
        } catch (TimeoutException e) {
            throw new CliException(CliException.FAILED, "AbortError: applyConstraints did not finish within 30 s", e);
        } catch (ExecutionException e) {
            throw session.explain(e.getCause());
        }
    }

    /** Every camera control of the track: its current value and capability, in spec order. */
    static Map<String, Object> controlsOf(MediaStreamTrack track) {
        MediaTrackCapabilities caps = track.getCapabilities();
        MediaTrackSettings settings = track.getSettings();
        Map<String, Object> capMap = caps.toMap();
        Map<String, Object> out = new LinkedHashMap<>();
        for (ConstrainableProperty p : ConstrainableProperty.cameraControls()) {
            if (caps.get(p).isEmpty()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", settings.get(p).orElse(null));
            entry.put("capability", capMap.get(p.toString()));
            out.put(p.toString(), entry);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void printTable(PrintWriter out, MediaStreamTrack track, Map<String, Object> controls) {
        if (controls.isEmpty()) {
            out.println(Session.quoteLabel(track.label()) + " has no camera controls this library can set.");
            return;
        }
        out.println("Controls of " + Session.quoteLabel(track.label()) + ":");
        controls.forEach((name, e) -> {
            Map<String, Object> entry = (Map<String, Object>) e;
            Object cap = entry.get("capability");
            String range = cap instanceof Map<?, ?> m && m.containsKey("step")
                    ? DevicesCommand.readable(m) + " step " + number(m.get("step"))
                    : cap instanceof Boolean ? "on/off" : DevicesCommand.readable(cap);
            out.printf("  %-22s %-14s %s%n", name, number(entry.get("value")), range);
        });
    }

    private static String number(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }
}
