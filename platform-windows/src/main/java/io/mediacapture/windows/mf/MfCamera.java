package io.mediacapture.windows.mf;

import io.mediacapture.spi.DeviceDescriptor;
import java.util.List;

/** A camera as the backend knows it: its descriptor, symbolic link and native types. */
record MfCamera(DeviceDescriptor descriptor, String symbolicLink, List<NativeType> types) {
    MfCamera {
        types = List.copyOf(types);
    }
}
