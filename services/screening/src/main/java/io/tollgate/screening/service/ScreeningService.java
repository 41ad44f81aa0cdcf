package io.tollgate.screening.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.screening.api.ScreeningApi;
import io.tollgate.screening.config.ScreeningConfig;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.matching.Match;
import io.tollgate.screening.domain.matching.MatchExplanation;
import io.tollgate.screening.domain.matching.NormalizedQuery;
import io.tollgate.screening.domain.matching.PairScore;
import io.tollgate.screening.domain.matching.PairScorer;
import io.tollgate.screening.domain.matching.QueryIdentifier;
import io.tollgate.screening.domain.matching.QueryType;
import io.tollgate.screening.domain.matching.ScreeningQuery;
import io.tollgate.screening.repository.ScreeningAuditLog;
import io.tollgate.screening.repository.ScreeningReader;
import io.tollgate.screening.repository.ScreeningRecord;
import io.tollgate.screening.repository.StoredScreening;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Screens parties against the loaded lists: builds the query, asks the current match index, stores every
 * screening for audit (committed before the answer is given) and answers with explained hits. Fails closed:
 * while no list is loaded it answers 503, never "no hits".
 */
@ApplicationScoped
public class ScreeningService {

    private static final int BATCH_CHUNK = 2000;

    private final ScreeningIndex index;
    private final ScreeningAuditLog audit;
    private final ScreeningReader reader;
    private final PairScorer pairScorer;
    private final ScreeningConfig config;
    private final ObjectMapper json;

    public ScreeningService(ScreeningIndex index, ScreeningAuditLog audit, ScreeningReader reader,
                            PairScorer pairScorer, ScreeningConfig config, ObjectMapper json) {
        this.index = index;
        this.audit = audit;
        this.reader = reader;
        this.pairScorer = pairScorer;
        this.config = config;
        this.json = json;
    }

    /**
     * Screens one party without holding the calling thread while its audit record is committed: the answer comes
     * when the record is stored (never before), or the stage fails with a 503 problem if it cannot be.
     */
    public CompletionStage<ScreeningApi.ScreeningResponse> screen(ScreeningApi.ScreeningRequest request, String user) {
        ScreeningIndex.Snapshot snap = loadedIndex();
        Screened s = run(snap, request, null);
        return audit.storeLater(List.of(s.record(user))).thenApply(stored -> s.response());
    }

    /**
     * Screens many parties; results come back in input order, each stored for audit before it is returned.
     * The consumer is called chunk by chunk, so the caller can stream the answers out.
     */
    public void screenBatch(List<ScreeningApi.ScreeningRequest> requests, String user,
                            java.util.function.Consumer<List<ScreeningApi.ScreeningResponse>> out) {
        ScreeningIndex.Snapshot snap = loadedIndex();
        String batchId = ScreeningIds.next();
        for (int from = 0; from < requests.size(); from += BATCH_CHUNK) {
            List<ScreeningApi.ScreeningRequest> chunk = requests.subList(from, Math.min(requests.size(), from + BATCH_CHUNK));
            Screened[] done = new Screened[chunk.size()];
            // the snapshot is immutable and the matcher thread-safe: screen the chunk on all cores
            IntStream.range(0, chunk.size()).parallel().forEach(i -> done[i] = run(snap, chunk.get(i), batchId));
            List<ScreeningRecord> records = new ArrayList<>(done.length);
            List<ScreeningApi.ScreeningResponse> responses = new ArrayList<>(done.length);
            for (Screened s : done) {
                records.add(s.record(user));
                responses.add(s.response());
            }
            audit.store(records);
            out.accept(responses);
        }
    }

