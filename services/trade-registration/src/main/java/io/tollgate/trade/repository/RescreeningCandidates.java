package io.tollgate.trade.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.tollgate.platform.jdbc.Jdbc;
import io.tollgate.trade.domain.PartialDate;
import io.tollgate.trade.domain.DeclaredOwner;
import io.tollgate.trade.domain.PartyIdentifierType;
import io.tollgate.trade.domain.Party;
import io.tollgate.trade.domain.PartyIdentifier;
import io.tollgate.trade.domain.PartyRole;
import io.tollgate.trade.domain.PartyType;
import io.tollgate.trade.domain.ScreeningSubject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parties and declared owners a list change could touch: those of HELD trades, and those of CLEARED, HELD or
 * REJECTED trades registered since a given time (counterparties seen lately). BLOCKED trades cannot get worse and
 * PENDING_SCREENING ones are screened with the current lists by the retry job. A trade whose latest decision was
 * already screened against the changed list versions (or later ones) has seen the changes and is left out: after a
 * list update, the trades registered since are not screened twice. Read with plain queries (decisions, parties,
 * identifiers, owners) rather than entity graphs: a pass may cover hundreds of thousands of rows.
 */
@ApplicationScoped
public class RescreeningCandidates {

    private static final String CANDIDATE_TRADES = "SELECT t.id FROM trade t WHERE t.status = 'HELD' "
            + "OR (t.status IN ('CLEARED', 'REJECTED') AND t.registered_at >= ?)";

    private static final TypeReference<Map<String, Long>> VERSIONS = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public RescreeningCandidates(AgroalDataSource db, ObjectMapper json) {
        this.jdbc = new Jdbc(db, (what, e) -> new IllegalStateException("re-screening candidates: " + e.getMessage(),
                e));
        this.json = json;
    }

    /** The distinct screening subjects (by fingerprint) with the trades each appears in. */
    public record Subjects(Map<String, ScreeningSubject> queries, Map<String, Set<Long>> trades, int partyCount,
                           int ownerCount) {
    }

    /**
     * Every subject of the candidate trades (registered since {@code since}, or HELD) that were not yet screened
     * against {@code changedVersions} (per list, the latest version with a change in this pass).
     */
    public Subjects load(Instant since, Map<String, Long> changedVersions) {
        Map<Long, PartyRow> parties = new LinkedHashMap<>();
        Set<Long> seenTheChanges = new HashSet<>();
        List<Instant> from = List.of(since);
        jdbc.forEach("SELECT d.trade_id, d.list_versions FROM trade_decision d JOIN (SELECT trade_id, MAX(id) AS id "
                    + "FROM trade_decision WHERE trade_id IN (" + CANDIDATE_TRADES + ") GROUP BY trade_id) latest "
                    + "ON latest.id = d.id", from, rs -> {
                if (screenedAgainst(rs.getString(2), changedVersions)) {
                    seenTheChanges.add(rs.getLong(1));
                }
            });
        jdbc.forEach("SELECT p.id, p.trade_id, p.name, p.party_type, p.country, p.birth_date, p.role FROM trade_party p "
                    + "WHERE p.trade_id IN (" + CANDIDATE_TRADES + ")", from, rs -> {
                if (seenTheChanges.contains(rs.getLong(2))) {
                    return;
                }
                parties.put(rs.getLong(1), new PartyRow(rs.getLong(2), PartyRole.valueOf(rs.getString(7)),
                        rs.getString(3), PartyType.fromCode(rs.getString(4)), rs.getString(5),
                        PartialDate.parse(rs.getString(6)).orElse(null)));
            });
        jdbc.forEach("SELECT i.party_id, i.identifier_type, i.id_value FROM party_identifier i "
                    + "JOIN trade_party p ON p.id = i.party_id WHERE p.trade_id IN (" + CANDIDATE_TRADES + ") "
                    + "ORDER BY i.party_id, i.seq", from, rs -> {
                PartyRow p = parties.get(rs.getLong(1));
                if (p != null) {
                    p.identifiers.add(new PartyIdentifier(PartyIdentifierType.valueOf(rs.getString(2)), rs.getString(3)));
                }
            });
        jdbc.forEach("SELECT o.party_id, o.name, o.owner_type, o.percentage FROM party_owner o "
                    + "JOIN trade_party p ON p.id = o.party_id WHERE p.trade_id IN (" + CANDIDATE_TRADES + ") "
                    + "ORDER BY o.party_id, o.seq", from, rs -> {
                PartyRow p = parties.get(rs.getLong(1));
                if (p != null) {
                    p.owners.add(new DeclaredOwner(rs.getString(2), PartyType.fromCode(rs.getString(3)),
                            rs.getBigDecimal(4) == null ? BigDecimal.ZERO : rs.getBigDecimal(4)));
                }
            });
        Map<String, ScreeningSubject> queries = new LinkedHashMap<>(); // in party order: reproducible batches
        Map<String, Set<Long>> trades = new HashMap<>();
        int owners = 0;
        for (PartyRow row : parties.values()) {
            // the same query (and fingerprint) as at registration: built from the same domain party
            Party p = new Party(row.role, row.name, row.type, row.country, Optional.ofNullable(row.birthDate),
                    row.identifiers, row.owners);
            add(queries, trades, ScreeningSubject.of(p), row.tradeId);
            for (DeclaredOwner o : p.owners()) {
                add(queries, trades, ScreeningSubject.of(o), row.tradeId);
                owners++;
            }
        }
        return new Subjects(queries, trades, parties.size(), owners);
    }

