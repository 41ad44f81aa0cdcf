package io.tollgate.screening.service;

import io.tollgate.platform.data.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.screening.config.ScreeningConfig;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.ListDelta;
import io.tollgate.screening.domain.list.ListFileUnpacker;
import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListParsers;
import io.tollgate.screening.domain.list.ListSource;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.repository.ImportAttemptLog;
import io.tollgate.screening.repository.ListStore;
import io.tollgate.screening.repository.ListedEntityCodec;
import io.tollgate.screening.repository.StoredVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Imports one publication of a list: parse it completely outside any transaction, then, in one transaction,
 * store the immutable version and its delta — or change nothing. After commit the match index is rebuilt off the
 * request path. A broken file, an empty list, or a suspicious shrink is refused with 422 and recorded.
 */
@ApplicationScoped
public class ListImportService {

    private static final Logger LOG = Logger.getLogger(ListImportService.class);

    private final ListStore store;
    private final ListParsers parsers;
    private final ScreeningConfig config;
    private final ImportAttemptLog attempts;
    private final ScreeningIndex index;
    private final ObjectMapper json;

    public ListImportService(ListStore store, ListParsers parsers, ScreeningConfig config, ImportAttemptLog attempts,
                             ScreeningIndex index, ObjectMapper json) {
        this.store = store;
        this.parsers = parsers;
        this.config = config;
        this.attempts = attempts;
        this.index = index;
        this.json = json;
    }

    /**
     * Imports a publication.
     *
     * @param source the list it is a publication of
     * @param content the file as published (plain, zip or gzip)
     * @param origin where it came from (upload, or the refresh URL)
     * @param user who asked
     * @param force override the shrink guard (recorded with the version)
     */
    public ImportOutcome importList(ListSource source, byte[] content, String origin, String user, boolean force) {
        String sha256 = Sha256.hex(content);
        Optional<StoredVersion> same = store.currentVersionWithContent(source.id(), sha256);
        if (same.isPresent()) {
            attempts.record(source, sha256, ImportAttemptLog.Outcome.UNCHANGED, "identical to version " + same.get().id(), same.get().id(),
                    force, origin, user);
            return new ImportOutcome(false, same.get());
        }
        long started = System.nanoTime();
        ParsedList parsed;
        try {
            parsed = parse(source, content);
        } catch (ProblemException e) {
            attempts.record(source, sha256, ImportAttemptLog.Outcome.REJECTED, e.getMessage(), null, force, origin, user);
            throw e;
        }
        try {
            ImportOutcome outcome = QuarkusTransaction.requiringNew()
                    .call(() -> store(source, sha256, parsed, origin, user, force));
            LOG.infof("imported %s version %d: %d entities (%s) in %d ms by %s", source, outcome.version().id(),
                    outcome.version().entityCount(), parsed.format(), (System.nanoTime() - started) / 1_000_000,
                    user);
            attempts.record(source, sha256, outcome.created() ? ImportAttemptLog.Outcome.IMPORTED
                    : ImportAttemptLog.Outcome.UNCHANGED, null,
                    outcome.version().id(), force, origin, user);
            if (outcome.created()) {
                index.requestRebuild();
            }
            return outcome;
        } catch (ProblemException e) {
            attempts.record(source, sha256, ImportAttemptLog.Outcome.REJECTED, e.getMessage(), null, force, origin, user);
            throw e;
        }
    }

    private ParsedList parse(ListSource source, byte[] content) {
        try {
            ListFiles files = new ListFileUnpacker(config.lists().maxUnpackedBytes()).unpack("upload", content);
            ListParser parser = parsers.select(source, files);
            ParsedList parsed = parser.parse(source.id(), files);
            if (parsed.entities().isEmpty()) {
                throw ProblemException.unprocessable("The " + source + " publication (" + parser.format()
                        + ") holds no entities: refusing to replace the list with an empty one");
            }
            Set<String> seen = new HashSet<>();
            for (ListedEntity e : parsed.entities()) {
                if (!seen.add(e.sourceId())) {
                    throw ProblemException.unprocessable("The " + source + " publication lists source id '"
                            + e.sourceId() + "' twice (" + describe(e) + ")");
                }
            }
            return parsed;
        } catch (ListFormatException e) {
            throw ProblemException.unprocessable("The file is not a usable " + source + " publication: "
                    + e.getMessage() + (e.location() == null ? "" : " (at " + e.location() + ")"));
        }
    }

    private static String describe(ListedEntity e) {
        return e.sourceRecord() == null ? e.primaryName() : e.sourceRecord().file() + " line " + e.sourceRecord().line();
    }

    private ImportOutcome store(ListSource source, String sha256, ParsedList parsed, String origin, String user,
                                boolean force) {
        var current = store.lockSource(source.id());
        // another import of the same content may have become current while this one parsed
        Optional<StoredVersion> same = store.currentVersionWithContent(source.id(), sha256);
        if (same.isPresent()) {
            return new ImportOutcome(false, same.get());
        }
        Map<String, ListStore.EntityKey> keys = store.entityKeys(source.id());
        Map<String, String> listedHashes = new HashMap<>();
        keys.forEach((id, key) -> {
            if (key.listed()) {
                listedHashes.put(id, key.contentHash());
            }
        });
        ListDelta delta = ListDelta.between(listedHashes, parsed.entities(), ListedEntityCodec::contentHash,
                ids -> store.contents(source.id(), ids));
        double shrink = delta.shrinkShare(listedHashes.size());
        double maxShrink = config.lists().maxShrinkShare();
        if (shrink > maxShrink && !force) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, String.format(
                    "This %s publication would remove %d of %d listed entities (%.1f%%, more than the %.1f%% guard); "
                            + "if that is right, a list-admin can import it again with ?force=true",
                    source, delta.removed().size(), listedHashes.size(), shrink * 100, maxShrink * 100));
        }
        Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
        parsed.entities().forEach(e -> byType.merge(e.type(), 1, Integer::sum));
        StoredVersion draft = new StoredVersion(0, source.id(), sha256, parsed.format(), current.currentVersionId(),
                parsed.entities().size(), byType.getOrDefault(EntityType.PERSON, 0),
                byType.getOrDefault(EntityType.ORGANIZATION, 0), byType.getOrDefault(EntityType.VESSEL, 0),
                byType.getOrDefault(EntityType.AIRCRAFT, 0), byType.getOrDefault(EntityType.UNKNOWN, 0),
                delta.added().size(), delta.removed().size(), delta.changed().size(), toJson(parsed.statistics()),
                user, Instant.now(), origin, force && shrink > maxShrink);
        long versionId = store.insertVersion(draft);
        store.applyDelta(source.id(), versionId, delta.added(), delta.changed(), delta.removed(), keys);
        store.setCurrentVersion(source.id(), versionId);
        return new ImportOutcome(true, store.version(versionId).orElseThrow());
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
