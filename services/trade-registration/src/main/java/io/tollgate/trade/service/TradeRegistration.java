package io.tollgate.trade.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tollgate.platform.data.Sha256;
import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.PartialDate;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.repository.AuditLog;
import io.tollgate.trade.repository.TradeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers trades: checks the request, stores the trade under the caller's idempotency key, then has it screened and
 * decided ({@link DecisionRecorder}) with the caller's token. The trade is decided from the request as it is in
 * memory: a registration costs two commits (store, decision) and no reads of what it just wrote.
 */
@ApplicationScoped
public class TradeRegistration {

    /** Longer than a registration's screening can take (timeout x attempts), so the retry job never races it. */
    static final Duration IN_FLIGHT_GRACE = Duration.ofMinutes(2);

    /**
     * How long a repeat of a key waits for the first request with it to finish screening before it answers 409 "in
     * progress": a repeat never answers with the half-done state (PENDING_SCREENING) of a registration still running.
     */
    static final Duration REPEAT_WAIT = Duration.ofSeconds(5);
    static final Duration REPEAT_RETRY_AFTER = Duration.ofSeconds(2);
    private static final long REPEAT_POLL_MILLIS = 50;

    private final DecisionRecorder recorder;
    private final TradeQueries queries;
    private final TradeStore store;
    private final AuditLog audit;
    private final TradeMapper mapper;

    public TradeRegistration(DecisionRecorder recorder, TradeQueries queries, TradeStore store, AuditLog audit,
                             TradeMapper mapper) {
        this.recorder = recorder;
        this.queries = queries;
        this.store = store;
        this.audit = audit;
        this.mapper = mapper;
    }

    /** The outcome of a registration: the trade, and whether it was created now or replayed for the same key. */
    public record Registration(TradeApi.TradeView trade, boolean created) {
    }

    /** What the key check and insert gave: the trade stored now, or the original a replayed key registered. */
    private record Stored(long tradeId, boolean replay) {
    }

    /** Registers a trade under an idempotency key, screening with the caller's bearer token. */
    public Registration register(String idempotencyKey, TradeApi.TradeRequest request, String user,
                                 String bearerToken) {
        requireCurrency(request.currency());
        requireOwnershipAtMostWhole(request);
        requireBirthDates(request);
        String hash = Sha256.hex(mapper.write(request));
        Trade trade = mapper.toDomain(request);
        Instant now = DecisionRecorder.now();
        Stored stored;
        try {
            stored = QuarkusTransaction.requiringNew().call(() -> {
                Optional<Long> replay = replay(user, idempotencyKey, hash);
                return replay.isPresent() ? new Stored(replay.get(), true)
                        : new Stored(insert(trade, idempotencyKey, hash, user, now), false);
            });
        } catch (PersistenceException e) {
            if (!duplicateKey(e)) {
                throw e; // e.g. the database is unreachable: not a conflict (the platform answers 503)
            }
            // the key's primary key refused a second insert: another request with this key won the race
            throw ProblemException.conflict("Idempotency-Key " + idempotencyKey + " is being used by another request");
        }
        if (stored.replay()) {
            awaitFirstRequest(stored.tradeId(), idempotencyKey);
            return new Registration(queries.find(stored.tradeId()).orElseThrow(), false);
        }
        long id = stored.tradeId();
        DecisionRecorder.Attempt a = recorder.screenAndDecide(id, trade, bearerToken, user, Map.of());
        return new Registration(mapper.toView(id, trade, a.status(), a.reasons(), a.raised(), a.reportDueDate(),
                a.ruleVersions(), user, now, a.decidedAt()), true);
    }

    // the first request with the key is still screening its trade: wait for its outcome rather than answer with
    // PENDING_SCREENING, which the first request will not answer (unless screening fails for it too)
    private void awaitFirstRequest(long tradeId, String key) {
        Instant deadline = Instant.now().plus(REPEAT_WAIT);
        while (queries.registrationInFlight(tradeId, Instant.now())) {
            if (Instant.now().isAfter(deadline)) {
                throw ProblemException.conflict("Idempotency-Key " + key + ": the first request with this key is still"
                        + " being screened; repeat it in a moment for its outcome", REPEAT_RETRY_AFTER);
            }
            try {
                Thread.sleep(REPEAT_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ProblemException.conflict("Idempotency-Key " + key + ": the first request with this key is"
                        + " still being screened", REPEAT_RETRY_AFTER);
            }
        }
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    // keys are per caller: another user's identical key is another request
    private Optional<Long> replay(String user, String key, String hash) {
        Optional<TradeStore.UsedKey> found = store.usedKey(user, key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TradeStore.UsedKey existing = found.get();
        if (!existing.requestHash().equals(hash)) {
            throw ProblemException.conflict("Idempotency-Key " + key + " was already used for trade "
                    + existing.tradeId() + " with a different body");
        }
        return Optional.of(existing.tradeId());
    }

    private long insert(Trade trade, String key, String hash, String user, Instant now) {
        // the registration screens it right away; the background job only takes over if that never finishes
        long id = store.insert(trade, new TradeStore.Registration(user, key, hash, now, now.plus(IN_FLIGHT_GRACE)));
        audit.append(id, "TRADE_REGISTERED", user, Map.of("reference", trade.reference(), "idempotencyKey", key,
                "requestSha256", hash, "status", TradeStatus.PENDING_SCREENING.name()));
        return id;
    }

    private static void requireCurrency(String code) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(ProblemType.VALIDATION, "currency " + code + " is not an ISO 4217 code",
                    List.of(new Problem.Violation("currency", "must be an ISO 4217 currency code")));
        }
    }

    // declared shares above 100% are a typing error that would distort the ownership aggregation
    private static void requireOwnershipAtMostWhole(TradeApi.TradeRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.parties().size(); i++) {
            TradeApi.PartyData p = request.parties().get(i);
            BigDecimal total = p.owners() == null ? BigDecimal.ZERO : p.owners().stream()
                    .map(TradeApi.Owner::percentage).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
                violations.add(new Problem.Violation("parties[" + i + "].owners",
                        "declared shares add up to " + total.stripTrailingZeros().toPlainString() + "%, more than 100%"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Declared owners hold more than 100% of a party",
                    violations);
        }
    }

    // the form is checked by the request's validation; a month or day that does not exist is caught here
    private static void requireBirthDates(TradeApi.TradeRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.parties().size(); i++) {
            String date = request.parties().get(i).birthDate();
            if (date != null && PartialDate.parse(date).isEmpty()) {
                violations.add(new Problem.Violation("parties[" + i + "].birthDate",
                        date + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "A birth date does not exist", violations);
        }
    }
}
