package io.mediacapture.cli;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import java.util.List;

/**
 * What a command asks getUserMedia for: the audio and video constraints from {@code --audio}/{@code --video},
 * with the devices named by {@code --device} pinned as {@code deviceId: {exact: ...}}.
 */
record TrackRequest(ConstraintsArg audio, ConstraintsArg video) {

    /**
     * @param devices {@code --device} arguments (ids, labels or parts of labels); each pins the track of
     *                its device's kind
     * @throws CliException for an unknown device or one whose kind was not requested
     */
    static TrackRequest resolve(Session session, ConstraintsArg audio, ConstraintsArg video, List<String> devices) {
        ConstraintsArg a = audio == null ? new ConstraintsArg(Boolean.FALSE) : audio;
        ConstraintsArg v = video == null ? new ConstraintsArg(Boolean.FALSE) : video;
        for (String query : devices == null ? List.<String>of() : devices) {
            MediaDeviceInfo d = session.findDevice(query);
            if (d.kind() == MediaDeviceKind.VIDEOINPUT && v.requested()) {
                v = v.withDevice(d.deviceId());
            } else if (d.kind() == MediaDeviceKind.AUDIOINPUT && a.requested()) {
                a = a.withDevice(d.deviceId());
            } else {
                throw new CliException(CliException.USAGE, "mediacapture: --device '" + query + "' is a " + d.kind()
                        + " (" + Session.quoteLabel(d.label()) + "), but this command records no "
                        + d.kind().trackKind() + " here");
            }
        }
        return new TrackRequest(a, v);
    }
}
