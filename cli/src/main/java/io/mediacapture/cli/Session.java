package io.mediacapture.cli;

import io.mediacapture.BackendStatus;
import io.mediacapture.DOMException;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStream;
import io.mediacapture.OverconstrainedError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@link MediaDevices} for a command, chosen by {@code --backend}, and the translation of its failures
 * into messages a user can act on: the DOM error name first ({@code OverconstrainedError: width}), the
 * devices that do exist when one is unknown, and a hint at {@code --backend fake} when there are none.
 * Owns the MediaDevices: {@link #close()} stops every track it opened.
 */
final class Session implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;

    private final MediaDevices devices;

    private Session(MediaDevices devices) {
        this.devices = devices;
    }

    /** Opens the backends named by --backend, or the system's best. */
    static Session open() {
        String name = Main.backend();
        try {
            return new Session(name == null ? MediaDevices.system() : MediaDevices.withBackends(name.split(",")));
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.USAGE, "mediacapture: " + e.getMessage());
        }
    }

    MediaDevices devices() {
        return devices;
    }

    List<MediaDeviceInfo> enumerate() {
        return await(devices.enumerateDevices(), "enumerateDevices");
    }

    /**
     * getUserMedia with constraints as JavaScript writes them.
     *
     * @throws CliException naming the DOM error and, for an unknown device, listing those that exist
     */
    MediaStream getUserMedia(ConstraintsArg audio, ConstraintsArg video) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("audio", audio == null ? Boolean.FALSE : audio.value());
        c.put("video", video == null ? Boolean.FALSE : video.value());
        return await(devices.getUserMedia(c), "getUserMedia");
    }

    /**
     * The device a {@code --device} argument names: its id, its exact label, or a unique part of its label
     * (case-insensitive).
     *
     * @throws CliException listing the devices when none or several match
     */
    MediaDeviceInfo findDevice(String query) {
        List<MediaDeviceInfo> all = enumerate().stream().filter(d -> d.kind() != MediaDeviceKind.AUDIOOUTPUT).toList();
        for (MediaDeviceInfo d : all) {
            if (d.deviceId().equals(query) || d.label().equals(query)) {
                return d;
            }
        }
        String q = query.toLowerCase(Locale.ROOT);
        List<MediaDeviceInfo> partial = all.stream().filter(d -> d.label().toLowerCase(Locale.ROOT).contains(q)).toList();
        if (partial.size() == 1) {
            return partial.get(0);
        }
        String what = partial.isEmpty() ? "unknown device '" + query + "'" : "'" + query + "' matches several devices";
        throw new CliException(CliException.FAILED, "NotFoundError: " + what + ". " + describe(partial.isEmpty() ? all : partial));
    }

    /** "Devices: ..." or, with none, why there are none and what to try. */
    String describe(List<MediaDeviceInfo> list) {
        if (list.isEmpty()) {
            return noDevicesHint();
        }
        StringBuilder sb = new StringBuilder("Devices:");
        for (MediaDeviceInfo d : list) {
            sb.append(String.format("%n  %-10s %-28s id=%s", d.kind(), quoteLabel(d.label()), d.deviceId()));
        }
        return sb.toString();
    }

    /** Why no device shows up (each backend's reason) and the suggestion to use the fake devices. */
    String noDevicesHint() {
        StringBuilder sb = new StringBuilder("No capture devices found on this system");
        List<String> reasons = new ArrayList<>();
        for (BackendStatus s : devices.backends()) {
            if (s.active()) {
                reasons.add(s.name() + ": no devices");
            } else if (!s.name().equals("fake")) {
                reasons.add(s.name() + ": " + s.reason());
            }
        }
        if (!reasons.isEmpty()) {
            sb.append(" (").append(String.join("; ", reasons)).append(")");
        }
        sb.append(". Try --backend fake to use the built-in fake camera and microphone.");
        return sb.toString();
    }

    static String quoteLabel(String label) {
        return "\"" + label + "\"";
    }

    private <T> T await(CompletableFuture<T> f, String what) {
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(CliException.FAILED, "AbortError: interrupted during " + what, e);
        } catch (TimeoutException e) {
            throw new CliException(CliException.FAILED, "AbortError: " + what + " did not finish within "
                    + TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            throw explain(e.getCause());
        }
    }

    /** A failure of the library as the one-line message the user sees. */
    CliException explain(Throwable t) {
        if (t instanceof OverconstrainedError oe) {
            String msg = "OverconstrainedError: " + oe.constraint()
                    + (oe.getMessage() == null || oe.getMessage().isEmpty() ? "" : " (" + oe.getMessage() + ")");
            if (oe.constraint().equals("deviceId") || oe.constraint().equals("groupId")) {
                msg += ". " + describe(safeEnumerate());
            }
            return new CliException(CliException.FAILED, msg, t);
        }
        if (t instanceof DOMException de) {
            String msg = de.name() + ": " + de.getMessage();
            if (DOMException.NOT_FOUND.equals(de.name())) {
                msg += ". " + describe(safeEnumerate());
            }
            return new CliException(CliException.FAILED, msg, t);
        }
        if (t instanceof IllegalArgumentException) {
            return new CliException(CliException.USAGE, "TypeError: " + t.getMessage(), t);
        }
        return new CliException(CliException.FAILED, "Error: " + t, t);
    }

    private List<MediaDeviceInfo> safeEnumerate() {
        try {
            return devices.enumerateDevices().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException | TimeoutException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        devices.close();
    }
}
