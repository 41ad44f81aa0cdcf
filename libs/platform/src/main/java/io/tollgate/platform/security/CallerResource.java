package io.tollgate.platform.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells callers who the service thinks they are: useful to check a token before doing real work. */
@Path("/api/v1/me")
@Tag(name = "caller", description = "The identity in the caller's bearer token")
public class CallerResource {

    private final SecurityIdentity identity;

    public CallerResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's user name and roles as this service sees them. */
    public record Caller(String user, List<String> roles) {
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "whoAmI", summary = "Who am I", description = "The user name and roles taken from the bearer token.")
    public Caller me() {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }
}
