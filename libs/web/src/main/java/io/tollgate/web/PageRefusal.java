package io.tollgate.web;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Why a page is not shown: nobody is signed in (303 to {@code /login}), the caller lacks the page's roles (403 page),
 * or what it names does not exist (404 page). Thrown by {@link WebPages}, answered here as HTML.
 */
public class PageRefusal extends RuntimeException {

    private final transient Response response;

    PageRefusal(Response response) {
        super(null, null, false, false);
        this.response = response;
    }

    /** The answer the browser gets. */
    public Response response() {
        return response;
    }

    /** Maps the refusal to its page. */
    public static class Mapper {
        @ServerExceptionMapper
        public Response refused(PageRefusal refusal) {
            return refusal.response();
        }
    }
}
