package io.mediacapture.linux.v4l2;

import io.mediacapture.MediaDevices;
import io.mediacapture.contract.MediaDevicesContract;

/**
 * The shared contract on the V4L2 backend. V4L2 has cameras only, so the cases that need a microphone
 * cannot run; {@link V4l2GuestChecks} runs the video cases of this class in the QEMU guest (vivid).
 * Abstract so that JUnit does not run it on the host, which has no camera.
 */
public abstract class V4l2VideoContract extends MediaDevicesContract {
    /** The contract's cases that need a camera only. */
    static final java.util.List<String> VIDEO_CASES = java.util.List.of(
            "videoTrackDeliversFramesMatchingItsSettings",
            "stopEndsSynchronouslyWithoutEndedEventAndReleases",
            "cloneIsIndependentOnTheSameSource",
            "unknownDeviceIdIsOverconstrained",
            "applyConstraintsChangesTheFrameSize",
            "noKindRequestedIsATypeError");

    @Override
    protected MediaDevices openDevices() {
        return MediaDevices.withBackends("v4l2");
    }
}
