package io.tollgate.screening.domain.list.ofac;

import java.util.ArrayList;
import java.util.List;

/** Counts the recoverable oddities of one parse and keeps the first few, with their location, for the statistics. */
final class Warnings {

    static final int MAX_SAMPLES = 20;

    private long count;
    private final List<String> samples = new ArrayList<>();

    void add(String location, String message) {
        count++;
        if (samples.size() < MAX_SAMPLES) {
            samples.add(location + ": " + message);
        }
    }

    long count() {
        return count;
    }

    List<String> samples() {
        return List.copyOf(samples);
    }
}
