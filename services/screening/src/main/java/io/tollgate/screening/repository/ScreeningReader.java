package io.tollgate.screening.repository;

import io.agroal.api.AgroalDataSource;
import io.tollgate.platform.jdbc.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads stored screenings back for audit. */
@ApplicationScoped
public class ScreeningReader {

    private final Jdbc jdbc;

    public ScreeningReader(AgroalDataSource ds) {
        this.jdbc = new Jdbc(ds, StoreException::new);
    }

    public Optional<StoredScreening> find(String id) {
        List<StoredScreening.Hit> hits = jdbc.query("SELECT h.entity_id, h.source_id, h.source_entity_id,"
                + " e.entity_type, e.primary_name, h.matched_name, h.score, h.entity_content_hash, h.explanation"
                + " FROM screening_hit h LEFT JOIN listed_entity e ON e.id = h.entity_id"
                + " WHERE h.screening_id = ? ORDER BY h.hit_rank", List.of(id), rs -> new StoredScreening.Hit(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getBigDecimal(7), rs.getString(8), rs.getString(9)));
        return jdbc.queryOne("SELECT id, requested_by, requested_at, threshold, list_versions, request, normalized,"
                + " batch_id, evasion_characters FROM screening WHERE id = ?", List.of(id), rs -> new StoredScreening(
                rs.getString(1), rs.getString(2), Jdbc.instant(rs, 3), rs.getBigDecimal(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), hits));
    }
}
