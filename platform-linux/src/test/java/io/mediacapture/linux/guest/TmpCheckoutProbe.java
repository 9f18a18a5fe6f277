package io.mediacapture.linux.guest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in the QEMU guest by {@link QemuGuestTmpCheckoutTest} from a class path and working directory under
 * {@code /tmp}: reads the marker the host wrote there and writes a file beside it (which must stay in the
 * guest). Exits 0 and prints {@link #OK} when both worked.
 */
public final class TmpCheckoutProbe {
    static final String OK = "TMP-CHECKOUT-PROBE OK";

    public static void main(String[] args) throws Exception {
        String marker = Files.readString(Path.of("marker")).strip();
        Files.writeString(Path.of("written-in-guest"), "guest");
        System.out.println(OK + " cwd=" + Path.of("").toAbsolutePath() + " marker=" + marker);
    }
}
