package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.linux.v4l2.V4l2Errors.Phase;
import io.mediacapture.spi.BackendException.Kind;
import org.junit.jupiter.api.Test;

class V4l2ErrorsTest {

    @Test
    void errnoMapsToTheKindCoreTurnsIntoTheDomError() {
        assertEquals(Kind.BUSY, V4l2Errors.kindOf(errno_h.EBUSY(), Phase.CONFIGURE));
        assertEquals(Kind.PERMISSION_DENIED, V4l2Errors.kindOf(errno_h.EACCES(), Phase.OPEN));
        assertEquals(Kind.PERMISSION_DENIED, V4l2Errors.kindOf(errno_h.EPERM(), Phase.OPEN));
        assertEquals(Kind.NOT_FOUND, V4l2Errors.kindOf(errno_h.ENOENT(), Phase.OPEN));
        assertEquals(Kind.NOT_FOUND, V4l2Errors.kindOf(errno_h.ENODEV(), Phase.CONFIGURE));
        assertEquals(Kind.DEVICE_LOST, V4l2Errors.kindOf(errno_h.ENODEV(), Phase.STREAM));
        assertEquals(Kind.UNSUPPORTED_CONFIGURATION, V4l2Errors.kindOf(errno_h.EINVAL(), Phase.CONFIGURE));
        assertEquals(Kind.FAILED, V4l2Errors.kindOf(errno_h.EIO(), Phase.STREAM));
    }

    @Test
    void theErrnoStaysTheCauseAndTheMessageNamesTheCall() {
        ErrnoException e = new ErrnoException("open(/dev/video0)", errno_h.EBUSY());
        var b = V4l2Errors.of(e, Phase.OPEN, "cannot open camera /dev/video0");
        assertSame(e, b.getCause());
        assertTrue(b.getMessage().contains("open(/dev/video0)") && b.getMessage().contains("EBUSY"), b.getMessage());
    }
}
