-- mediacapture-java QEMU guest (scripts/qemu/guest-pipewire.sh): cameras as desktop users get them,
-- PipeWire's V4L2 monitor over the guest's vivid (and v4l2loopback) devices. The ALSA and libcamera
-- monitors stay off: the guest's sound tests use ALSA directly, and fewer devices start faster.
alsa_monitor.enabled = false
libcamera_monitor.enabled = false
v4l2_monitor.enabled = true
