package io.tollgate.reporting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes test data into the trade and screening test databases the way those services store it (their base
 * tables, as migrated by their own changelogs); reporting itself only ever reads their views.
 */
public final class Seed {

    private Seed() {
    }

    public static String tradeDb() {
        return ConfigProvider.getConfig().getValue("tollgate.reporting.trade-schema", String.class);
    }

    public static String screeningDb() {
        return ConfigProvider.getConfig().getValue("tollgate.reporting.screening-schema", String.class);
    }

    /** A trade as trade-registration stores it; status and due date as its latest decision left them. */
    public record Trade(String reference, LocalDate tradeDate, String amount, String currency, String rail,
                        String origin, String destination, String status, LocalDate reportDueDate,
                        Instant registeredAt, Instant decidedAt) {

        /** A cleared trade registered just now (as trade-registration stamps it), for any trade date. */
        public static Trade of(String reference, LocalDate tradeDate, String amount, String currency, String corridor) {
            String[] ends = corridor.split("-");
            Instant registered = Instant.now().minusSeconds(1);
            return new Trade(reference, tradeDate, amount, currency, "SWIFT", ends[0], ends[1], "CLEARED", null,
                    registered, registered);
        }

        public Trade rail(String r) {
            return new Trade(reference, tradeDate, amount, currency, r, origin, destination, status, reportDueDate,
                    registeredAt, decidedAt);
        }

        public Trade status(String s, LocalDate due, Instant decided) {
            return new Trade(reference, tradeDate, amount, currency, rail, origin, destination, s, due, registeredAt,
                    decided);
        }

        public Trade registeredAt(Instant at) {
            return new Trade(reference, tradeDate, amount, currency, rail, origin, destination, status,
                    reportDueDate, at, decidedAt.isBefore(at) ? at : decidedAt);
        }
    }

