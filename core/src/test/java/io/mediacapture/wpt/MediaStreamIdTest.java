package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaStream;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStream-id.https.html}. */
@DisplayName("MediaStream-id.https.html")
class MediaStreamIdTest extends WptTestBase {
    /** The characters the WPT case accepts in a stream id. */
    private static final Pattern ALLOWED = Pattern.compile(
            "^[\\u0021\\u0023-\\u0027\\u002A-\\u002B\\u002D-\\u002E\\u0030-\\u0039\\u0041-\\u005A\\u005E-\\u007E]*$");

    @Test
    @DisplayName("Tests that a MediaStream with a correct id is returned")
    void idHas36AllowedCharacters() {
        MediaStream stream = getUserMedia(js("video", true));
        assertEquals(36, stream.id().length(), "the media stream id has 36 characters");
        assertTrue(ALLOWED.matcher(stream.id()).matches(), "the media stream id uses the set of allowed characters");
    }
}
