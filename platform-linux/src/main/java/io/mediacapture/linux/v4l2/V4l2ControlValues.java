package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.spi.BackendException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the current values of V4L2 controls from a device node with {@code VIDIOC_G_CTRL}, for the PipeWire
 * backend: PipeWire 0.3's V4L2 source reports no control values in its {@code Props} param (only the device
 * path, name and fd), so the only place the current brightness is known is the device itself. Opening the node
 * does not disturb the stream PipeWire runs on it (controls are not exclusive in V4L2). Public for the PipeWire
 * package only: the module exports neither package.
 */
public final class V4l2ControlValues {
    private V4l2ControlValues() {}

    /**
     * The values of {@code ids} on the device at {@code path}; a control the driver does not answer is left out.
     *
     * @throws BackendException when the node cannot be opened (gone, no permission: a sandbox)
     */
    public static Map<Integer, Integer> read(String path, Collection<Integer> ids) throws BackendException {
        Map<Integer, Integer> out = new HashMap<>();
        try (V4l2Node node = V4l2Node.open(path)) {
            for (int id : ids) {
                try {
                    out.put(id, V4l2ControlIo.get(node.fd(), id));
                } catch (ErrnoException e) {
                    // a write-only or momentarily unreadable control: left out
                }
            }
        }
        return out;
    }
}
