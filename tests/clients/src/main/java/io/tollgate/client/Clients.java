package io.tollgate.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The generated API clients, pointed at a running service with a bearer token and strict JSON ({@link StrictJson}).
 * One line per service, as an integrator would write it.
 */
public final class Clients {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private Clients() {
    }

    /** Screening: lists, screenings, the caller. */
    public static io.tollgate.client.screening.ApiClient screening(URI base, String token) {
        var c = new io.tollgate.client.screening.ApiClient(HttpClient.newBuilder(),
                StrictJson.strict(io.tollgate.client.screening.ApiClient.createDefaultObjectMapper()), base.toString());
        c.setReadTimeout(TIMEOUT);
        c.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
        return c;
    }

    /** Trade registration: trades and alerts. */
    public static io.tollgate.client.trade.ApiClient trade(URI base, String token) {
        var c = new io.tollgate.client.trade.ApiClient(HttpClient.newBuilder(),
                StrictJson.strict(io.tollgate.client.trade.ApiClient.createDefaultObjectMapper()), base.toString());
        c.setReadTimeout(TIMEOUT);
        c.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
        return c;
    }

    /** Reporting: reports, report runs, FX rates. */
    public static io.tollgate.client.reporting.ApiClient reporting(URI base, String token) {
        var c = new io.tollgate.client.reporting.ApiClient(HttpClient.newBuilder(),
                StrictJson.strict(io.tollgate.client.reporting.ApiClient.createDefaultObjectMapper()), base.toString());
        c.setReadTimeout(TIMEOUT);
        c.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
        return c;
    }
}
