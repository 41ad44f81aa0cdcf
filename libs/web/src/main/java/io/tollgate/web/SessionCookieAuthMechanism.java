package io.tollgate.web;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Set;

/**
 * Bearer tokens as everywhere in Tollgate, plus one thing a browser needs: the same signed JWT carried in the
 * {@value #COOKIE} cookie (HttpOnly, SameSite=Strict, set by {@code POST /login}). The cookie is accepted on the
 * workbench pages (every path outside {@code /api/} and {@code /q/}; their forms that change something are guarded by
 * {@link CsrfFilter}) and, for reading only (GET, HEAD), on the API paths a service lists in
 * {@code tollgate.web.cookie-read-paths}. Every other API call needs the Authorization header, so a forged
 * cross-site request cannot ride on the cookie. The token in the cookie is verified exactly like a bearer token
 * (signature, issuer, expiry); an invalid one leaves the caller anonymous.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SessionCookieAuthMechanism implements HttpAuthenticationMechanism {

    /** The session cookie's name. */
    public static final String COOKIE = "tollgate_token";

    private final JWTAuthMechanism bearer;
    private final List<String> readPaths;

    public SessionCookieAuthMechanism(JWTAuthMechanism bearer, WebConfig config) {
        this.bearer = bearer;
        this.readPaths = config.cookieReadPaths().orElse(List.of());
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (context.request().getHeader("Authorization") == null && acceptsCookie(context)) {
            Cookie cookie = context.request().getCookie(COOKIE);
            if (cookie != null && !cookie.getValue().isBlank()) {
                AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(
                        new TokenAuthenticationRequest(new JsonWebTokenCredential(cookie.getValue())), context);
                // an expired or forged cookie is no identity: the page sends the browser to sign in again
                return identities.authenticate(request).onFailure().recoverWithNull();
            }
        }
        return bearer.authenticate(context, identities);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return bearer.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return bearer.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return bearer.getCredentialTransport(context);
    }

    private boolean acceptsCookie(RoutingContext context) {
        String path = context.normalizedPath();
        if (WebPaths.isPage(path)) {
            return true;
        }
        HttpMethod method = context.request().method();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && readPaths.stream().anyMatch(path::startsWith);
    }
}