    /** Whether a decision's list versions (JSON: {source: versionId}) include every changed version. */
    private boolean screenedAgainst(String listVersions, Map<String, Long> changedVersions) {
        if (changedVersions.isEmpty() || listVersions == null || listVersions.isBlank()) {
            return false;
        }
        try {
            Map<String, Long> screened = json.readValue(listVersions, VERSIONS);
            return changedVersions.entrySet().stream()
                    .allMatch(e -> screened.getOrDefault(e.getKey(), 0L) >= e.getValue());
        } catch (IOException e) {
            return false; // unreadable: screen it again rather than skip it
        }
    }

    /** Candidate trades (registered since {@code since}, or HELD) with an undecided alert on one of the entities. */
    public Set<Long> withUndecidedAlertsOn(Collection<Long> entityIds, Instant since) {
        Set<Long> out = new HashSet<>();
        List<Long> ids = new ArrayList<>(entityIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            String in = ids.subList(i, Math.min(ids.size(), i + 1000)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            jdbc.forEach("SELECT DISTINCT a.trade_id FROM trade_alert a WHERE a.entity_id IN (" + in + ") "
                    + "AND a.status NOT IN ('FALSE_POSITIVE', 'TRUE_MATCH') AND a.trade_id IN ("
                    + CANDIDATE_TRADES + ")", List.of(since), rs -> out.add(rs.getLong(1)));
        }
        return out;
    }

    private static void add(Map<String, ScreeningSubject> queries, Map<String, Set<Long>> trades, ScreeningSubject q,
                            long tradeId) {
        String fp = q.fingerprint();
        queries.putIfAbsent(fp, q);
        trades.computeIfAbsent(fp, k -> new HashSet<>(2)).add(tradeId);
    }

    private static final class PartyRow {
        final long tradeId;
        final PartyRole role;
        final String name;
        final PartyType type;
        final String country;
        final PartialDate birthDate;
        final List<PartyIdentifier> identifiers = new ArrayList<>(1);
        final List<DeclaredOwner> owners = new ArrayList<>(0);

        PartyRow(long tradeId, PartyRole role, String name, PartyType type, String country,
                 PartialDate birthDate) {
            this.tradeId = tradeId;
            this.role = role;
            this.name = name;
            this.type = type;
            this.country = country;
            this.birthDate = birthDate;
        }
    }
}
