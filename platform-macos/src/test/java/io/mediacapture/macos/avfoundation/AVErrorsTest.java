package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.spi.BackendException.Kind;
import org.junit.jupiter.api.Test;

class AVErrorsTest {
    @Test
    void notAuthorizedIsNotAllowedNotBusy() {
        assertEquals(Kind.PERMISSION_DENIED, AVErrors.kind("AVFoundationErrorDomain", -11852, Kind.BUSY));
    }

    @Test
    void deviceErrorsKeepTheirMeaning() {
        assertEquals(Kind.NOT_FOUND, AVErrors.kind(AVErrors.DOMAIN, -11814, Kind.BUSY));
        assertEquals(Kind.NOT_FOUND, AVErrors.kind(AVErrors.DOMAIN, -11808, Kind.BUSY));
        assertEquals(Kind.BUSY, AVErrors.kind(AVErrors.DOMAIN, -11815, Kind.FAILED));
        assertEquals(Kind.BUSY, AVErrors.kind(AVErrors.DOMAIN, -11804, Kind.FAILED));
        assertEquals(Kind.BUSY, AVErrors.kind(AVErrors.DOMAIN, -11817, Kind.FAILED));
    }

    @Test
    void otherCodesAndDomainsTakeTheFallback() {
        assertEquals(Kind.BUSY, AVErrors.kind(AVErrors.DOMAIN, -11800, Kind.BUSY));
        // the same number in another domain means something else
        assertEquals(Kind.FAILED, AVErrors.kind("NSOSStatusErrorDomain", -11852, Kind.FAILED));
        assertEquals(Kind.BUSY, AVErrors.kind(null, 0, Kind.BUSY));
    }
}
