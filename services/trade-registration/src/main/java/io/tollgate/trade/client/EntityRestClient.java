package io.tollgate.trade.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The screening service's listed entities; use {@link ListedEntities}, which owns fault tolerance and mapping. */
@RegisterRestClient(configKey = "screening")
@Path("/api/v1/entities")
interface EntityRestClient {

    /** One listed entity with every field and its listing state. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode entity(@HeaderParam("Authorization") String authorization, @PathParam("id") long id);
}
