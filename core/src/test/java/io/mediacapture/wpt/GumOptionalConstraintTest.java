package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStream;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/GUM-optional-constraint.https.html}. */
@DisplayName("GUM-optional-constraint.https.html")
class GumOptionalConstraintTest extends WptTestBase {

    @Test
    @DisplayName("Tests that setting an optional constraint in getUserMedia is handled as optional")
    void unsatisfiableAdvancedSetIsSkipped() {
        MediaStream stream = getUserMedia(js("video",
                js("advanced", List.of(js("width", js("min", 1024, "max", 800))))));
        assertEquals(1, stream.getVideoTracks().size(), "the media stream has exactly one video track");
        // The skipped set leaves the default mode.
        assertEquals(640L, stream.getVideoTracks().get(0).getSettings().width().orElseThrow());
    }
}
