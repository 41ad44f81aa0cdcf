package io.tollgate.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/** {@code POST /logout}: ends the browser's session by expiring the session cookie; 303 to the sign-in page. */
@Path("/logout")
public class SignOutResource {

    private final WebConfig config;

    public SignOutResource(WebConfig config) {
        this.config = config;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @WebForm
    public Response signOut(@RestForm String csrf) {
        NewCookie expired = new NewCookie.Builder(SessionCookieAuthMechanism.COOKIE).value("").path("/")
                .httpOnly(true).secure(config.secureCookie()).sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
        return Response.fromResponse(WebPages.redirect("/login")).cookie(expired).build();
    }

}
