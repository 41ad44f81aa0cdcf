package io.tollgate.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * How a browser signs in to any of the three services: the person pastes the bearer token their identity provider
 * issued (in development, {@code make token ROLE=…}) into {@code POST /login}; the service verifies it exactly as it
 * verifies a bearer header and keeps it in an HttpOnly, SameSite=Strict cookie that expires with the token.
 * {@link SignOutResource} removes it. See {@link SessionCookieAuthMechanism} for what the cookie may do.
 */
@Path("/login")
public class SignInResource {

    private final JWTParser parser;
    private final WebConfig config;
    private final Clock clock;

    public SignInResource(JWTParser parser, WebConfig config) {
        this.parser = parser;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page() {
        return WebTemplates.login(null, roles());
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    @WebForm
    public Response signIn(@RestForm String token, @RestForm String csrf) {
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
        List<String> needed = config.signInRoles();
        if (groups == null || needed.stream().noneMatch(groups::contains)) {
            return again("The token is valid, but " + jwt.getName() + " has " + (needed.size() == 1 ? "not the "
                    : "neither the ") + String.join(" nor the ", needed) + " role these pages need.");
        }
        long lifetime = Math.max(0, jwt.getExpirationTime() - clock.instant().getEpochSecond());
        NewCookie cookie = new NewCookie.Builder(SessionCookieAuthMechanism.COOKIE).value(raw).path("/")
                .httpOnly(true).secure(config.secureCookie()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) Math.min(Integer.MAX_VALUE, lifetime)).build();
        return Response.fromResponse(WebPages.redirect("/")).cookie(cookie).build();
    }

    private String roles() {
        return String.join(" or ", config.signInRoles());
    }

    private Response again(String error) {
        return WebPages.html(401, WebTemplates.login(error, roles()));
    }
}
