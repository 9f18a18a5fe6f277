package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mediacapture.DOMException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/GUM-unknownkey-option-param.https.html}. */
@DisplayName("GUM-unknownkey-option-param.https.html")
class GumUnknownkeyOptionParamTest extends WptTestBase {

    @Test
    @DisplayName("Tests that getUserMedia is rejected with a TypeError when used with an unknown constraint")
    void onlyAnUnknownKeyIsATypeError() {
        IllegalArgumentException e = getUserMediaRejects(IllegalArgumentException.class, js("doesnotexist", true));
        // JavaScript: error.constraintName is undefined; a TypeError is no DOMException here either.
        assertFalse(DOMException.class.isInstance(e));
    }
}
