package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/GUM-empty-option-param.https.html}. */
@DisplayName("GUM-empty-option-param.https.html")
class GumEmptyOptionParamTest extends WptTestBase {

    @Test
    @DisplayName("Tests that getUserMedia is rejected with a TypeError when used with an empty options parameter")
    void emptyConstraintsRejectAtOnceWithTypeError() {
        CompletableFuture<MediaStream> f = devices.getUserMedia(Map.of());
        // WPT races a settled promise: the returned promise must already be rejected.
        assertTrue(f.isCompletedExceptionally(), "rejected before getUserMedia returns");
        assertInstanceOf(IllegalArgumentException.class, f.exceptionNow());
    }
}
