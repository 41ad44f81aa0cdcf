package io.tollgate.screening.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.screening.api.ListViews;
import io.tollgate.screening.config.ScreeningConfig;
import io.tollgate.screening.domain.list.ListSource;
import io.tollgate.screening.repository.ListStore;
import io.tollgate.screening.repository.StoredChange;
import io.tollgate.screening.repository.StoredEntity;
import io.tollgate.screening.repository.StoredSource;
import io.tollgate.screening.repository.StoredVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the list store: sources and their freshness, versions, deltas, the change feed and entities. */
@ApplicationScoped
public class ListCatalogService {

    private final ListStore store;
    private final ScreeningConfig config;
    private final ObjectMapper json;

    public ListCatalogService(ListStore store, ScreeningConfig config, ObjectMapper json) {
        this.store = store;
        this.config = config;
        this.json = json;
    }

    /** Every official source, plus every custom source ever imported, with its current version and freshness. */
    public List<ListViews.SourceSummary> sources() {
        Map<String, StoredSource> stored = new LinkedHashMap<>();
        store.sources().forEach(s -> stored.put(s.source(), s));
        Map<String, StoredVersion> current = new LinkedHashMap<>();
        store.currentVersions().forEach(v -> current.put(v.source(), v));
        List<String> ids = new ArrayList<>(ListSource.OFFICIAL);
        stored.keySet().stream().filter(id -> !ids.contains(id)).sorted().forEach(ids::add);
        config.lists().sources().keySet().stream().filter(id -> !ids.contains(id) && ListSource.isValid(id))
                .sorted().forEach(ids::add);
        Instant now = Instant.now();
        List<ListViews.SourceSummary> out = new ArrayList<>();
        for (String id : ids) {
            StoredVersion v = current.get(id);
            StoredSource s = stored.get(id);
            Long age = v == null ? null : Duration.between(v.importedAt(), now).getSeconds();
            boolean stale = v == null || Duration.between(v.importedAt(), now).compareTo(config.lists().staleAfter()) > 0;
            var settings = config.lists().sources().get(id);
            String url = settings == null ? null : settings.url().orElse(null);
            ListViews.LastRefresh refresh = s == null || s.lastRefreshAt() == null ? null
                    : new ListViews.LastRefresh(s.lastRefreshAt(), s.lastRefreshOutcome(), s.lastRefreshDetail());
            out.add(new ListViews.SourceSummary(id, v == null ? null : view(v), v == null ? null : v.importedAt(), age,
                    stale, url, refresh));
        }
        return out;
    }

    public List<ListViews.Version> versions(ListSource source) {
        return store.versions(source.id()).stream().map(this::view).toList();
    }

    public ListViews.Version version(ListSource source, long id) {
        return store.version(id).filter(v -> v.source().equals(source.id())).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("No version " + id + " of " + source));
    }

    public ListViews.Delta delta(ListSource source, long versionId, int offset, int limit) {
        ListViews.Version v = version(source, versionId);
        List<ListViews.Change> changes = store.changesOfVersion(versionId, offset, limit).stream()
                .map(ListCatalogService::view).toList();
        return new ListViews.Delta(v, offset, limit, changes);
    }

    public ListViews.ChangeFeed changes(long after, int limit) {
        List<StoredChange> page = store.changesAfter(after, limit + 1);
        boolean more = page.size() > limit;
        List<ListViews.Change> changes = page.stream().limit(limit).map(ListCatalogService::view).toList();
        long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).cursor();
        return new ListViews.ChangeFeed(after, next, more, changes);
    }

    public Optional<ListViews.Entity> entity(long id) {
        return store.entity(id).map(ListCatalogService::view);
    }

    private static ListViews.Entity view(StoredEntity e) {
        return new ListViews.Entity(e.id(), e.listed(), e.firstVersionId(), e.lastChangedVersionId(),
                e.removedVersionId(), e.contentHash(), e.entity());
    }

    private static ListViews.Change view(StoredChange c) {
        return new ListViews.Change(c.id(), c.versionId(), c.source(), c.entityId(), c.sourceEntityId(),
                c.changeType(), c.changedFields(), c.previousHash(), c.contentHash(), c.importedAt());
    }

    /** The API view of a stored version. */
    public ListViews.Version view(StoredVersion v) {
        JsonNode stats;
        try {
            stats = json.readTree(v.parseStatistics());
        } catch (JsonProcessingException e) {
            stats = json.getNodeFactory().textNode(v.parseStatistics());
        }
        return new ListViews.Version(v.id(), v.source(), v.sha256(), v.format(), v.previousVersionId(),
                new ListViews.EntityCounts(v.entityCount(), v.personCount(), v.organizationCount(), v.vesselCount(),
                        v.aircraftCount(), v.unknownCount()),
                new ListViews.DeltaCounts(v.addedCount(), v.removedCount(), v.changedCount()), stats,
                v.importedBy(), v.importedAt(), v.origin(), v.shrinkGuardOverridden());
    }
}
