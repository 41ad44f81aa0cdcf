package io.tollgate.screening.repository;

import io.agroal.api.AgroalDataSource;
import io.tollgate.screening.domain.list.EntityChange;
import io.tollgate.screening.domain.list.ListedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The list store in schema {@code screening}: sources, versions, entities and the change feed. Plain JDBC with
 * batched statements because an import writes tens of thousands of rows and AUTO_INCREMENT keys would stop
 * Hibernate from batching; callers own the transaction (JTA-enlisted connections from Agroal).
 */
@ApplicationScoped
public class ListStore {

    private static final int BATCH = 1000;

    private final AgroalDataSource ds;

    public ListStore(AgroalDataSource ds) {
        this.ds = ds;
    }

    // ---- sources ----------------------------------------------------------------------------------------------

    /** Locks the source's row for this transaction (creating it on first use), serialising imports per source. */
    public StoredSource lockSource(String source) {
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO list_source (source_id) VALUES (?) ON DUPLICATE KEY UPDATE source_id = source_id")) {
                ps.setString(1, source);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(SOURCE_COLUMNS + " WHERE source_id = ? FOR UPDATE")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return source(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("lock source " + source, e);
        }
    }

    public List<StoredSource> sources() {
        return query(SOURCE_COLUMNS + " ORDER BY source_id", ps -> { }, ListStore::source);
    }

    public Optional<StoredSource> source(String source) {
        return query(SOURCE_COLUMNS + " WHERE source_id = ?", ps -> set(ps, source), ListStore::source)
                .stream().findFirst();
    }

    public void setCurrentVersion(String source, long versionId) {
        update("UPDATE list_source SET current_version_id = ? WHERE source_id = ?", ps -> {
            ps.setLong(1, versionId);
            ps.setString(2, source);
        });
    }

