/** Linux backends: PipeWire, ALSA, V4L2; JPEG photos through libjpeg-turbo. */
module io.mediacapture.linux {
    requires io.mediacapture.core;
    requires io.mediacapture.bindings;

    provides io.mediacapture.spi.BackendProvider with io.mediacapture.linux.pipewire.PipeWireBackendProvider, io.mediacapture.linux.alsa.AlsaBackendProvider, io.mediacapture.linux.v4l2.V4l2BackendProvider;
    provides io.mediacapture.spi.PhotoEncoder with io.mediacapture.linux.photo.TurboJpegPhotoEncoder;
}
