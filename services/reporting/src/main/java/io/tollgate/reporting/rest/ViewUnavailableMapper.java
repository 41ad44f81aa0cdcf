package io.tollgate.reporting.rest;

import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.reporting.repository.ViewUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A view that cannot be read is the other services' or the deploy's problem to fix: 503, with an id in the log. */
public class ViewUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(ViewUnavailableMapper.class);

    @ServerExceptionMapper
    public Response unavailable(ViewUnavailableException e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "report data unreadable %s on %s", errorId, uri.getPath());
        Problem body = new Problem(ProblemType.UNAVAILABLE.uri(), ProblemType.UNAVAILABLE.title(), 503,
                "The published views this report reads cannot be read right now (are trade-registration and "
                        + "screening migrated, and is SELECT granted on their report views?); error id " + errorId,
                uri.getPath(), java.util.List.of());
        return Response.status(503).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
