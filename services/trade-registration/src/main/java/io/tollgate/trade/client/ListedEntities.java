package io.tollgate.trade.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.trade.domain.review.ListedRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads a listed entity's full record from the screening service for the alert review page, with the reviewer's own
 * token (an analyst or supervisor may read listed entities), and translates it into trade registration's
 * {@link ListedRecord}. A person waits on the page: one try, at most two seconds, a circuit breaker of its own; any
 * failure is shown on the page instead of the record ({@link #why}), never an error page.
 */
@ApplicationScoped
public class ListedEntities {

    private final EntityRestClient rest;

    public ListedEntities(@RestClient EntityRestClient rest) {
        this.rest = rest;
    }

    /**
     * The entity's record; empty when the screening service knows no such entity (404). Throws when it cannot be
     * read: {@link #why} says why in words for the page.
     */
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    public Optional<ListedRecord> find(long entityId, String bearerToken) {
        try {
            return Optional.of(toRecord(entityId, rest.entity("Bearer " + bearerToken, entityId)));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Why {@link #find} failed, for the page. */
    public static String why(Throwable e) {
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            int status = w.getResponse().getStatus();
            return status == 401 || status == 403
                    ? "the screening service does not let this sign-in read listed entities (HTTP " + status + ")"
                    : "the screening service answered HTTP " + status;
        }
        if (e instanceof CircuitBreakerOpenException || e instanceof TimeoutException
                || e instanceof ProcessingException) {
            return "the screening service is not answering";
        }
        return "the screening service's answer could not be read";
    }

    static ListedRecord toRecord(long entityId, JsonNode root) {
        JsonNode e = root.path("entity");
        List<String> names = new ArrayList<>();
        e.path("names").forEach(n -> names.add(n.path("full").asText()));
        List<String> dates = new ArrayList<>();
        e.path("birthDates").forEach(d -> {
            String from = date(d.path("from"));
            String to = date(d.path("to"));
            dates.add(to.isEmpty() || to.equals(from) ? from : from + ".." + to);
        });
        Set<String> countries = new LinkedHashSet<>();
        e.path("nationalities").forEach(c -> countries.add(c.asText()));
        e.path("citizenships").forEach(c -> countries.add(c.asText()));
        e.path("addresses").forEach(a -> addText(countries, a.path("country")));
        e.path("placesOfBirth").forEach(p -> addText(countries, p.path("country")));
        List<ListedRecord.Identifier> ids = new ArrayList<>();
        e.path("identifiers").forEach(i -> ids.add(new ListedRecord.Identifier(i.path("type").asText(),
                i.path("value").asText())));
        List<String> programs = new ArrayList<>();
        e.path("programs").forEach(p -> programs.add(p.asText()));
        List<String> relations = new ArrayList<>();
        e.path("links").forEach(l -> relations.add(l.path("relation").asText() + ": " + l.path("targetName").asText()
                + (l.path("targetSourceId").isTextual() ? " (" + l.path("targetSourceId").asText() + ")" : "")));
        JsonNode ref = e.path("sourceRecord");
        String where = ref.isMissingNode() || ref.isNull() ? "" : ref.path("file").asText()
                + (ref.path("line").asLong() > 0 ? ", line " + ref.path("line").asLong() : "")
                + (ref.path("element").isTextual() ? ", " + ref.path("element").asText() : "");
        return new ListedRecord(entityId, e.path("source").asText(), e.path("sourceId").asText(),
                e.path("type").asText().toLowerCase(java.util.Locale.ROOT), root.path("listed").asBoolean(true),
                names, dates.stream().filter(d -> !d.isEmpty()).toList(), List.copyOf(countries), ids, programs,
                relations, e.path("remarks").asText(""), where);
    }

    private static void addText(Set<String> into, JsonNode node) {
        if (node.isTextual() && !node.asText().isBlank()) {
            into.add(node.asText());
        }
    }

    // the screening service writes a partial date as {year, month, day} (0: not known); a string is taken as is
    private static String date(JsonNode d) {
        if (d.isTextual()) {
            return d.asText();
        }
        if (!d.isObject() || d.path("year").asInt() == 0) {
            return "";
        }
        int y = d.path("year").asInt();
        int m = d.path("month").asInt();
        int day = d.path("day").asInt();
        return m == 0 ? String.format("%04d", y) : day == 0 ? String.format("%04d-%02d", y, m)
                : String.format("%04d-%02d-%02d", y, m, day);
    }
}
