package io.tollgate.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    @Test
    void shouldCountJsonAndNdjsonAsJson() {
        assertTrue(RequestLimits.isJson("application/json"));
        assertTrue(RequestLimits.isJson("Application/JSON; charset=UTF-8"));
        assertTrue(RequestLimits.isJson("application/problem+json"));
        assertTrue(RequestLimits.isJson("application/x-ndjson"));
        assertFalse(RequestLimits.isJson("text/csv"));
        assertFalse(RequestLimits.isJson("application/zip"));
        assertFalse(RequestLimits.isJson(null));
    }
}
