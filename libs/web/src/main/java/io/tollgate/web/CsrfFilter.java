package io.tollgate.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses every state-changing request to a workbench page (POST, PUT, PATCH, DELETE outside {@code /api/} and
 * {@code /q/}, the sign-in form included) whose form does not carry the {@value CsrfTokens#FIELD} token issued for
 * this browser's cookies, or that a browser says comes from another site ({@link CrossSiteForm}): 403 with a page
 * asking to reload. It runs on the endpoints marked {@link WebForm}, after
 * their form is read; it is bound to them (not global) because reading the form first would swallow the body of an
 * API call sent with a form content type (a list file posted with curl's default). {@link Unmarked} refuses the
 * state-changing page endpoints that lack the mark.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens tokens;

    @Inject
    WebConfig config;

    @WebForm
    @WithFormRead
    @ServerRequestFilter
    public Response verify(ResteasyReactiveContainerRequestContext request) {
        if (!changes(request.getMethod(), request.getUriInfo().getPath())) {
            return null;
        }
        if (CrossSiteForm.isCrossSite(request.getHeaderString("Sec-Fetch-Site"), request.getHeaderString("Origin"),
                request.getUriInfo().getBaseUri(), config.publicUrl())) {
            return refused();
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object submitted = context.getFormParameter(CsrfTokens.FIELD, true, false);
        String token = submitted instanceof FormValue value ? value.getValue()
                : submitted == null ? null : submitted.toString();
        Cookie csrf = request.getCookies().get(CsrfTokens.COOKIE);
        Cookie session = request.getCookies().get(SessionCookieAuthMechanism.COOKIE);
        if (tokens.verify(token, csrf == null ? null : csrf.getValue(), session == null ? "" : session.getValue())) {
            return null;
        }
        return refused();
    }

    static boolean changes(String method, String path) {
        return !SAFE.contains(method) && WebPaths.isPage(path);
    }

    static Response refused() {
        return WebPages.html(403, WebTemplates.message("This form cannot be accepted",
                "The form expired or did not come from this site (its CSRF token is missing or belongs to another "
                        + "session). Go back, reload the page and submit it again."));
    }

    /**
     * Refuses a state-changing page endpoint marked neither {@link WebForm} nor {@link WebUpload} (so it is never
     * unprotected).
     */
    public static class Unmarked {
        @ServerRequestFilter
        public Response refuse(ResteasyReactiveContainerRequestContext request, ResourceInfo resource) {
            if (!changes(request.getMethod(), request.getUriInfo().getPath())) {
                return null;
            }
            boolean marked = resource.getResourceMethod() != null
                    && (resource.getResourceMethod().isAnnotationPresent(WebForm.class)
                    || resource.getResourceMethod().isAnnotationPresent(WebUpload.class)
                    || resource.getResourceClass().isAnnotationPresent(WebForm.class));
            return marked ? null : refused();
        }
    }
}
