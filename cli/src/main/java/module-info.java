/**
 * The mediacapture command-line tool ({@link io.mediacapture.cli.Main}). Backends (platform modules) are
 * not required here: the core's {@code uses} clause makes the module system bind every provider on the
 * module path. picocli reads the command classes reflectively, hence the {@code opens}.
 */
module io.mediacapture.cli {
    requires io.mediacapture.core;
    requires info.picocli;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.jr.ob;
    requires java.logging; // Main quiets the library's INFO log unless asked (MEDIACAPTURE_LOG)

    exports io.mediacapture.cli;

    opens io.mediacapture.cli to info.picocli;
}
