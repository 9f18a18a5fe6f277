-- mediacapture-java test rig: the private daemon must show only the rig's test nodes, never the
-- developer's real cameras or sound cards, so the device monitors stay off.
alsa_monitor.enabled = false
v4l2_monitor.enabled = false
libcamera_monitor.enabled = false
