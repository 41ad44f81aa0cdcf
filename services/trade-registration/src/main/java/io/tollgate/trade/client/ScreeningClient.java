package io.tollgate.trade.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.tollgate.trade.config.TradeConfig;
import io.tollgate.trade.domain.PartyIdentifierType;
import io.tollgate.trade.domain.ListHit;
import io.tollgate.trade.domain.PartialDate;
import io.tollgate.trade.domain.PartyIdentifier;
import io.tollgate.trade.domain.PartyScreening;
import io.tollgate.trade.domain.ScreeningSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Screens parties through the screening service's batch API, with timeout, retry and circuit breaker, and translates
 * its answers into the trade domain (an anti-corruption layer). Failures surface as exceptions: the caller decides
 * that an unscreened trade is PENDING_SCREENING, never CLEARED.
 */
@ApplicationScoped
public class ScreeningClient {

    private final ScreeningRestClient rest;
    private final ObjectReader reader;
    private final int limit;

    public ScreeningClient(@RestClient ScreeningRestClient rest, ObjectMapper json, TradeConfig config) {
        this.rest = rest;
        // another service's answer may gain fields; the suite-wide strictness is for requests we receive
        this.reader = json.readerFor(ScreeningApiModel.ScreeningResponseDto.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.limit = config.screening().limit();
    }

    /**
     * Screens the queries with the given bearer token (the caller's, or the service token for background work) and
     * returns one screening per query, in order. A trade's parties: one short call, given up on after 5 s and retried
     * twice. A 401/403 is a {@link ScreeningRefusedException} at once: retrying the same token cannot help, and a
     * refused token says nothing about whether screening is up, so the circuit breaker does not count it.
     */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {CircuitBreakerOpenException.class, ScreeningRefusedException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1,
            skipOn = ScreeningRefusedException.class)
    public List<PartyScreening> screen(List<ScreeningSubject> queries, String bearerToken) {
        return call(queries, bearerToken);
    }

    /**
     * Screens a large batch for background re-screening (callers send a few thousand queries per call): the same
     * contract as {@link #screen}, with a longer overall timeout (the client's 10 s socket read timeout still applies)
     * and a circuit breaker of its own, so a slow bulk run never opens the circuit that trade registration depends on.
     */
    @Timeout(30_000)
    @Retry(maxRetries = 2, delay = 2000, jitter = 500,
            abortOn = {CircuitBreakerOpenException.class, ScreeningRefusedException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30_000, successThreshold = 1,
            skipOn = ScreeningRefusedException.class)
    public List<PartyScreening> screenInBulk(List<ScreeningSubject> queries, String bearerToken) {
        return call(queries, bearerToken);
    }

    private List<PartyScreening> call(List<ScreeningSubject> queries, String bearerToken) {
        if (queries.isEmpty()) {
            return List.of();
        }
        String ndjson;
        try {
            ndjson = rest.batch("Bearer " + bearerToken, queries.stream().map(this::toRemote).toList());
        } catch (WebApplicationException e) {
            throw refusalOr(e);
        }
        List<PartyScreening> out = new ArrayList<>(queries.size());
        int start = 0;
        int length = ndjson.length();
        while (start < length) {
            int end = ndjson.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String line = ndjson.substring(start, end);
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(toDomain((ScreeningApiModel.ScreeningResponseDto) reader.readValue(line)));
            } catch (JsonProcessingException e) {
                throw new ScreeningUnavailableException("malformed screening line " + (out.size() + 1) + ": "
                        + e.getOriginalMessage(), e);
            }
        }
        if (out.size() != queries.size()) {
            // a short answer would leave parties unscreened; treat it as no answer at all
            throw new ScreeningUnavailableException("the screening service answered " + out.size() + " of "
                    + queries.size() + " screenings", null);
        }
        return out;
    }

    /** A 401/403 as a {@link ScreeningRefusedException}; any other error status unchanged (retried). */
    static RuntimeException refusalOr(WebApplicationException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
        if (status != 401 && status != 403) {
            return e;
        }
        String detail = null;
        try {
            detail = e.getResponse().readEntity(String.class);
        } catch (RuntimeException ignored) {
            // the status says enough
        }
        if (detail != null && detail.length() > 300) {
            detail = detail.substring(0, 300);
        }
        return new ScreeningRefusedException(status, detail);
    }

    private ScreeningApiModel.ScreeningRequestDto toRemote(ScreeningSubject q) {
        return new ScreeningApiModel.ScreeningRequestDto(q.name(), q.type().code(),
                q.birthDate().map(PartialDate::toString).orElse(null), q.countries(),
                q.identifiers().stream().map(ScreeningClient::toRemote).toList(), limit);
    }

    private static ScreeningApiModel.IdentifierDto toRemote(PartyIdentifier id) {
        // the screening API accepts BIC and CRYPTO_ADDRESS as aliases of SWIFT_BIC and DIGITAL_CURRENCY_ADDRESS
        String type = id.type() == PartyIdentifierType.BIC ? "SWIFT_BIC"
                : id.type() == PartyIdentifierType.CRYPTO_ADDRESS ? "DIGITAL_CURRENCY_ADDRESS" : id.type().name();
        return new ScreeningApiModel.IdentifierDto(type, id.value());
    }

    private static PartyScreening toDomain(ScreeningApiModel.ScreeningResponseDto r) {
        if (r == null || r.screeningId() == null || r.screenedAt() == null) {
            throw new ScreeningUnavailableException("a screening without id or time", null);
        }
        List<ListHit> hits = r.hits() == null ? List.of() : r.hits().stream().map(ScreeningClient::toHit).toList();
        Map<String, Long> versions = r.listVersions() == null ? Map.of() : r.listVersions();
        return new PartyScreening(r.screeningId(), r.screenedAt().truncatedTo(ChronoUnit.MICROS), versions, hits);
    }

    private static ListHit toHit(ScreeningApiModel.HitDto h) {
        List<ScreeningApiModel.ComponentDto> parts = h.explanation() == null ? List.of() : h.explanation();
        // "identifier" is the screening service's feature for an identifier equal to the listed entity's
        boolean identifier = parts.stream().anyMatch(c -> "identifier".equals(c.feature()));
        List<String> explanation = parts.stream().map(c -> c.feature() + ": " + c.queryValue() + " ~ "
                + c.candidateValue() + " (+" + c.contribution() + ")").toList();
        return new ListHit(h.entityId(), h.source(), h.sourceId(), h.type(), h.primaryName(), h.matchedName(),
                h.score(), h.entityContentHash(), identifier, explanation);
    }
}
