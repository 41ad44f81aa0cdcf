package io.tollgate.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * The limits every service enforces on a request at the HTTP edge, before any resource reads it
 * ({@code tollgate.http.*}). Bodies of other media types (list files, rate files) are bounded by
 * {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "tollgate.http")
public interface HttpLimits {

    /** Largest JSON or NDJSON body an endpoint accepts unless {@link #bodyLimits()} names the endpoint. */
    @WithDefault("8388608")
    long maxJsonBodyBytes();

    /** Endpoints with a body limit of their own, by request path, e.g. {@code "/api/v1/screenings/batch"}. */
    Map<String, Long> bodyLimits();

    /** Longest request target (path and query) accepted; a longer one is refused with 414. */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest total size of the request headers (names and values); larger ones are refused with 431. */
    @WithDefault("16384")
    int maxHeaderBytes();
}
