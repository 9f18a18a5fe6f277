package io.mediacapture.linux.v4l2;

import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import java.util.List;
import java.util.Map;

/**
 * A capture node found in {@code /dev}: its descriptor for core, what it enumerated, and which fourcc
 * serves each native format.
 *
 * @param path      the device node, e.g. {@code /dev/video0} (may change between plugs; the deviceId does not)
 * @param formats   everything the node enumerated, including formats core cannot use
 */
record V4l2Camera(String path, V4l2Node.Capability capability, DeviceDescriptor descriptor,
                  List<FormatDescription> formats, Map<NativeVideoFormat, Integer> fourccs) {
    V4l2Camera {
        formats = List.copyOf(formats);
        fourccs = Map.copyOf(fourccs);
    }
}
