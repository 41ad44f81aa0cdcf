package io.tollgate.trade.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The screening service's batch endpoint; use {@link ScreeningClient}, which owns fault tolerance and mapping. */
@RegisterRestClient(configKey = "screening")
@Path("/api/v1/screenings")
interface ScreeningRestClient {

    /** Screens the queries; the answer is NDJSON, one screening per line in input order. */
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/x-ndjson")
    String batch(@HeaderParam("Authorization") String authorization,
                 List<ScreeningApiModel.ScreeningRequestDto> requests);
}
