/** JMH benchmarks: frame latency and per-frame cost against native baselines. */
module io.mediacapture.benchmarks {
    requires io.mediacapture.core;
}