    /** Stores a trade and its decision; returns its id. */
    public static long trade(Trade t) {
        try (Connection c = ReportingTestSchemas.root(tradeDb())) {
            return trade(c, t);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores many trades and their decisions in one transaction. */
    public static void trades(List<Trade> trades) {
        try (Connection c = ReportingTestSchemas.root(tradeDb())) {
            c.setAutoCommit(false);
            for (Trade t : trades) {
                trade(c, t);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long trade(Connection c, Trade t) throws SQLException {
        long id = insert(c, "INSERT INTO trade (reference, trade_date, amount, currency, payment_rail, origin_country,"
                        + " destination_country, corridor, status, report_due_date, registered_by, registered_at,"
                        + " decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                t.reference(), t.tradeDate(), new BigDecimal(t.amount()), t.currency(), t.rail(), t.origin(),
                t.destination(), t.origin() + "-" + t.destination(), t.status(), t.reportDueDate(), "clara",
                utc(t.registeredAt()), utc(t.decidedAt()));
        decision(c, id, t.status(), t.reportDueDate(), t.decidedAt(), reasons(t.status()));
        return id;
    }

    /** A later decision on a trade (e.g. a release), moving its status as trade-registration does. */
    public static void redecide(long tradeId, String status, LocalDate due, Instant at) {
        try (Connection c = ReportingTestSchemas.root(tradeDb())) {
            decision(c, tradeId, status, due, at, reasons(status));
            try (PreparedStatement ps = c.prepareStatement("UPDATE trade SET status = ?, report_due_date = ?,"
                    + " decided_at = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setObject(2, due);
                ps.setObject(3, utc(at));
                ps.setLong(4, tradeId);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An alert on a trade for a listed entity (id and content hash as the screening hit carried them). */
    public static long alert(long tradeId, long entityId, String contentHash, String status, Instant raisedAt) {
        try (Connection c = ReportingTestSchemas.root(tradeDb())) {
            return insert(c, "INSERT INTO trade_alert (trade_id, party_position, subject_name, screening_id, entity_id,"
                            + " source, source_id, primary_name, score, entity_content_hash, explanation, status,"
                            + " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", tradeId, 0, "Party",
                    UUID.randomUUID().toString(), entityId, "ofac-sdn", "E" + entityId, "Listed " + entityId,
                    new BigDecimal("0.91"), contentHash, "name: party ~ listed (+0.91)", status, utc(raisedAt));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A decision on an alert. */
    public static void alertDecision(long alertId, String outcome, String by, String as, Instant at) {
        try (Connection c = ReportingTestSchemas.root(tradeDb())) {
            insert(c, "INSERT INTO alert_decision (alert_id, outcome, reason, decided_by, decided_as, decided_at)"
                    + " VALUES (?,?,?,?,?,?)", alertId, outcome, "checked", by, as, utc(at));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets an alert's status (what trade-registration does with each decision). */
    public static void alertStatus(long alertId, String status) {
        try (Connection c = ReportingTestSchemas.root(tradeDb());
             PreparedStatement ps = c.prepareStatement("UPDATE trade_alert SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setLong(2, alertId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored screening. */
    public static void screening(Instant at, int hits) {
        try (Connection c = ReportingTestSchemas.root(screeningDb())) {
            insert(c, "INSERT INTO screening (id, requested_by, requested_at, query_name, query_type, request,"
                            + " normalized, threshold, list_versions, hit_count, best_score) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    UUID.randomUUID().toString(), "sam", utc(at), "Some Name", "person", "{}", "{}",
                    new BigDecimal("0.80"), "{}", hits, hits > 0 ? new BigDecimal("0.9") : null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list version as the screening service stores an import (and makes it the source's current one). */
    public static long listVersion(String source, Instant importedAt, int entities, int added, int removed,
                                   int changed) {
        try (Connection c = ReportingTestSchemas.root(screeningDb())) {
            long id = insert(c, "INSERT INTO list_version (source_id, sha256, format, entity_count, person_count,"
                            + " organization_count, vessel_count, aircraft_count, unknown_count, added_count,"
                            + " removed_count, changed_count, parse_statistics, imported_by, imported_at, origin)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", source, sha256(source + importedAt),
                    "test", entities, entities, 0, 0, 0, 0, added, removed, changed, "{}", "lena", utc(importedAt),
                    "upload");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_source (source_id, current_version_id)"
                    + " VALUES (?, ?) ON DUPLICATE KEY UPDATE current_version_id = VALUES(current_version_id)")) {
                ps.setString(1, source);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A listed entity with its programs, and the change of {@code versionId} that introduced it; returns its id. */
    public static long listedEntity(String source, String sourceId, long versionId, String changeType,
                                    String contentHash, List<String> programs) {
        String content = "{\"source\":\"" + source + "\",\"sourceId\":\"" + sourceId + "\",\"type\":\"ORGANIZATION\","
                + "\"names\":[{\"full\":\"Entity " + sourceId + "\"}],\"programs\":["
                + String.join(",", programs.stream().map(p -> "\"" + p + "\"").toList()) + "]}";
        try (Connection c = ReportingTestSchemas.root(screeningDb())) {
            long id = insert(c, "INSERT INTO listed_entity (source_id, source_entity_id, entity_type, primary_name,"
                            + " content_hash, listed, first_version_id, last_changed_version_id, content)"
                            + " VALUES (?,?,?,?,?,?,?,?,?)", source, sourceId, "ORGANIZATION", "Entity " + sourceId,
                    contentHash, true, versionId, versionId, content);
            change(c, versionId, source, id, sourceId, changeType, contentHash);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A later change of an entity in another version (new content hash). */
    public static void change(long versionId, String source, long entityId, String sourceId, String type,
                              String contentHash) {
        try (Connection c = ReportingTestSchemas.root(screeningDb())) {
            change(c, versionId, source, entityId, sourceId, type, contentHash);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return io.tollgate.platform.data.Sha256.hex(text);
    }

    private static void change(Connection c, long versionId, String source, long entityId, String sourceId,
                               String type, String contentHash) throws SQLException {
        insert(c, "INSERT INTO list_change (version_id, source_id, entity_id, source_entity_id, change_type,"
                + " content_hash) VALUES (?,?,?,?,?,?)", versionId, source, entityId, sourceId, type, contentHash);
    }

    private static void decision(Connection c, long tradeId, String status, LocalDate due, Instant at, String reasons)
            throws SQLException {
        insert(c, "INSERT INTO trade_decision (trade_id, status, reasons, rule_versions, list_versions, screening_ids,"
                        + " report_due_date, decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?,?)", tradeId, status,
                reasons, "{}", "{}", "[]", due, "system", utc(at));
    }

    private static String reasons(String status) {
        return switch (status) {
            case "BLOCKED" -> "[{\"kind\":\"LISTED_PARTY\",\"ruleId\":\"SCREEN-IDENTIFIER-BLOCKING\",\"ruleVersion\":\"1\","
                    + "\"outcome\":\"BLOCKED\",\"explanation\":\"BUYER_BANK Banco X is ofac-sdn 26727 BANCO X\","
                    + "\"alertIds\":[],\"listVersions\":{}}]";
            case "REJECTED" -> "[{\"kind\":\"EMBARGO\",\"ruleId\":\"EMB-US-IR\",\"ruleVersion\":\"1\","
                    + "\"outcome\":\"REJECTED\",\"explanation\":\"US: destination IR\",\"alertIds\":[],\"listVersions\":{}}]";
            case "HELD" -> "[{\"kind\":\"RAIL\",\"ruleId\":\"RAIL-US-MIR\",\"ruleVersion\":\"1\",\"outcome\":\"HELD\","
                    + "\"explanation\":\"US: settlement over Mir\",\"alertIds\":[],\"listVersions\":{}}]";
            default -> "[]";
        };
    }

    private static LocalDateTime utc(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
