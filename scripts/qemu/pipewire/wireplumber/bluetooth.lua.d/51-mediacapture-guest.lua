-- mediacapture-java QEMU guest: no Bluetooth. (Its logind watch fails without systemd-logind, and
-- WirePlumber 0.4 then quits.)
bluez_monitor.enabled = false
