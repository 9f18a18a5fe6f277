/**
 * JMH benchmarks and latency probes: frame latency and per-frame cost against native baselines, core
 * overhead, pixel conversion against libyuv, and the constraint solver. See benchmarks/README.md.
 * Open because JMH instantiates its generated classes ({@code *.jmh_generated}) reflectively.
 */
open module io.mediacapture.benchmarks {
    requires io.mediacapture.core;
    requires io.mediacapture.linux; // the MJPEG decoder (exported to this module at compile time, see pom.xml)
    requires io.mediacapture.javafx;
    requires jmh.core;
    requires jdk.management;
    requires java.desktop;
    requires HdrHistogram;
}
