package io.mediacapture.cli;

import io.mediacapture.MediaDeviceInfo;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code watch}: prints devicechange events, one line per device that came or went, until Ctrl-C. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Print devicechange events as devices come and go, until Ctrl-C.")
final class WatchCommand implements Runnable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    @Option(names = "--seconds", paramLabel = "N", description = "Stop after N seconds (default: until Ctrl-C).")
    Double seconds;

    @Spec
    CommandSpec spec;

    /** Devices by "kind/deviceId", as of the last event: what an event adds or removes is the difference. */
    private Map<String, MediaDeviceInfo> known = new LinkedHashMap<>();

    @Override
    public void run() {
        CliException.checkSeconds(seconds, Double.POSITIVE_INFINITY);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "mediacapture-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Session session = Session.open()) {
            List<MediaDeviceInfo> now = session.enumerate();
            synchronized (this) {
                known = index(now);
                out.println(now.isEmpty() ? session.noDevicesHint() : "Present now:");
                for (MediaDeviceInfo d : now) {
                    out.println("  " + line(d));
                }
                out.println("Watching for device changes" + (seconds == null ? " (Ctrl-C to stop)" : " for " + seconds + " s") + "...");
                out.flush();
            }
            session.devices().setOndevicechange(e -> changed(out, e.devices(), e.userInsertedDevices()));
            try {
                if (seconds == null) {
                    stop.await();
                } else {
                    stop.await(Math.round(seconds * 1000), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is what woke us
            }
        }
    }

    /** Runs on the library's event thread. */
    private synchronized void changed(PrintWriter out, List<MediaDeviceInfo> devices, List<MediaDeviceInfo> inserted) {
        Map<String, MediaDeviceInfo> next = index(devices);
        String time = LocalTime.now().format(TIME);
        for (Map.Entry<String, MediaDeviceInfo> e : next.entrySet()) {
            if (!known.containsKey(e.getKey())) {
                boolean user = inserted.stream().anyMatch(d -> d.deviceId().equals(e.getValue().deviceId()));
                out.println(time + " + " + line(e.getValue()) + (user ? " (inserted)" : ""));
            }
        }
        for (Map.Entry<String, MediaDeviceInfo> e : known.entrySet()) {
            if (!next.containsKey(e.getKey())) {
                out.println(time + " - " + line(e.getValue()));
            }
        }
        if (next.keySet().equals(known.keySet())) {
            out.println(time + " devicechange (same devices: " + devices.size() + ")");
        }
        out.flush();
        known = next;
    }

    private static Map<String, MediaDeviceInfo> index(List<MediaDeviceInfo> list) {
        Map<String, MediaDeviceInfo> m = new LinkedHashMap<>();
        for (MediaDeviceInfo d : list) {
            m.put(d.kind() + "/" + d.deviceId(), d);
        }
        return m;
    }

    private static String line(MediaDeviceInfo d) {
        return String.format("%-10s %-28s id=%s", d.kind(), Session.quoteLabel(d.label()), d.deviceId());
    }
}
