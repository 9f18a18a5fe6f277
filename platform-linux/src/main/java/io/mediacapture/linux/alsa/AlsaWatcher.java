package io.mediacapture.linux.alsa;

import io.mediacapture.linux.DeviceWatcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Notices sound cards coming and going: the card list is compared every {@value #RESCAN_MILLIS} ms, and at
 * once when inotify reports a node created or removed in {@code /dev/snd} (watched as soon as the
 * directory exists: it appears with the first card). When the list differs it runs the change action on
 * the watcher thread. Lifetime as {@link DeviceWatcher}'s, whose thread and descriptors it owns.
 */
final class AlsaWatcher implements AutoCloseable {
    static final int RESCAN_MILLIS = 1_000;
    private static final DeviceWatcher.Spec SPEC =
            new DeviceWatcher.Spec(Path.of("/dev/snd"), name -> true, 0, RESCAN_MILLIS, "mediacapture-alsa-hotplug");

    private final DeviceWatcher watcher;
    private List<Integer> known; // watcher thread only, after start

    private AlsaWatcher(Runnable onChange, System.Logger log) {
        Objects.requireNonNull(onChange, "onChange");
        known = AlsaEnumerator.cards();
        watcher = DeviceWatcher.start(SPEC, () -> {
            List<Integer> now = AlsaEnumerator.cards();
            if (!now.equals(known)) {
                log.log(System.Logger.Level.DEBUG, "ALSA cards changed: " + known + " -> " + now);
                known = now;
                onChange.run();
            }
        }, log);
    }

    static AlsaWatcher start(Runnable onChange, System.Logger log) {
        return new AlsaWatcher(onChange, log);
    }

    @Override
    public void close() {
        watcher.close();
    }
}
