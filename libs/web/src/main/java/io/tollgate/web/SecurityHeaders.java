package io.tollgate.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every HTML page forbids what it does not need: no script, styles only from this service's stylesheet or inline, no
 * framing, forms only to this service, no referrer to other origins (same-origin: with no-referrer a browser sends
 * {@code Origin: null} on our own form posts, which {@link CrossSiteForm} must refuse), no caching. The browser itself then guarantees the page fetches
 * nothing external.
 */
public class SecurityHeaders {

    /** The Content-Security-Policy of every page. */
    public static final String POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @ServerResponseFilter
    public void html(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Security-Policy", POLICY);
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
            response.getHeaders().putSingle("Referrer-Policy", "same-origin");
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
