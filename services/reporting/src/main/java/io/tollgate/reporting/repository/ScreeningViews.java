package io.tollgate.reporting.repository;

import io.tollgate.platform.jdbc.Jdbc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.reporting.config.ReportingConfig;
import io.tollgate.reporting.domain.ListVersionInForce;
import io.tollgate.reporting.domain.lists.ListChangeImpact;
import io.tollgate.reporting.domain.operations.ScreeningOperations;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the screening service's published views ({@code report_screening_v}, {@code report_list_version_v},
 * {@code report_list_change_v}) and nothing else of its schema; joins them to trade-registration's alert view where a
 * report needs both.
 */
@ApplicationScoped
public class ScreeningViews {

    private static final int IN_BATCH = 1000;

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final String screenings;
    private final String versions;
    private final String changes;
    private final String alerts;

    public ScreeningViews(Jdbc jdbc, ObjectMapper json, ReportingConfig config) {
        this.jdbc = jdbc;
        this.json = json;
        String schema = Jdbc.schema(config.screeningSchema());
        this.screenings = schema + ".report_screening_v";
        this.versions = schema + ".report_list_version_v";
        this.changes = schema + ".report_list_change_v";
        this.alerts = Jdbc.schema(config.tradeSchema()) + ".report_alert_v";
    }

    /** For each list source, the latest version imported by the cut-off: the one screening used then. */
    public List<ListVersionInForce> inForce(Instant cutoff) {
        return jdbc.query("SELECT v.source_id, v.version_id, v.sha256, v.imported_at FROM " + versions + " v JOIN"
                        + " (SELECT source_id, MAX(version_id) AS version_id FROM " + versions
                        + " WHERE imported_at <= ? GROUP BY source_id) m ON m.version_id = v.version_id"
                        + " ORDER BY v.source_id", List.of(cutoff),
                rs -> new ListVersionInForce(rs.getString("source_id"), rs.getLong("version_id"),
                        rs.getString("sha256"), Jdbc.instant(rs, "imported_at")));
    }

    /** Screenings stored per day (UTC) in [from, to] up to the cut-off, and how many had a hit. */
    public List<ScreeningOperations.ScreeningDay> screeningsPerDay(LocalDate from, LocalDate to, Instant cutoff) {
        return jdbc.query("SELECT DATE(requested_at) AS day, COUNT(*) AS screenings,"
                        + " SUM(CASE WHEN hit_count > 0 THEN 1 ELSE 0 END) AS with_hits FROM " + screenings
                        + " WHERE requested_at >= ? AND requested_at < ? AND requested_at <= ?"
                        + " GROUP BY DATE(requested_at)", List.of(from, to.plusDays(1), cutoff),
                rs -> new ScreeningOperations.ScreeningDay(Jdbc.date(rs, "day"), rs.getLong("screenings"),
                        rs.getLong("with_hits")));
    }

    /** The sanctions programs of each entity (from its latest listed content); entities not published are left out. */
    public Map<Long, List<String>> programs(Collection<Long> entityIds) {
        Map<Long, List<String>> programs = new HashMap<>();
        List<Long> ids = List.copyOf(new TreeSet<>(entityIds));
        for (int i = 0; i < ids.size(); i += IN_BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + IN_BATCH));
            for (Object[] row : jdbc.query("SELECT DISTINCT entity_id, entity_programs FROM " + changes
                    + " WHERE entity_id IN (" + Jdbc.marks(batch.size()) + ")", batch,
                    rs -> new Object[] {rs.getLong("entity_id"), rs.getString("entity_programs")})) {
                programs.put((Long) row[0], parsePrograms((String) row[1]));
            }
        }
        return programs;
    }

    /** List versions imported in [from, to] up to the cut-off, in import order. */
    public List<ListChangeImpact.Version> versions(LocalDate from, LocalDate to, Optional<String> source,
                                                   Instant cutoff) {
        List<Object> params = new ArrayList<>(List.of(from, to.plusDays(1), cutoff));
        source.ifPresent(params::add);
        return jdbc.query("SELECT version_id, source_id, imported_at, sha256, entity_count, added_count,"
                        + " removed_count, changed_count FROM " + versions
                        + " WHERE imported_at >= ? AND imported_at < ? AND imported_at <= ?"
                        + source.map(s -> " AND source_id = ?").orElse("") + " ORDER BY imported_at, version_id",
                params,
                rs -> new ListChangeImpact.Version(rs.getLong("version_id"), rs.getString("source_id"),
                        Jdbc.instant(rs, "imported_at"), rs.getString("sha256"), rs.getLong("entity_count"),
                        rs.getLong("added_count"), rs.getLong("removed_count"), rs.getLong("changed_count")));
    }

    /**
     * The alerts each version's additions and changes produced by the cut-off: alerts on exactly the entity content
     * (id and content hash) the version introduced, with their outcome at the cut-off.
     */
    public Map<Long, ListChangeImpact.Alerts> alertsByVersion(Collection<Long> versionIds, Instant cutoff) {
        Map<Long, Set<Long>> alertIds = new HashMap<>();
        Map<Long, Set<Long>> tradeIds = new HashMap<>();
        Map<Long, long[]> outcomes = new HashMap<>();
        List<Long> ids = List.copyOf(versionIds);
        for (int i = 0; i < ids.size(); i += IN_BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + IN_BATCH));
            List<Object> params = new ArrayList<>(batch);
            params.add(cutoff);
            jdbc.query("SELECT c.version_id, a.alert_id, a.trade_id, a.status, a.closed_at FROM " + changes + " c"
                    + " JOIN " + alerts + " a ON a.entity_id = c.entity_id AND a.entity_content_hash = c.content_hash"
                    + " WHERE c.version_id IN (" + Jdbc.marks(batch.size()) + ") AND c.change_type IN ('ADDED', 'CHANGED')"
                    + " AND a.raised_at <= ?", params, rs -> {
                        long version = rs.getLong("version_id");
                        if (alertIds.computeIfAbsent(version, v -> new HashSet<>()).add(rs.getLong("alert_id"))) {
                            tradeIds.computeIfAbsent(version, v -> new HashSet<>()).add(rs.getLong("trade_id"));
                            Instant closed = Jdbc.instant(rs, "closed_at");
                            int outcome = closed == null || closed.isAfter(cutoff) ? 0
                                    : "FALSE_POSITIVE".equals(rs.getString("status")) ? 1 : 2;
                            outcomes.computeIfAbsent(version, v -> new long[3])[outcome]++;
                        }
                        return version;
                    });
        }
        Map<Long, ListChangeImpact.Alerts> result = new HashMap<>();
        alertIds.forEach((version, set) -> {
            long[] o = outcomes.get(version);
            result.put(version, new ListChangeImpact.Alerts(set.size(), tradeIds.get(version).size(), o[0], o[1], o[2]));
        });
        return result;
    }

    private List<String> parsePrograms(String programs) {
        if (programs == null || programs.isBlank()) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode p : json.readTree(programs)) {
                if (!p.asText().isBlank()) {
                    out.add(p.asText().trim());
                }
            }
            return out;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
