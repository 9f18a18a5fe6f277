package io.mediacapture.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Gating for tests that need a real peer (daemon, kernel driver): under CI ({@code CI=true}) a missing
 * peer fails the test; elsewhere the test is skipped with the reason printed.
 */
public final class Peers {
    private Peers() {}

    public static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** Fails (CI) or skips (elsewhere) unless {@code present}. */
    public static void require(boolean present, String whatIsMissing) {
        if (present) {
            return;
        }
        String msg = "test peer missing: " + whatIsMissing;
        if (inCi()) {
            fail(msg + " (CI=true: integration tests must not be skipped)");
        }
        System.out.println("SKIPPED: " + msg);
        assumeTrue(false, msg);
    }
}
