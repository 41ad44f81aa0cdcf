package io.tollgate.trade.repository;

import io.agroal.api.AgroalDataSource;
import io.tollgate.platform.jdbc.Jdbc;
import io.tollgate.trade.domain.DeclaredOwner;
import io.tollgate.trade.domain.GoodsLine;
import io.tollgate.trade.domain.Party;
import io.tollgate.trade.domain.PartyIdentifier;
import io.tollgate.trade.domain.ReleasedMatch;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the trade aggregate (a trade, its parties with identifiers and owners, its goods lines, its decisions) is
 * stored and read; nothing else touches those tables. Writes are plain JDBC on the caller's transaction (the connection
 * of a JTA transaction is the one Hibernate uses too, so reads elsewhere see these writes): Hibernate persisted a new
 * trade entity by entity, one INSERT each with its IDENTITY key read back, and with its load, dirty check and flush
 * around each decision that dominated a registration's cost. Here a trade with four parties is five statements: the
 * trade, its parties in one batch and their keys in one SELECT, then identifiers, owners and goods lines in one batch
 * each (the driver rewrites a batch into one multi-row INSERT). Party keys are read back by trade and position rather
 * than taken from a multi-row INSERT, whose keys need not be consecutive on MySQL 8. A decision reads the trade's
 * {@link Standing}, inserts the decision and writes the standing back under an optimistic version check
 * ({@code trade.version}). Reads of a whole trade for the API go through the JPA entities.
 */
@ApplicationScoped
public class TradeStore {

    private final Jdbc jdbc;
    private final EntityManager em;

    public TradeStore(AgroalDataSource db, EntityManager em) {
        // the platform's problem mapping looks through the causes: a lost connection is a 503, a key conflict a 409
        this.jdbc = new Jdbc(db, (what, e) -> new PersistenceException(what + ": " + e.getMessage(), e));
        this.em = em;
    }

    /** An Idempotency-Key already used: the hash of the body it came with and the trade it registered. */
    public record UsedKey(String requestHash, long tradeId) {
    }

    /** The key as used before by this caller, if it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UsedKey> usedKey(String caller, String key) {
        return jdbc.queryOne("SELECT request_hash, trade_id FROM idempotency_key WHERE created_by = ? AND idem_key = ?",
                List.of(caller, key), rs -> new UsedKey(rs.getString(1), rs.getLong(2)));
    }

    /** Who registered a trade, when, under which key, and when the background job may first take it over. */
    public record Registration(String caller, String key, String requestHash, Instant at, Instant nextScreeningAt) {
    }

    /**
     * Inserts a new trade, PENDING_SCREENING, with its parties (identifiers, declared owners) and goods lines, then the
     * caller's key for it; returns the trade's id. A key the caller already used fails on its primary key: the
     * exception's cause is then a {@link java.sql.SQLIntegrityConstraintViolationException}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long insert(Trade t, Registration r) {
        long id = jdbc.insert("INSERT INTO trade (reference, trade_date, amount, currency, payment_rail,"
                        + " origin_country, origin_subdivision, destination_country, destination_subdivision, corridor,"
                        + " status, registered_by, registered_at, screening_attempts, next_screening_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0)", t.reference(), t.tradeDate(),
                t.amount(), t.currency(), t.rail().name(), t.origin().country(), t.origin().subdivision().orElse(null),
                t.destination().country(), t.destination().subdivision().orElse(null), t.corridor(),
                TradeStatus.PENDING_SCREENING.name(), r.caller(), r.at(), r.nextScreeningAt());
        insertParties(id, t.parties());
        List<GoodsLine> goods = t.goods();
        jdbc.batch("INSERT INTO trade_goods (trade_id, seq, hs_code, description, quantity, line_value)"
                + " VALUES (?, ?, ?, ?, ?, ?)", indices(goods.size()), 1000, (b, i) -> b.addAll(id, i,
                goods.get(i).hsCode(), goods.get(i).description(), goods.get(i).quantity(), goods.get(i).value()));
        jdbc.update("INSERT INTO idempotency_key (created_by, idem_key, request_hash, trade_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", r.caller(), r.key(), r.requestHash(), id, r.at());
        return id;
    }

    private void insertParties(long tradeId, List<Party> parties) {
        if (parties.isEmpty()) {
            return;
        }
        jdbc.batch("INSERT INTO trade_party (trade_id, seq, role, name, party_type, country, birth_date)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", indices(parties.size()), 1000, (b, i) -> b.addAll(tradeId, i,
                parties.get(i).role().name(), parties.get(i).name(), parties.get(i).type().code(),
                parties.get(i).country(), parties.get(i).birthDate().map(Object::toString).orElse(null)));
        long[] partyIds = new long[parties.size()];
        jdbc.forEach("SELECT seq, id FROM trade_party WHERE trade_id = ?", List.of(tradeId),
                rs -> partyIds[rs.getInt(1)] = rs.getLong(2));
        record Owned<T>(long partyId, int seq, T value) {
        }
        List<Owned<PartyIdentifier>> ids = new ArrayList<>();
        List<Owned<DeclaredOwner>> owners = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            for (int j = 0; j < parties.get(p).identifiers().size(); j++) {
                ids.add(new Owned<>(partyIds[p], j, parties.get(p).identifiers().get(j)));
            }
            for (int j = 0; j < parties.get(p).owners().size(); j++) {
                owners.add(new Owned<>(partyIds[p], j, parties.get(p).owners().get(j)));
            }
        }
        jdbc.batch("INSERT INTO party_identifier (party_id, seq, identifier_type, id_value) VALUES (?, ?, ?, ?)",
                ids, 1000, (b, i) -> b.addAll(i.partyId(), i.seq(), i.value().type().name(), i.value().value()));
        jdbc.batch("INSERT INTO party_owner (party_id, seq, name, owner_type, percentage) VALUES (?, ?, ?, ?, ?)",
                owners, 1000, (b, o) -> b.addAll(o.partyId(), o.seq(), o.value().name(), o.value().type().code(),
                        o.value().percentage()));
    }

    private static List<Integer> indices(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    /** The false positives released for any of these screened subjects (by fingerprint). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReleasedMatch> releasedFor(Collection<String> subjectFingerprints) {
        if (subjectFingerprints.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT subject_hash, entity_id, entity_content_hash, id FROM trade_alert"
                        + " WHERE status = 'FALSE_POSITIVE' AND subject_hash IN (" + Jdbc.marks(subjectFingerprints.size())
                        + ")", List.copyOf(subjectFingerprints),
                rs -> new ReleasedMatch(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
    }

    /**
     * What a decision reads of a trade and changes: its status and screening bookkeeping, at a version. Mutable: the
     * decision sets the new values and {@link #save} writes them back.
     */
    public static final class Standing {
        public final long tradeId;
        public final long version;
        public TradeStatus status;
        public LocalDate reportDueDate;
        public Instant decidedAt;
        public int screeningAttempts;
        public Instant nextScreeningAt;
        public String lastScreeningError;

