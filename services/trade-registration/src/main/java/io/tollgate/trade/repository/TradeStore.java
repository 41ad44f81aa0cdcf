package io.tollgate.trade.repository;

import io.agroal.api.AgroalDataSource;
import io.tollgate.trade.domain.ReleasedMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The writes and reads of registering and deciding a trade, in plain JDBC on the caller's transaction (the
 * connection of a JTA transaction is the one Hibernate uses too, so reads elsewhere see these writes). Hibernate
 * persisted a new trade entity by entity, one INSERT each with its IDENTITY key read back, and with its load, dirty
 * check and flush around each decision that dominated a registration's cost. Here a trade with four parties is five
 * statements: the trade, its parties in one batch and their keys in one SELECT, then identifiers, owners and goods
 * lines in one batch each (the driver rewrites a batch into one multi-row INSERT). Party keys are read back by trade
 * and position rather than taken from a multi-row INSERT, whose keys need not be consecutive on MySQL 8. A decision
 * reads the trade's {@link Standing}, inserts the decision and writes the standing back under the same optimistic
 * version check as the entity ({@code trade.version}).
 */
@ApplicationScoped
public class TradeStore {

    private final AgroalDataSource db;

    public TradeStore(AgroalDataSource db) {
        this.db = db;
    }

    /** An Idempotency-Key already used: the hash of the body it came with and the trade it registered. */
    public record UsedKey(String requestHash, long tradeId) {
    }

