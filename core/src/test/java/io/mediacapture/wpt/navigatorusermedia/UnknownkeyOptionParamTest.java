package io.mediacapture.wpt.navigatorusermedia;

import io.mediacapture.wpt.WptTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code .../navigatorusermedia/unknownkey-option-param.html}. The legacy test expects
 * NOT_SUPPORTED_ERR (its own TODO says the spec changed); the spec rejects with a TypeError.
 */
@DisplayName("navigatorusermedia/unknownkey-option-param.html")
class UnknownkeyOptionParamTest extends WptTestBase {

    @Test
    @DisplayName("getUserMedia({doesnotexist:true}) aborts with NOT_SUPPORTED_ERR (untitled subtest)")
    void unknownKeyOnlyIsRejected() {
        getUserMediaRejects(IllegalArgumentException.class, js("doesnotexist", true));
    }
}
