/**
 * JMH benchmarks: frame latency and per-frame cost against native baselines, and the constraint solver.
 * Open because JMH instantiates its generated classes ({@code *.jmh_generated}) reflectively.
 */
open module io.mediacapture.benchmarks {
    requires io.mediacapture.core;
    requires jmh.core;
}
