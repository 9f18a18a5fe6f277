-- mediacapture-java test rig: no Bluetooth devices (and no system bus to find them on).
bluez_monitor.enabled = false
