package io.tollgate.reporting.rest.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.tollgate.platform.security.Roles;
import io.tollgate.reporting.config.ReportingConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * How a browser reaches the dashboard: the officer pastes the bearer token their identity provider issued (in
 * development, {@code make token ROLE=auditor}); the service verifies it exactly as it verifies a bearer header and
 * keeps it in an HttpOnly, SameSite=Strict cookie that expires with the token. See
 * {@link SessionCookieAuthMechanism} for what the cookie may do.
 */
@Path("/login")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String error);
    }

    private final JWTParser parser;
    private final ReportingConfig config;
    private final Clock clock;

    public LoginResource(JWTParser parser, ReportingConfig config, Clock clock) {
        this.parser = parser;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "Sign-in page", description = "A form to paste a bearer token into.")
    public TemplateInstance page() {
        return Templates.login(null);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "Sign in", description = "Verifies the token (signature, issuer, expiry, role auditor or "
            + "supervisor) and sets it as the session cookie; 303 to the dashboard, or the form again with the reason.")
    public Response signIn(@FormParam("token") String token) {
        String raw = token == null ? "" : token.trim();
        if (raw.regionMatches(true, 0, "Bearer ", 0, 7)) {
            raw = raw.substring(7).trim();
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(raw);
        } catch (ParseException e) {
            return again("That token is not valid here: it is malformed, expired, or not signed by the issuer this "
                    + "service trusts.");
        }
        Set<String> groups = jwt.getGroups();
        if (groups == null || !(groups.contains(Roles.AUDITOR) || groups.contains(Roles.SUPERVISOR))) {
            return again("The token is valid, but " + jwt.getName() + " has neither the auditor nor the supervisor "
                    + "role the dashboard needs.");
        }
        long lifetime = Math.max(0, jwt.getExpirationTime() - clock.instant().getEpochSecond());
        NewCookie cookie = new NewCookie.Builder(SessionCookieAuthMechanism.COOKIE).value(raw).path("/")
                .httpOnly(true).secure(config.dashboard().secureCookie()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) Math.min(Integer.MAX_VALUE, lifetime)).build();
        return Response.seeOther(URI.create("/")).cookie(cookie).build();
    }

    /** The cookie that ends the session. */
    static NewCookie expired(boolean secure) {
        return new NewCookie.Builder(SessionCookieAuthMechanism.COOKIE).value("").path("/").httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
    }

    private static Response again(String error) {
        return Response.status(401).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.login(error)).build();
    }
}
