package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/MediaStreamTrackEvent-constructor.https.html}. The JavaScript
 * {@code eventInitDict} becomes the constructor's {@code track} argument (API.md), so a missing dictionary
 * and a missing member are both a null track: NullPointerException, Java's TypeError for a required
 * argument.
 */
@DisplayName("MediaStreamTrackEvent-constructor.https.html")
class MediaStreamTrackEventConstructorTest extends WptTestBase {

    @Test
    @DisplayName("The eventInitDict argument is required")
    void initDictIsRequired() throws NoSuchMethodException {
        assertEquals(2, MediaStreamTrackEvent.class.getConstructor(String.class, MediaStreamTrack.class)
                .getParameterCount());
        assertThrows(NullPointerException.class, () -> new MediaStreamTrackEvent("type", null));
    }

    @Test
    @DisplayName("The eventInitDict's track member is required.")
    void trackMemberIsRequired() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new MediaStreamTrackEvent("type", null));
        assertEquals("track", e.getMessage(), "the error names the member");
    }

    @Test
    @DisplayName("The MediaStreamTrackEvent instance's track attribute is set.")
    void trackAttributeIsSet() {
        // WPT takes a track from a Web Audio destination; "any instance will do": a fake microphone track.
        MediaStreamTrack track = getUserMedia(js("audio", true)).getAudioTracks().get(0);
        MediaStreamTrackEvent event = new MediaStreamTrackEvent("type", track);
        assertEquals("type", event.type());
        assertSame(track, event.track());
    }
}