        Standing(long tradeId, long version) {
            this.tradeId = tradeId;
            this.version = version;
        }
    }

    /** A trade's standing as stored now, if the trade exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Standing> standing(long tradeId) {
        return jdbc.queryOne("SELECT version, status, report_due_date, decided_at, screening_attempts,"
                + " next_screening_at, last_screening_error FROM trade WHERE id = ?", List.of(tradeId), rs -> {
                    Standing s = new Standing(tradeId, rs.getLong(1));
                    s.status = TradeStatus.valueOf(rs.getString(2));
                    s.reportDueDate = rs.getObject(3, LocalDate.class);
                    s.decidedAt = Jdbc.instant(rs, 4);
                    s.screeningAttempts = rs.getInt(5);
                    s.nextScreeningAt = Jdbc.instant(rs, 6);
                    s.lastScreeningError = rs.getString(7);
                    return s;
                });
    }

    /**
     * Writes a standing back if the trade is still at the version it was read at; otherwise (another transaction
     * changed the trade since) throws an {@link OptimisticLockException}, as an entity's version check does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Standing s) {
        int updated = jdbc.update("UPDATE trade SET status = ?, report_due_date = ?, decided_at = ?,"
                        + " screening_attempts = ?, next_screening_at = ?, last_screening_error = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?", s.status.name(), s.reportDueDate,
                s.decidedAt, s.screeningAttempts, s.nextScreeningAt, s.lastScreeningError, s.tradeId, s.version);
        if (updated != 1) {
            throw new OptimisticLockException("trade " + s.tradeId + " changed since version " + s.version);
        }
    }

    /** A decision to store: its status, reasons and versions as JSON, the report due date, who, when. */
    public record NewDecision(long tradeId, TradeStatus status, String reasons, String ruleVersions,
                              String listVersions, String screeningIds, Optional<LocalDate> reportDueDate,
                              String decidedBy, Instant decidedAt) {
    }

    /** Inserts a decision; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long insert(NewDecision d) {
        return jdbc.insert("INSERT INTO trade_decision (trade_id, status, reasons, rule_versions, list_versions,"
                        + " screening_ids, report_due_date, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.tradeId(), d.status().name(), d.reasons(), d.ruleVersions(), d.listVersions(), d.screeningIds(),
                d.reportDueDate().orElse(null), d.decidedBy(), d.decidedAt());
    }

    /** The PENDING_SCREENING trades whose next attempt is due, longest waiting first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> pendingDue(Instant now, int limit) {
        return jdbc.query("SELECT id FROM trade WHERE status = ? AND next_screening_at <= ?"
                + " ORDER BY next_screening_at LIMIT ?", List.of(TradeStatus.PENDING_SCREENING.name(), now, limit),
                rs -> rs.getLong(1));
    }

    /**
     * Takes a due pending trade: moves its next attempt to {@code until} in one conditional UPDATE if it is still
     * pending and due at {@code now}; false when another replica took it first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(long tradeId, Instant now, Instant until) {
        return jdbc.update("UPDATE trade SET next_screening_at = ?, version = version + 1"
                + " WHERE id = ? AND status = ? AND next_screening_at <= ?", until, tradeId,
                TradeStatus.PENDING_SCREENING.name(), now) == 1;
    }

    /** A stored trade with its parties and goods, for reading. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TradeEntity> find(long tradeId) {
        return Optional.ofNullable(em.find(TradeEntity.class, tradeId));
    }

    /** The domain's view of a stored trade, as registered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Trade> trade(long tradeId) {
        return find(tradeId).map(TradeEntity::toDomain);
    }

    /** A trade's status, if it exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TradeStatus> status(long tradeId) {
        return jdbc.queryOne("SELECT status FROM trade WHERE id = ?", List.of(tradeId),
                rs -> TradeStatus.valueOf(rs.getString(1)));
    }

    /** Trades matching a JPQL condition on {@link TradeEntity} (named parameters), newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TradeEntity> search(String condition, Map<String, Object> params, int limit) {
        var q = em.createQuery("SELECT t FROM TradeEntity t WHERE " + condition + " ORDER BY t.id DESC",
                TradeEntity.class).setMaxResults(limit);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** The latest decision on a trade. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DecisionEntity> latestDecision(long tradeId) {
        return em.createQuery("SELECT d FROM DecisionEntity d WHERE d.tradeId = ?1 ORDER BY d.id DESC",
                DecisionEntity.class).setParameter(1, tradeId).setMaxResults(1).getResultStream().findFirst();
    }
}
