package io.tollgate.trade.client;

import io.tollgate.trade.domain.ListChange;
import io.tollgate.trade.domain.ListChangePage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads the screening service's list change feed ({@code GET /api/v1/lists/changes?after=}) with timeout, retry and
 * circuit breaker, and translates it into the trade domain. A 401/403 is a {@link ScreeningRefusedException}: not
 * retried, not counted as the feed being down.
 */
@ApplicationScoped
public class ListChangeFeed {

    private final ListFeedRestClient rest;

    public ListChangeFeed(@RestClient ListFeedRestClient rest) {
        this.rest = rest;
    }

    /** The changes after {@code cursor}, at most {@code limit}, with the service token. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200,
            abortOn = {CircuitBreakerOpenException.class, ScreeningRefusedException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30_000, successThreshold = 1,
            skipOn = ScreeningRefusedException.class)
    public ListChangePage after(long cursor, int limit, String bearerToken) {
        ScreeningApiModel.ChangeFeedDto page;
        try {
            page = rest.changes("Bearer " + bearerToken, cursor, limit);
        } catch (WebApplicationException e) {
            throw ScreeningClient.refusalOr(e);
        }
        if (page == null) {
            throw new ScreeningUnavailableException("an empty change feed answer", null);
        }
        List<ListChange> changes = page.changes() == null ? List.of() : page.changes().stream()
                .map(c -> new ListChange(c.cursor(), c.versionId(), c.source(), c.entityId(), c.sourceEntityId(),
                        ListChange.Type.of(c.changeType())))
                .toList();
        long next = changes.isEmpty() ? Math.max(cursor, page.nextCursor()) : changes.get(changes.size() - 1).cursor();
        return new ListChangePage(next, page.more() && !changes.isEmpty(), changes);
    }
}
