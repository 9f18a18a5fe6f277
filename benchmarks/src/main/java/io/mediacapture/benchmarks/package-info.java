package io.mediacapture.benchmarks;
