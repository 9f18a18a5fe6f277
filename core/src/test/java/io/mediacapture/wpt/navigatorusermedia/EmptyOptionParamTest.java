package io.mediacapture.wpt.navigatorusermedia;

import io.mediacapture.wpt.WptTestBase;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code .../navigatorusermedia/empty-option-param.html}. The legacy test expects NOT_SUPPORTED_ERR
 * thrown synchronously; the spec now rejects with a TypeError (GUM-empty-option-param.https.html).
 */
@DisplayName("navigatorusermedia/empty-option-param.html")
class EmptyOptionParamTest extends WptTestBase {

    @Test
    @DisplayName("Tests that getUserMedia raises a NOT_SUPPORTED_ERR exception when used with an empty options parameter")
    void emptyOptionsAreRejected() {
        getUserMediaRejects(IllegalArgumentException.class, Map.of());
    }
}
