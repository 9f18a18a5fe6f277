package io.mediacapture.internal.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FitnessDistanceTest {
    @ParameterizedTest(name = "actual {0}, ideal {1} -> {2}")
    @CsvSource({
            "1280, 1280, 0",
            "640, 1280, 0.5",
            "1920, 1280, 0.3333333333333333",
            "30, 60, 0.5",
            "60, 30, 0.5",
            "0, 0, 0",
            "0, 5, 1",
            "48000, 44100, 0.08125",
            "5, NaN, 0"})
    void numeric(double actual, double ideal, double expected) {
        assertEquals(expected, FitnessDistance.numeric(actual, ideal), 1e-12);
    }

    @ParameterizedTest(name = "actual {0}, ideal {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "user; user; 0",
            "user; environment; 1",
            "user; environment,user; 0",
            "; user; 1",
            "user; ; 0"})
    void discrete(String actual, String ideal, double expected) {
        List<Object> idealList = ideal == null ? null : List.of((Object[]) ideal.split(","));
        assertEquals(expected, FitnessDistance.discrete(actual, idealList));
    }

    @org.junit.jupiter.api.Test
    void booleans() {
        assertEquals(0, FitnessDistance.discrete(true, List.of(true)));
        assertEquals(1, FitnessDistance.discrete(false, List.of(true)));
        assertEquals(1, FitnessDistance.discrete(true, List.of("all")));
    }
}
