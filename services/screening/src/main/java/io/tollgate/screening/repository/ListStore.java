package io.tollgate.screening.repository;

import io.agroal.api.AgroalDataSource;
import io.tollgate.screening.domain.list.EntityChange;
import io.tollgate.screening.domain.list.ListedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import io.tollgate.platform.jdbc.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final Jdbc jdbc;

    public ListStore(AgroalDataSource ds) {
        this.jdbc = new Jdbc(ds, StoreException::new);
    }

    // ---- sources ----------------------------------------------------------------------------------------------

    /** Locks the source's row for this transaction (creating it on first use), serialising imports per source. */
    public StoredSource lockSource(String source) {
        ensureSource(source);
        return jdbc.queryOne(SOURCE_COLUMNS + " WHERE source_id = ? FOR UPDATE", List.of(source), ListStore::source)
                .orElseThrow(() -> new StoreException("lock source " + source, null));
    }

    private void ensureSource(String source) {
        jdbc.update("INSERT INTO list_source (source_id) VALUES (?) ON DUPLICATE KEY UPDATE source_id = source_id",
                source);
    }

    public List<StoredSource> sources() {
        return jdbc.query(SOURCE_COLUMNS + " ORDER BY source_id", List.of(), ListStore::source);
    }

    public Optional<StoredSource> source(String source) {
        return jdbc.queryOne(SOURCE_COLUMNS + " WHERE source_id = ?", List.of(source), ListStore::source);
    }

    public void setCurrentVersion(String source, long versionId) {
        jdbc.update("UPDATE list_source SET current_version_id = ? WHERE source_id = ?", versionId, source);
    }

    /** Records the outcome of a refresh attempt (and the validators for the next conditional request). */
    public void recordRefresh(String source, Instant at, String outcome, String detail, String etag,
                              String lastModified) {
        ensureSource(source);
        jdbc.update("UPDATE list_source SET last_refresh_at = ?, last_refresh_outcome = ?, last_refresh_detail = ?,"
                + " etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified) WHERE source_id = ?", at,
                outcome, Jdbc.truncate(detail, 2048), etag, lastModified, source);
    }

    // ---- versions ---------------------------------------------------------------------------------------------

    /**
     * The source's current version if its content has this hash. Only the current version counts: content equal
     * to an older version is a change back to it, and becomes a new version with its own delta.
     */
    public Optional<StoredVersion> currentVersionWithContent(String source, String sha256) {
        return jdbc.queryOne(VERSION_COLUMNS + " WHERE id = (SELECT current_version_id FROM list_source"
                + " WHERE source_id = ?) AND sha256 = ?", List.of(source, sha256), ListStore::version);
    }

    public Optional<StoredVersion> version(long id) {
        return jdbc.queryOne(VERSION_COLUMNS + " WHERE id = ?", List.of(id), ListStore::version);
    }

    public List<StoredVersion> versions(String source) {
        return jdbc.query(VERSION_COLUMNS + " WHERE source_id = ? ORDER BY id DESC", List.of(source),
                ListStore::version);
    }

    /** The current version of every source that has one. */
    public List<StoredVersion> currentVersions() {
        return jdbc.query(VERSION_COLUMNS + " WHERE id IN (SELECT current_version_id FROM list_source "
                + "WHERE current_version_id IS NOT NULL) ORDER BY source_id", List.of(), ListStore::version);
    }

    public long insertVersion(StoredVersion v) {
        return jdbc.insert("INSERT INTO list_version (source_id, sha256, format, previous_version_id, entity_count,"
                        + " person_count, organization_count, vessel_count, aircraft_count, unknown_count, added_count,"
                        + " removed_count, changed_count, parse_statistics, imported_by, imported_at, origin,"
                        + " shrink_guard_overridden) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", v.source(),
                v.sha256(), v.format(), v.previousVersionId(), v.entityCount(), v.personCount(),
                v.organizationCount(), v.vesselCount(), v.aircraftCount(), v.unknownCount(), v.addedCount(),
                v.removedCount(), v.changedCount(), v.parseStatistics(), v.importedBy(), v.importedAt(),
                Jdbc.truncate(v.origin(), 1024), v.shrinkGuardOverridden());
    }

    // ---- entities ---------------------------------------------------------------------------------------------

    /** Source id → (entity id, content hash) of every entity ever stored for the source, listed or not. */
    public Map<String, EntityKey> entityKeys(String source) {
        Map<String, EntityKey> keys = new HashMap<>();
        jdbc.forEach("SELECT source_entity_id, id, content_hash, listed FROM listed_entity WHERE source_id = ?",
                List.of(source), rs -> keys.put(rs.getString(1),
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
            List<Object> params = new ArrayList<>(chunk.size() + 1);
            params.add(source);
            params.addAll(chunk);
            jdbc.forEach("SELECT source_entity_id, content FROM listed_entity WHERE source_id = ?"
                    + " AND source_entity_id IN (" + Jdbc.marks(chunk.size()) + ")", params,
                    rs -> out.put(rs.getString(1), ListedEntityCodec.fromJson(rs.getString(2))));
        }
        return out;
    }

    /**
     * Writes one version's delta: inserts new entities, re-lists or updates changed ones, flags removed ones, and
     * appends the change-feed rows, all in batches.
     */
    public void applyDelta(String source, long versionId, List<EntityChange> added, List<EntityChange> changed,
                           List<EntityChange> removed, Map<String, EntityKey> keys) {
        Map<String, Long> ids = new HashMap<>();
        List<EntityChange> relisted = new ArrayList<>();
        List<EntityChange> fresh = new ArrayList<>();
        for (EntityChange a : added) {
            (keys.containsKey(a.sourceId()) ? relisted : fresh).add(a);
        }
        List<Long> freshIds = jdbc.batchInsert("INSERT INTO listed_entity (source_id, source_entity_id, entity_type,"
                + " primary_name, content_hash, listed, first_version_id, last_changed_version_id, content)"
                + " VALUES (?,?,?,?,?,TRUE,?,?,?)", fresh, BATCH, (b, a) -> {
                    ListedEntity e = a.current();
                    b.addAll(source, e.sourceId(), e.type().name(), Jdbc.truncate(e.primaryName(), 1024),
                            ListedEntityCodec.contentHash(e), versionId, versionId, ListedEntityCodec.toJson(e));
                });
        for (int i = 0; i < fresh.size(); i++) {
            ids.put(fresh.get(i).sourceId(), freshIds.get(i));
        }
        List<EntityChange> updates = new ArrayList<>(changed);
        updates.addAll(relisted);
        updates.forEach(ch -> ids.put(ch.sourceId(), keys.get(ch.sourceId()).id()));
        jdbc.batch("UPDATE listed_entity SET entity_type = ?, primary_name = ?, content_hash = ?, listed = TRUE,"
                + " removed_version_id = NULL, last_changed_version_id = ?, content = ? WHERE id = ?", updates, BATCH,
                (b, ch) -> {
                    ListedEntity e = ch.current();
                    b.addAll(e.type().name(), Jdbc.truncate(e.primaryName(), 1024), ListedEntityCodec.contentHash(e),
                            versionId, ListedEntityCodec.toJson(e), keys.get(ch.sourceId()).id());
                });
        removed.forEach(r -> ids.put(r.sourceId(), keys.get(r.sourceId()).id()));
        jdbc.batch("UPDATE listed_entity SET listed = FALSE, removed_version_id = ?, last_changed_version_id = ?"
                + " WHERE id = ?", removed, BATCH, (b, r) -> b.addAll(versionId, versionId, keys.get(r.sourceId()).id()));
        List<EntityChange> all = new ArrayList<>(added);
        all.addAll(changed);
        all.addAll(removed);
        jdbc.batch("INSERT INTO list_change (version_id, source_id, entity_id, source_entity_id, change_type,"
                + " changed_fields, previous_hash, content_hash, previous_content) VALUES (?,?,?,?,?,?,?,?,?)", all,
                BATCH, (b, ch) -> {
                    EntityKey before = keys.get(ch.sourceId());
                    b.addAll(versionId, source, ids.get(ch.sourceId()), ch.sourceId(), ch.type().name(),
                            ch.changedFields().isEmpty() ? null : String.join(",", ch.changedFields()),
                            before == null ? null : before.contentHash(),
                            ch.current() == null ? null : ListedEntityCodec.contentHash(ch.current()),
                            ch.previous() == null ? null : ListedEntityCodec.toJson(ch.previous()));
                });
    }

    public Optional<StoredEntity> entity(long id) {
        return jdbc.queryOne(ENTITY_COLUMNS + " WHERE id = ?", List.of(id), ListStore::entity);
    }

    /** Streams every listed entity (all sources) to the consumer, for building the match index. */
    public void forEachListed(Consumer<StoredEntity> consumer) {
        jdbc.forEach(ENTITY_COLUMNS + " WHERE listed = TRUE ORDER BY id", List.of(), Integer.MIN_VALUE,
                rs -> consumer.accept(entity(rs)));
    }

    // ---- change feed ------------------------------------------------------------------------------------------

    public List<StoredChange> changesAfter(long cursor, int limit) {
        return jdbc.query(CHANGE_COLUMNS + " WHERE c.id > ? ORDER BY c.id LIMIT ?", List.of(cursor, limit),
                ListStore::change);
    }

    public List<StoredChange> changesOfVersion(long versionId, int offset, int limit) {
        return jdbc.query(CHANGE_COLUMNS + " WHERE c.version_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
                List.of(versionId, limit, offset), ListStore::change);
    }

    // ---- rows -------------------------------------------------------------------------------------------------

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
        return new StoredSource(rs.getString(1), Jdbc.longOrNull(rs, 2), rs.getString(3), rs.getString(4),
                Jdbc.instant(rs, 5), rs.getString(6), rs.getString(7));
    }

    private static StoredVersion version(ResultSet rs) throws SQLException {
        return new StoredVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Jdbc.longOrNull(rs, 5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getString(15), rs.getString(16),
                Jdbc.instant(rs, 17), rs.getString(18), rs.getBoolean(19));
    }

    private static StoredEntity entity(ResultSet rs) throws SQLException {
        return new StoredEntity(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4), rs.getLong(5),
                Jdbc.longOrNull(rs, 6), ListedEntityCodec.fromJson(rs.getString(7)));
    }

    private static StoredChange change(ResultSet rs) throws SQLException {
        String fields = rs.getString(7);
        return new StoredChange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), fields == null ? List.of() : Arrays.asList(fields.split(",")), rs.getString(8),
                rs.getString(9), Jdbc.instant(rs, 10));
    }
}
