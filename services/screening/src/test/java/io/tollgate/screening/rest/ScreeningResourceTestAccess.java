package io.tollgate.screening.rest;

import java.util.Map;

/** Lets tests in other packages wait for the screening index as {@link ScreeningResourceTest} does. */
public final class ScreeningResourceTestAccess {

    private ScreeningResourceTestAccess() {
    }

    /** Waits until the index serves the lists with these entity counts. */
    public static void awaitIndex(Map<String, Integer> expected) {
        ScreeningResourceTest.awaitIndex(expected);
    }
}
