package io.mediacapture.linux.v4l2;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.contract.MediaDevicesContract;
import io.mediacapture.linux.guest.QemuGuest;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared contract on the V4L2 backend, against vivid in the QEMU guest: {@link V4l2GuestTest} runs it
 * there on JUnit's console launcher, with {@link V4l2GuestChecks}. V4L2 has cameras only, so the contract
 * skips its microphone cases (it says so in the report). Not a {@code *Test} class, so the host's surefire
 * run leaves it out; run on a host, it fails.
 */
public class V4l2VideoContract extends MediaDevicesContract {

    @BeforeAll
    static void onlyInTheGuest() {
        QemuGuest.assertInGuest(V4l2GuestTest.class);
    }

    @Override
    protected Set<MediaDeviceKind> kinds() {
        return EnumSet.of(MediaDeviceKind.VIDEOINPUT);
    }

    @Override
    protected MediaDevices openDevices() {
        return MediaDevices.withBackends("v4l2");
    }
}