    /** Records the outcome of a refresh attempt (and the validators for the next conditional request). */
    public void recordRefresh(String source, Instant at, String outcome, String detail, String etag,
                              String lastModified) {
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO list_source (source_id) VALUES (?) ON DUPLICATE KEY UPDATE source_id = source_id")) {
                ps.setString(1, source);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE list_source SET last_refresh_at = ?, "
                    + "last_refresh_outcome = ?, last_refresh_detail = ?, etag = COALESCE(?, etag), "
                    + "last_modified = COALESCE(?, last_modified) WHERE source_id = ?")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, outcome);
                ps.setString(3, truncate(detail, 2048));
                ps.setString(4, etag);
                ps.setString(5, lastModified);
                ps.setString(6, source);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("record refresh of " + source, e);
        }
    }

    // ---- versions ---------------------------------------------------------------------------------------------

    /**
     * The source's current version if its content has this hash. Only the current version counts: content equal
     * to an older version is a change back to it, and becomes a new version with its own delta.
     */
    public Optional<StoredVersion> currentVersionWithContent(String source, String sha256) {
        return query(VERSION_COLUMNS + " WHERE id = (SELECT current_version_id FROM list_source WHERE source_id = ?)"
                + " AND sha256 = ?", ps -> set(ps, source, sha256), ListStore::version).stream().findFirst();
    }

    public Optional<StoredVersion> version(long id) {
        return query(VERSION_COLUMNS + " WHERE id = ?", ps -> ps.setLong(1, id), ListStore::version)
                .stream().findFirst();
    }

    public List<StoredVersion> versions(String source) {
        return query(VERSION_COLUMNS + " WHERE source_id = ? ORDER BY id DESC", ps -> set(ps, source),
                ListStore::version);
    }

    /** The current version of every source that has one. */
    public List<StoredVersion> currentVersions() {
        return query(VERSION_COLUMNS + " WHERE id IN (SELECT current_version_id FROM list_source "
                + "WHERE current_version_id IS NOT NULL) ORDER BY source_id", ps -> { }, ListStore::version);
    }

    public long insertVersion(StoredVersion v) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO list_version (source_id, sha256, format, "
                     + "previous_version_id, entity_count, person_count, organization_count, vessel_count, "
                     + "aircraft_count, unknown_count, added_count, removed_count, changed_count, parse_statistics, "
                     + "imported_by, imported_at, origin, shrink_guard_overridden) "
                     + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ps.setString(i++, v.source());
            ps.setString(i++, v.sha256());
            ps.setString(i++, v.format());
            setLong(ps, i++, v.previousVersionId());
            ps.setInt(i++, v.entityCount());
            ps.setInt(i++, v.personCount());
            ps.setInt(i++, v.organizationCount());
            ps.setInt(i++, v.vesselCount());
            ps.setInt(i++, v.aircraftCount());
            ps.setInt(i++, v.unknownCount());
            ps.setInt(i++, v.addedCount());
            ps.setInt(i++, v.removedCount());
            ps.setInt(i++, v.changedCount());
            ps.setString(i++, v.parseStatistics());
            ps.setString(i++, v.importedBy());
            ps.setTimestamp(i++, Timestamp.from(v.importedAt()));
            ps.setString(i++, truncate(v.origin(), 1024));
            ps.setBoolean(i, v.shrinkGuardOverridden());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("insert version of " + v.source(), e);
        }
    }

    // ---- entities ---------------------------------------------------------------------------------------------

    /** Source id → (entity id, content hash) of every entity ever stored for the source, listed or not. */
    public Map<String, EntityKey> entityKeys(String source) {
        Map<String, EntityKey> keys = new HashMap<>();
        scan("SELECT source_entity_id, id, content_hash, listed FROM listed_entity WHERE source_id = ?",
                ps -> set(ps, source), rs -> keys.put(rs.getString(1),
                        new EntityKey(rs.getLong(2), rs.getString(3), rs.getBoolean(4))));
        return keys;
    }

    /** The id, content hash and listing state of one stored entity. */
    public record EntityKey(long id, String contentHash, boolean listed) {
    }

    /** The stored content of the given entities of one source. */
    public Map<String, ListedEntity> contents(String source, Collection<String> sourceEntityIds) {
        Map<String, ListedEntity> out = new HashMap<>();
        List<String> ids = new ArrayList<>(sourceEntityIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            scan("SELECT source_entity_id, content FROM listed_entity WHERE source_id = ? AND source_entity_id IN ("
                    + marks + ")", ps -> {
                        ps.setString(1, source);
                        for (int i = 0; i < chunk.size(); i++) {
                            ps.setString(i + 2, chunk.get(i));
                        }
                    }, rs -> out.put(rs.getString(1), ListedEntityCodec.fromJson(rs.getString(2))));
        }
        return out;
    }

    /**
     * Writes one version's delta: inserts new entities, re-lists or updates changed ones, flags removed ones, and
     * appends the change-feed rows, all in batches.
     */
    public void applyDelta(String source, long versionId, List<EntityChange> added, List<EntityChange> changed,
                           List<EntityChange> removed, Map<String, EntityKey> keys) {
        try (Connection c = ds.getConnection()) {
            Map<String, Long> ids = new HashMap<>();
            List<EntityChange> relisted = new ArrayList<>();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO listed_entity (source_id, source_entity_id, "
                    + "entity_type, primary_name, content_hash, listed, first_version_id, last_changed_version_id, "
                    + "content) VALUES (?,?,?,?,?,TRUE,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                List<EntityChange> fresh = new ArrayList<>();
                for (EntityChange a : added) {
                    if (keys.containsKey(a.sourceId())) {
                        relisted.add(a);
                        continue;
                    }
                    ListedEntity e = a.current();
                    ins.setString(1, source);
                    ins.setString(2, e.sourceId());
                    ins.setString(3, e.type().name());
                    ins.setString(4, truncate(e.primaryName(), 1024));
                    ins.setString(5, ListedEntityCodec.contentHash(e));
                    ins.setLong(6, versionId);
                    ins.setLong(7, versionId);
                    ins.setString(8, ListedEntityCodec.toJson(e));
                    ins.addBatch();
                    fresh.add(a);
                    if (fresh.size() % BATCH == 0) {
                        collectKeys(ins, fresh.subList(fresh.size() - BATCH, fresh.size()), ids);
                    }
                }
                int rest = fresh.size() % BATCH;
                if (rest > 0) {
                    collectKeys(ins, fresh.subList(fresh.size() - rest, fresh.size()), ids);
                }
            }
            List<EntityChange> updates = new ArrayList<>(changed);
            updates.addAll(relisted);
            try (PreparedStatement up = c.prepareStatement("UPDATE listed_entity SET entity_type = ?, primary_name = ?, "
                    + "content_hash = ?, listed = TRUE, removed_version_id = NULL, last_changed_version_id = ?, "
                    + "content = ? WHERE id = ?")) {
                int n = 0;
                for (EntityChange ch : updates) {
                    ListedEntity e = ch.current();
                    long id = keys.get(ch.sourceId()).id();
                    ids.put(ch.sourceId(), id);
                    up.setString(1, e.type().name());
                    up.setString(2, truncate(e.primaryName(), 1024));
                    up.setString(3, ListedEntityCodec.contentHash(e));
                    up.setLong(4, versionId);
                    up.setString(5, ListedEntityCodec.toJson(e));
                    up.setLong(6, id);
                    up.addBatch();
                    if (++n % BATCH == 0) {
                        up.executeBatch();
                    }
                }
                up.executeBatch();
            }
            try (PreparedStatement rm = c.prepareStatement("UPDATE listed_entity SET listed = FALSE, "
                    + "removed_version_id = ?, last_changed_version_id = ? WHERE id = ?")) {
                int n = 0;
                for (EntityChange r : removed) {
                    long id = keys.get(r.sourceId()).id();
                    ids.put(r.sourceId(), id);
                    rm.setLong(1, versionId);
                    rm.setLong(2, versionId);
                    rm.setLong(3, id);
                    rm.addBatch();
                    if (++n % BATCH == 0) {
                        rm.executeBatch();
                    }
                }
                rm.executeBatch();
            }
            try (PreparedStatement feed = c.prepareStatement("INSERT INTO list_change (version_id, source_id, "
                    + "entity_id, source_entity_id, change_type, changed_fields, previous_hash, content_hash, "
                    + "previous_content) VALUES (?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                List<EntityChange> all = new ArrayList<>(added);
                all.addAll(changed);
                all.addAll(removed);
                for (EntityChange ch : all) {
                    EntityKey before = keys.get(ch.sourceId());
                    feed.setLong(1, versionId);
                    feed.setString(2, source);
                    feed.setLong(3, ids.get(ch.sourceId()));
                    feed.setString(4, ch.sourceId());
                    feed.setString(5, ch.type().name());
                    feed.setString(6, ch.changedFields().isEmpty() ? null : String.join(",", ch.changedFields()));
                    feed.setString(7, before == null ? null : before.contentHash());
                    feed.setString(8, ch.current() == null ? null : ListedEntityCodec.contentHash(ch.current()));
                    feed.setString(9, ch.previous() == null ? null : ListedEntityCodec.toJson(ch.previous()));
                    feed.addBatch();
                    if (++n % BATCH == 0) {
                        feed.executeBatch();
                    }
                }
                feed.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("apply delta of " + source, e);
        }
    }

    private static void collectKeys(PreparedStatement ins, List<EntityChange> batch, Map<String, Long> ids)
            throws SQLException {
        ins.executeBatch();
        try (ResultSet keys = ins.getGeneratedKeys()) {
            int i = 0;
            while (keys.next()) {
                ids.put(batch.get(i++).sourceId(), keys.getLong(1));
            }
            if (i != batch.size()) {
                throw new SQLException("expected " + batch.size() + " generated keys, got " + i);
            }
        }
    }

    public Optional<StoredEntity> entity(long id) {
        return query(ENTITY_COLUMNS + " WHERE id = ?", ps -> ps.setLong(1, id), ListStore::entity)
                .stream().findFirst();
    }

    /** Streams every listed entity (all sources) to the consumer, for building the match index. */
    public void forEachListed(Consumer<StoredEntity> consumer) {
        scan(ENTITY_COLUMNS + " WHERE listed = TRUE ORDER BY id", ps -> ps.setFetchSize(Integer.MIN_VALUE),
                rs -> consumer.accept(entity(rs)));
    }

    // ---- change feed ------------------------------------------------------------------------------------------

    public List<StoredChange> changesAfter(long cursor, int limit) {
        return query(CHANGE_COLUMNS + " WHERE c.id > ? ORDER BY c.id LIMIT ?", ps -> {
            ps.setLong(1, cursor);
            ps.setInt(2, limit);
        }, ListStore::change);
    }

    public List<StoredChange> changesOfVersion(long versionId, int offset, int limit) {
        return query(CHANGE_COLUMNS + " WHERE c.version_id = ? ORDER BY c.id LIMIT ? OFFSET ?", ps -> {
            ps.setLong(1, versionId);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
        }, ListStore::change);
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    private static final String SOURCE_COLUMNS = "SELECT source_id, current_version_id, etag, last_modified, "
            + "last_refresh_at, last_refresh_outcome, last_refresh_detail FROM list_source";
    private static final String VERSION_COLUMNS = "SELECT id, source_id, sha256, format, previous_version_id, "
            + "entity_count, person_count, organization_count, vessel_count, aircraft_count, unknown_count, "
            + "added_count, removed_count, changed_count, parse_statistics, imported_by, imported_at, origin, "
            + "shrink_guard_overridden FROM list_version";
    private static final String ENTITY_COLUMNS = "SELECT id, content_hash, listed, first_version_id, "
            + "last_changed_version_id, removed_version_id, content FROM listed_entity";
    private static final String CHANGE_COLUMNS = "SELECT c.id, c.version_id, c.source_id, c.entity_id, "
            + "c.source_entity_id, c.change_type, c.changed_fields, c.previous_hash, c.content_hash, v.imported_at "
            + "FROM list_change c JOIN list_version v ON v.id = c.version_id";

    private static StoredSource source(ResultSet rs) throws SQLException {
        return new StoredSource(rs.getString(1), longOrNull(rs, 2), rs.getString(3), rs.getString(4),
                instant(rs, 5), rs.getString(6), rs.getString(7));
    }

    private static StoredVersion version(ResultSet rs) throws SQLException {
        return new StoredVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), longOrNull(rs, 5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12),
                rs.getInt(13), rs.getInt(14), rs.getString(15), rs.getString(16), instant(rs, 17), rs.getString(18),
                rs.getBoolean(19));
    }

    private static StoredEntity entity(ResultSet rs) throws SQLException {
        return new StoredEntity(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4), rs.getLong(5),
                longOrNull(rs, 6), ListedEntityCodec.fromJson(rs.getString(7)));
    }

    private static StoredChange change(ResultSet rs) throws SQLException {
        String fields = rs.getString(7);
        return new StoredChange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), fields == null ? List.of() : Arrays.asList(fields.split(",")), rs.getString(8),
                rs.getString(9), instant(rs, 10));
    }

    private static Long longOrNull(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void set(PreparedStatement ps, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setString(i + 1, values[i]);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        scan(sql, binder, rs -> out.add(mapper.map(rs)));
        return out;
    }

    private void scan(String sql, Binder binder, RowConsumer consumer) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(sql.substring(0, Math.min(60, sql.length())), e);
        }
    }

    private void update(String sql, Binder binder) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(sql.substring(0, Math.min(60, sql.length())), e);
        }
    }
}
