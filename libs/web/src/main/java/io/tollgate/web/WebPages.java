package io.tollgate.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;

/**
 * What every page resource needs, in one place: who may see the page ({@link #require}), the HTML answer
 * ({@link #html}), the redirect after a form ({@link #redirect}), the 404 page ({@link #notFound}).
 */
@ApplicationScoped
public class WebPages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final SecurityIdentity identity;

    public WebPages(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * Lets the caller through when they hold one of the roles; otherwise sends an anonymous browser to sign in and
     * shows a signed-in caller the 403 page naming the roles (by throwing a {@link PageRefusal}).
     */
    public void require(String... roles) {
        if (identity.isAnonymous()) {
            throw new PageRefusal(redirect("/login"));
        }
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw new PageRefusal(html(403, WebTemplates.forbidden(String.join(" or ", roles))));
        }
    }

    /** Whether the signed-in caller holds the role (what parts of a page to show). */
    public boolean has(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    /** The signed-in caller's name. */
    public String user() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** A 404 page saying what was not found. */
    public static PageRefusal notFound(String what) {
        return new PageRefusal(html(404, WebTemplates.message("Not found", what)));
    }

    /** 200 with the rendered page. */
    public static Response html(TemplateInstance page) {
        return html(200, page);
    }

    /** The rendered page with a status. */
    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page).build();
    }

    /**
     * 303 to a path on this service, written as given: never made absolute from the request's Host header (which a
     * client chooses). Only a local path ({@code /…}, not {@code //…}) is accepted.
     */
    public static Response redirect(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            throw new IllegalArgumentException("not a local path: " + path);
        }
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path).build();
    }
}
