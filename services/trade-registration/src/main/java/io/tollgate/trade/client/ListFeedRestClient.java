package io.tollgate.trade.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The screening service's list change feed; use {@link ListChangeFeed}, which owns fault tolerance and mapping. */
@RegisterRestClient(configKey = "screening")
@Path("/api/v1/lists")
interface ListFeedRestClient {

    /** Entity changes after the cursor, in commit order. */
    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    ScreeningApiModel.ChangeFeedDto changes(@HeaderParam("Authorization") String authorization,
                                            @QueryParam("after") long after, @QueryParam("limit") int limit);
}
