package io.tollgate.platform.web;

import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects JSON bodies larger than {@code tollgate.http.max-json-body-bytes} with a 413 problem before they
 * are read. File uploads (list imports) are bounded by {@code quarkus.http.limits.max-body-size} instead.
 */
public class BodySizeLimitFilter {

    private final long maxJsonBodyBytes;

    public BodySizeLimitFilter(
            @ConfigProperty(name = "tollgate.http.max-json-body-bytes", defaultValue = "67108864") long maxJsonBodyBytes) {
        this.maxJsonBodyBytes = maxJsonBodyBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext ctx) {
        MediaType type = ctx.getMediaType();
        if (type == null || !(type.getSubtype().endsWith("json") || type.getSubtype().equals("x-ndjson"))) {
            return;
        }
        String length = ctx.getHeaderString("Content-Length");
        if (length == null) {
            return;
        }
        try {
            if (Long.parseLong(length.trim()) > maxJsonBodyBytes) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "The body is larger than " + maxJsonBodyBytes + " bytes");
            }
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Content-Length is not a number");
        }
    }
}
