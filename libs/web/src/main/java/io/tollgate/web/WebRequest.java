package io.tollgate.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * What the shared layout shows about the request being answered, read in templates as {@code inject:web}: the
 * navigation bar for the caller's roles, who is signed in, and this browser's CSRF token (issuing the cookie it is
 * bound to when the browser has none yet).
 */
@Named("web")
@RequestScoped
public class WebRequest {

    private final RoutingContext routing;
    private final SecurityIdentity identity;
    private final WebConfig config;
    private final CsrfTokens tokens;
    private final Navigation navigation;
    private String csrfToken;

    public WebRequest(RoutingContext routing, SecurityIdentity identity, WebConfig config, CsrfTokens tokens,
                      Navigation navigation) {
        this.routing = routing;
        this.identity = identity;
        this.config = config;
        this.tokens = tokens;
        this.navigation = navigation;
    }

    /** The service's name beside the brand. */
    public String title() {
        return config.title();
    }

    /** Whether someone is signed in. */
    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The signed-in caller's name. */
    public String user() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The caller's roles, sorted, comma separated. */
    public String roles() {
        return String.join(", ", identity.getRoles().stream().sorted().toList());
    }

    /** The links of the navigation bar this caller may follow. */
    public List<Navigation.Link> links() {
        return navigation.links(identity, routing.normalizedPath());
    }

    /** The CSRF token for this page's forms (see {@link CsrfTokens}). */
    public String csrfToken() {
        if (csrfToken == null) {
            Cookie existing = routing.request().getCookie(CsrfTokens.COOKIE);
            String value = existing == null || existing.getValue().isBlank() ? null : existing.getValue();
            if (value == null) {
                value = tokens.newCookieValue();
                routing.response().addCookie(Cookie.cookie(CsrfTokens.COOKIE, value).setPath("/").setHttpOnly(true)
                        .setSecure(config.secureCookie()).setSameSite(CookieSameSite.STRICT));
            }
            Cookie session = routing.request().getCookie(SessionCookieAuthMechanism.COOKIE);
            csrfToken = tokens.token(value, session == null ? "" : session.getValue());
        }
        return csrfToken;
    }
}
