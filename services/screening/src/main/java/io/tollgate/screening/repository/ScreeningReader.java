package io.tollgate.screening.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.tollgate.screening.api.ScreeningApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads stored screenings back for audit. */
@ApplicationScoped
public class ScreeningReader {

    private static final TypeReference<List<ScreeningApi.Component>> COMPONENTS = new TypeReference<>() { };

    private final AgroalDataSource ds;
    private final ObjectMapper json;

    public ScreeningReader(AgroalDataSource ds, ObjectMapper json) {
        this.ds = ds;
        this.json = json;
    }

    public Optional<ScreeningApi.StoredScreening> find(String id) {
        try (Connection c = ds.getConnection()) {
            ScreeningApi.StoredScreening head;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, requested_by, requested_at, threshold, "
                    + "list_versions, request, normalized, batch_id, evasion_characters FROM screening WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    head = new ScreeningApi.StoredScreening(rs.getString(1), rs.getString(2),
                            rs.getTimestamp(3).toInstant(), rs.getBigDecimal(4).doubleValue(), tree(rs.getString(5)),
                            tree(rs.getString(6)), tree(rs.getString(7)), rs.getString(8), rs.getBoolean(9), List.of());
                }
            }
            List<ScreeningApi.Hit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT h.entity_id, h.source_id, h.source_entity_id, "
                    + "e.entity_type, e.primary_name, h.matched_name, h.score, h.entity_content_hash, h.explanation "
                    + "FROM screening_hit h LEFT JOIN listed_entity e ON e.id = h.entity_id "
                    + "WHERE h.screening_id = ? ORDER BY h.hit_rank")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String type = rs.getString(4);
                        hits.add(new ScreeningApi.Hit(rs.getLong(1), rs.getString(2), rs.getString(3),
                                type == null ? null : type.toLowerCase(), rs.getString(5), rs.getString(6),
                                rs.getBigDecimal(7).doubleValue(), rs.getString(8),
                                json.readValue(rs.getString(9), COMPONENTS)));
                    }
                }
            }
            return Optional.of(new ScreeningApi.StoredScreening(head.screeningId(), head.requestedBy(),
                    head.requestedAt(), head.threshold(), head.listVersions(), head.request(), head.normalized(),
                    head.batchId(), head.evasionCharacters(), hits));
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("read screening " + id, e);
        }
    }

    private JsonNode tree(String s) throws JsonProcessingException {
        return json.readTree(s);
    }
}