    /** The key as used before by this caller, if it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UsedKey> usedKey(String caller, String key) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT request_hash, trade_id FROM idempotency_key WHERE created_by = ? AND idem_key = ?")) {
            ps.setString(1, caller);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new UsedKey(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("reading Idempotency-Key", e);
        }
    }

    /**
     * Inserts a new trade with its parties (identifiers, declared owners) and goods lines, then the caller's key for
     * it, and sets the generated ids on {@code trade} and its parties. A key the caller already used fails on its
     * primary key: the exception's cause is then a {@link java.sql.SQLIntegrityConstraintViolationException}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(TradeEntity trade, String caller, String key, String requestHash, Instant at) {
        try (Connection c = db.getConnection()) {
            trade.id = insertTrade(c, trade);
            insertParties(c, trade);
            insertGoods(c, trade);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_key (created_by, idem_key,"
                    + " request_hash, trade_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, caller);
                ps.setString(2, key);
                ps.setString(3, requestHash);
                ps.setLong(4, trade.id);
                ps.setTimestamp(5, Timestamp.from(at));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure("storing trade " + trade.reference, e);
        }
    }

    /** The false positives released for any of these screened subjects (by fingerprint). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReleasedMatch> releasedFor(Collection<String> subjectFingerprints) {
        List<ReleasedMatch> out = new ArrayList<>();
        if (subjectFingerprints.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(subjectFingerprints.size(), "?"));
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT subject_hash, entity_id, entity_content_hash, id"
                     + " FROM trade_alert WHERE status = 'FALSE_POSITIVE' AND subject_hash IN (" + marks + ")")) {
            int i = 1;
            for (String f : subjectFingerprints) {
                ps.setString(i++, f);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReleasedMatch(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("reading released alerts", e);
        }
    }

    /**
     * What a decision reads of a trade and changes: its status and screening bookkeeping, at a version. Mutable: the
     * decision sets the new values and {@link #save} writes them back.
     */
    public static final class Standing {
        public final long tradeId;
        public final long version;
        public String status;
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
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version, status, report_due_date, decided_at,"
                     + " screening_attempts, next_screening_at, last_screening_error FROM trade WHERE id = ?")) {
            ps.setLong(1, tradeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Standing s = new Standing(tradeId, rs.getLong(1));
                s.status = rs.getString(2);
                s.reportDueDate = rs.getObject(3, LocalDate.class);
                s.decidedAt = instant(rs.getTimestamp(4));
                s.screeningAttempts = rs.getInt(5);
                s.nextScreeningAt = instant(rs.getTimestamp(6));
                s.lastScreeningError = rs.getString(7);
                return Optional.of(s);
            }
        } catch (SQLException e) {
            throw failure("reading trade " + tradeId, e);
        }
    }

    /**
     * Writes a standing back if the trade is still at the version it was read at; otherwise (another transaction
     * changed the trade since) throws an {@link OptimisticLockException}, as the entity's version check does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Standing s) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE trade SET status = ?, report_due_date = ?,"
                     + " decided_at = ?, screening_attempts = ?, next_screening_at = ?, last_screening_error = ?,"
                     + " version = version + 1 WHERE id = ? AND version = ?")) {
            ps.setString(1, s.status);
            setDate(ps, 2, s.reportDueDate);
            ps.setTimestamp(3, timestamp(s.decidedAt));
            ps.setInt(4, s.screeningAttempts);
            ps.setTimestamp(5, timestamp(s.nextScreeningAt));
            ps.setString(6, s.lastScreeningError);
            ps.setLong(7, s.tradeId);
            ps.setLong(8, s.version);
            if (ps.executeUpdate() != 1) {
                throw new OptimisticLockException("trade " + s.tradeId + " changed since version " + s.version);
            }
        } catch (SQLException e) {
            throw failure("updating trade " + s.tradeId, e);
        }
    }

    /** Inserts a decision and sets its generated id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(DecisionEntity d) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO trade_decision (trade_id, status, reasons,"
                     + " rule_versions, list_versions, screening_ids, report_due_date, decided_by, decided_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, d.tradeId);
            ps.setString(2, d.status);
            ps.setString(3, d.reasons);
            ps.setString(4, d.ruleVersions);
            ps.setString(5, d.listVersions);
            ps.setString(6, d.screeningIds);
            setDate(ps, 7, d.reportDueDate);
            ps.setString(8, d.decidedBy);
            ps.setTimestamp(9, timestamp(d.decidedAt));
            ps.executeUpdate();
            d.id = generatedKey(ps, "decision");
        } catch (SQLException e) {
            throw failure("storing a decision on trade " + d.tradeId, e);
        }
    }

    private static long insertTrade(Connection c, TradeEntity t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO trade (reference, trade_date, amount, currency,"
                + " payment_rail, origin_country, origin_subdivision, destination_country, destination_subdivision,"
                + " corridor, status, report_due_date, registered_by, registered_at, decided_at, screening_attempts,"
                + " next_screening_at, last_screening_error, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, t.reference);
            setDate(ps, 2, t.tradeDate);
            ps.setBigDecimal(3, t.amount);
            ps.setString(4, t.currency);
            ps.setString(5, t.paymentRail);
            ps.setString(6, t.originCountry);
            ps.setString(7, t.originSubdivision);
            ps.setString(8, t.destinationCountry);
            ps.setString(9, t.destinationSubdivision);
            ps.setString(10, t.corridor);
            ps.setString(11, t.status);
            setDate(ps, 12, t.reportDueDate);
            ps.setString(13, t.registeredBy);
            ps.setTimestamp(14, timestamp(t.registeredAt));
            ps.setTimestamp(15, timestamp(t.decidedAt));
            ps.setInt(16, t.screeningAttempts);
            ps.setTimestamp(17, timestamp(t.nextScreeningAt));
            ps.setString(18, t.lastScreeningError);
            ps.executeUpdate();
            return generatedKey(ps, "trade");
        }
    }

    private static void insertParties(Connection c, TradeEntity t) throws SQLException {
        if (t.parties.isEmpty()) {
            return;
        }
        insertAll(c, "INSERT INTO trade_party (trade_id, seq, role, name, party_type, country, birth_date)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", t.parties, (ps, p) -> {
                    ps.setLong(1, t.id);
                    ps.setInt(2, p.seq);
                    ps.setString(3, p.role);
                    ps.setString(4, p.name);
                    ps.setString(5, p.partyType);
                    ps.setString(6, p.country);
                    setDate(ps, 7, p.birthDate);
                });
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, id FROM trade_party WHERE trade_id = ?")) {
            ps.setLong(1, t.id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    t.parties.get(rs.getInt(1)).id = rs.getLong(2);
                }
            }
        }
        insertAll(c, "INSERT INTO party_identifier (party_id, seq, identifier_type, id_value) VALUES (?, ?, ?, ?)",
                t.parties.stream().flatMap(p -> p.identifiers.stream()).toList(), (ps, i) -> {
                    ps.setLong(1, i.party.id);
                    ps.setInt(2, i.seq);
                    ps.setString(3, i.identifierType);
                    ps.setString(4, i.value);
                });
        insertAll(c, "INSERT INTO party_owner (party_id, seq, name, owner_type, percentage) VALUES (?, ?, ?, ?, ?)",
                t.parties.stream().flatMap(p -> p.owners.stream()).toList(), (ps, o) -> {
                    ps.setLong(1, o.party.id);
                    ps.setInt(2, o.seq);
                    ps.setString(3, o.name);
                    ps.setString(4, o.ownerType);
                    ps.setBigDecimal(5, o.percentage);
                });
    }

    private static void insertGoods(Connection c, TradeEntity t) throws SQLException {
        insertAll(c, "INSERT INTO trade_goods (trade_id, seq, hs_code, description, quantity, line_value)"
                + " VALUES (?, ?, ?, ?, ?, ?)", t.goods, (ps, g) -> {
                    ps.setLong(1, t.id);
                    ps.setInt(2, g.seq);
                    ps.setString(3, g.hsCode);
                    ps.setString(4, g.description);
                    ps.setBigDecimal(5, g.quantity);
                    ps.setBigDecimal(6, g.value);
                });
    }

    /** Sets one row's parameters on an INSERT. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /** Inserts the rows as one batch (one multi-row INSERT once the driver rewrites it); nothing for no rows. */
    private static <T> void insertAll(Connection c, String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The key the INSERT just executed generated. */
    private static long generatedKey(PreparedStatement ps, String what) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no key generated for the " + what);
            }
            return keys.getLong(1);
        }
    }

    // a LocalDate is written as it is, whatever the JVM's or the session's time zone
    private static void setDate(PreparedStatement ps, int index, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, d);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    // the platform's problem mapping looks through the causes: a lost connection is a 503, a key conflict a 409
    private static PersistenceException failure(String what, SQLException e) {
        return new PersistenceException(what + ": " + e.getMessage(), e);
    }
}