    /** "Why would these two match?" — scores one query against one candidate; no list involved, nothing stored. */
    public ScreeningApi.PairResponse score(ScreeningApi.PairRequest request) {
        ScreeningQuery query = toQuery(request.query());
        ScreeningApi.Candidate c = request.candidate();
        ListedEntityBuilder b = new ListedEntityBuilder("pair", "candidate")
                .type(entityType(c.type()))
                .name(ListedName.primary(c.name()))
                .gender(gender(c.gender()));
        if (c.birthDate() != null) {
            b.birthDate(io.tollgate.screening.domain.list.BirthDate.of(PartialDate.parse(c.birthDate())));
        }
        if (c.countries() != null) {
            c.countries().forEach(code -> b.nationality(code.toUpperCase(Locale.ROOT)));
        }
        if (c.identifiers() != null) {
            for (ScreeningApi.Identifier id : c.identifiers()) {
                IdentifierType t = identifierType(id.type());
                b.identifier(new io.tollgate.screening.domain.list.Identifier(t == null ? IdentifierType.OTHER : t,
                        id.value(), null, null));
            }
        }
        PairScore score = pairScorer.score(query, b.build(), threshold(request.query()));
        return new ScreeningApi.PairResponse(round(score.score()), score.match(), score.threshold(),
                score.matchedName(), components(score.explanation()), json.valueToTree(score.query()));
    }

    /** A stored screening. */
    public Optional<ScreeningApi.StoredScreening> find(String id) {
        return reader.find(id).map(this::toApi);
    }

    private static final TypeReference<List<ScreeningApi.Component>> COMPONENTS = new TypeReference<>() { };

    private ScreeningApi.StoredScreening toApi(StoredScreening s) {
        try {
            List<ScreeningApi.Hit> hits = new ArrayList<>();
            for (StoredScreening.Hit h : s.hits()) {
                hits.add(new ScreeningApi.Hit(h.entityId(), h.sourceId(), h.sourceEntityId(),
                        h.entityType() == null ? null : h.entityType().toLowerCase(Locale.ROOT), h.primaryName(),
                        h.matchedName(), h.score().doubleValue(), h.entityContentHash(),
                        json.readValue(h.explanation(), COMPONENTS)));
            }
            return new ScreeningApi.StoredScreening(s.id(), s.requestedBy(), s.requestedAt(),
                    s.threshold().doubleValue(), json.readTree(s.listVersions()), json.readTree(s.request()),
                    json.readTree(s.normalized()), s.batchId(), s.evasionCharacters(), hits);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored screening " + s.id() + " is not readable", e);
        }
    }

    private ScreeningIndex.Snapshot loadedIndex() {
        return index.current().orElseThrow(() -> ProblemException.unavailable("No sanctions list is loaded yet, so "
                + "nothing can be screened: import one with POST /api/v1/lists/{source}/imports "
                + "(or wait for the index to finish building)"));
    }

    private record Screened(String id, Instant at, ScreeningApi.ScreeningRequest request, String requestJson,
                            String normalizedJson, double threshold, Map<String, Long> versions,
                            List<ScreeningApi.Hit> hits, String batchId, boolean evasionCharacters) {

        ScreeningApi.ScreeningResponse response() {
            return new ScreeningApi.ScreeningResponse(id, at, threshold, versions, hits, evasionCharacters);
        }

        ScreeningRecord record(String user) {
            List<ScreeningRecord.Hit> stored = new ArrayList<>(hits.size());
            for (int i = 0; i < hits.size(); i++) {
                ScreeningApi.Hit h = hits.get(i);
                stored.add(new ScreeningRecord.Hit(i + 1, h.entityId(), h.source(), h.sourceId(), h.entityContentHash(),
                        BigDecimal.valueOf(h.score()).setScale(4, RoundingMode.HALF_UP), h.matchedName(),
                        ScreeningService.toJson(h.explanation())));
            }
            return new ScreeningRecord(id, user, at, request.name(), request.type() == null ? "any"
                    : request.type().toLowerCase(Locale.ROOT), requestJson, normalizedJson,
                    BigDecimal.valueOf(threshold).setScale(4, RoundingMode.HALF_UP), toJson(versions), stored, batchId,
                    evasionCharacters);
        }
    }

