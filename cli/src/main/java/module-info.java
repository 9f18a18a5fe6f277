/**
 * The mediacapture command-line tool. Backends (platform modules) are not required here: the core's
 * {@code uses} clause makes the module system bind every provider on the module path.
 */
module io.mediacapture.cli {
    requires io.mediacapture.core;

    exports io.mediacapture.cli;
}
