package io.mediacapture.linux.v4l2;

import io.mediacapture.linux.DeviceWatcher;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Notices cameras coming and going: inotify on the {@code video*} nodes of a device directory, then the change
 * action after {@value #SETTLE_MILLIS} ms of quiet, on the watcher thread. The V4L2 counterpart of the ALSA and
 * PipeWire watchers. Lifetime as {@link DeviceWatcher}'s, whose thread and descriptors it owns.
 */
final class V4l2Watcher implements AutoCloseable {
    static final Pattern VIDEO_NODE = Pattern.compile("video\\d+");
    /** Quiet time after a change before the action runs: the driver finishes registering the node. */
    static final int SETTLE_MILLIS = 150;

    private final DeviceWatcher watcher;

    private V4l2Watcher(DeviceWatcher watcher) {
        this.watcher = watcher;
    }

    /** @throws io.mediacapture.bindings.libc.ErrnoException when the directory cannot be watched */
    static V4l2Watcher start(Path devDir, Runnable onChange, System.Logger log) {
        return new V4l2Watcher(DeviceWatcher.start(new DeviceWatcher.Spec(devDir, name -> VIDEO_NODE.matcher(name).matches(),
                SETTLE_MILLIS, 0, "mediacapture-v4l2-hotplug"), onChange, log));
    }

    @Override
    public void close() {
        watcher.close();
    }
}