    private Screened run(ScreeningIndex.Snapshot snap, ScreeningApi.ScreeningRequest request, String batchId) {
        ScreeningQuery query = toQuery(request);
        double threshold = threshold(request);
        int limit = request.limit() == null ? 10 : request.limit();
        Predicate<String> sources = sourceFilter(request.sources());
        List<Match> matches = snap.matchIndex().search(query, threshold, limit, sources);
        List<ScreeningApi.Hit> hits = new ArrayList<>(matches.size());
        for (Match m : matches) {
            var e = m.entity().entity();
            hits.add(new ScreeningApi.Hit(m.entity().entityId(), e.source(), e.sourceId(), e.type().apiName(),
                    e.primaryName(), m.matchedName(), round(m.score()),
                    snap.contentHashes().getOrDefault(m.entity().entityId(), ""), components(m.explanation())));
        }
        Map<String, Long> versions = request.sources() == null || request.sources().isEmpty() ? snap.listVersions()
                : snap.listVersions().entrySet().stream().filter(en -> sources.test(en.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        NormalizedQuery normalized = snap.matchIndex().normalize(query);
        return new Screened(ScreeningIds.next(), Instant.now(), request, toJson(request), toJson(normalized), threshold,
                versions, hits, batchId, !normalized.evasionCharacters().isEmpty());
    }

    private double threshold(ScreeningApi.ScreeningRequest request) {
        return request.threshold() == null ? config.matching().threshold() : request.threshold().doubleValue();
    }

    private static Predicate<String> sourceFilter(List<String> sources) {
        if (sources == null || sources.isEmpty()) {
            return s -> true;
        }
        Set<String> wanted = new HashSet<>(sources);
        return wanted::contains;
    }

    static ScreeningQuery toQuery(ScreeningApi.ScreeningRequest r) {
        List<QueryIdentifier> ids = new ArrayList<>();
        if (r.identifiers() != null) {
            for (ScreeningApi.Identifier id : r.identifiers()) {
                ids.add(new QueryIdentifier(identifierType(id.type()), id.value(), null));
            }
        }
        Set<String> countries = new HashSet<>();
        if (r.countries() != null) {
            r.countries().forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
        }
        return new ScreeningQuery(r.name(), queryType(r.type()),
                r.birthDate() == null ? null : PartialDate.parse(r.birthDate()), countries, ids, gender(r.gender()));
    }

    private static QueryType queryType(String type) {
        return type == null ? QueryType.ANY : QueryType.valueOf(type.toUpperCase(Locale.ROOT));
    }

    private static EntityType entityType(String type) {
        if (type == null || type.equalsIgnoreCase("any")) {
            return EntityType.UNKNOWN;
        }
        return EntityType.valueOf(type.toUpperCase(Locale.ROOT));
    }

    private static String gender(String g) {
        if (g == null) {
            return null;
        }
        return g.toLowerCase(Locale.ROOT).startsWith("f") ? "female" : "male";
    }

    /** The identifier type a caller names, accepting the trade vocabulary (BIC, CRYPTO_ADDRESS). */
    static IdentifierType identifierType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String t = type.toUpperCase(Locale.ROOT);
        return switch (t) {
            case "BIC", "SWIFT", "SWIFT_BIC" -> IdentifierType.SWIFT_BIC;
            case "CRYPTO_ADDRESS", "CRYPTO", "WALLET", "DIGITAL_CURRENCY_ADDRESS" -> IdentifierType.DIGITAL_CURRENCY_ADDRESS;
            case "INN", "RIF", "TIN", "TAX_ID" -> IdentifierType.TAX_ID;
            case "OGRN", "REGISTRATION" -> IdentifierType.REGISTRATION;
            default -> {
                try {
                    yield IdentifierType.valueOf(t);
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badRequest("Unknown identifier type '" + type + "'");
                }
            }
        };
    }

    private static List<ScreeningApi.Component> components(MatchExplanation explanation) {
        return explanation.components().stream().map(c -> new ScreeningApi.Component(c.feature(), c.queryValue(),
                c.candidateValue(), Math.round(c.contribution() * 10000) / 10000.0)).toList();
    }

    private static double round(double score) {
        return Math.round(score * 10000) / 10000.0;
    }

    private static final ObjectMapper AUDIT_JSON = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static String toJson(Object o) {
        try {
            return AUDIT_JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
