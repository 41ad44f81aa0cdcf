package io.tollgate.screening.domain.list;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The record-level delta between the entities currently listed for a source and a newly parsed publication,
 * keyed by source id and compared by content (the source-record position is not content: a record that only
 * moved to another line has not changed).
 *
 * @param added entities new in this publication (or listed again after removal)
 * @param removed entities no longer published
 * @param changed entities whose content differs, with the fields that differ
 * @param unchanged how many entities are the same
 */
public record ListDelta(List<EntityChange> added, List<EntityChange> removed, List<EntityChange> changed,
                        int unchanged) {

    public ListDelta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * Computes the delta.
     *
     * @param previous the entities listed now (empty for a first import)
     * @param current the newly parsed entities
     */
    public static ListDelta between(Collection<ListedEntity> previous, Collection<ListedEntity> current) {
        Map<String, ListedEntity> before = new HashMap<>(previous.size() * 2);
        for (ListedEntity e : previous) {
            before.put(e.sourceId(), e);
        }
        List<EntityChange> added = new ArrayList<>();
        List<EntityChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (ListedEntity now : current) {
            ListedEntity was = before.remove(now.sourceId());
            if (was == null) {
                added.add(new EntityChange(EntityChange.Type.ADDED, now.sourceId(), List.of(), null, now));
            } else {
                List<String> fields = changedFields(was, now);
                if (fields.isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(new EntityChange(EntityChange.Type.CHANGED, now.sourceId(), fields, was, now));
                }
            }
        }
        List<EntityChange> removed = new ArrayList<>();
        for (ListedEntity gone : previous) {
            if (before.containsKey(gone.sourceId())) {
                removed.add(new EntityChange(EntityChange.Type.REMOVED, gone.sourceId(), List.of(), gone, null));
            }
        }
        return new ListDelta(added, removed, changed, unchanged);
    }

    /**
     * Computes the delta when only the content hashes of the listed entities are at hand: entities whose hash
     * is unchanged are not loaded; the others (changed or removed) are loaded once, in one call.
     *
     * @param previousHashes content hash by source id of the entities listed now
     * @param current the newly parsed entities
     * @param hash the content hash of an entity (the same function that produced {@code previousHashes})
     * @param loadPrevious loads the listed entities with the given source ids
     */
    public static ListDelta between(Map<String, String> previousHashes, Collection<ListedEntity> current,
                                    Function<ListedEntity, String> hash,
                                    Function<Collection<String>, Map<String, ListedEntity>> loadPrevious) {
        Map<String, String> remaining = new HashMap<>(previousHashes);
        List<ListedEntity> differing = new ArrayList<>();
        int unchanged = 0;
        for (ListedEntity now : current) {
            String was = remaining.remove(now.sourceId());
            if (was != null && was.equals(hash.apply(now))) {
                unchanged++;
            } else {
                differing.add(now);
            }
        }
        List<String> toLoad = new ArrayList<>(remaining.keySet());
        for (ListedEntity d : differing) {
            if (previousHashes.containsKey(d.sourceId())) {
                toLoad.add(d.sourceId());
            }
        }
        Map<String, ListedEntity> previous = toLoad.isEmpty() ? Map.of() : loadPrevious.apply(toLoad);
        ListDelta partial = between(previous.values(), differing);
        return new ListDelta(partial.added(), partial.removed(), partial.changed(), unchanged + partial.unchanged());
    }

    /** The content fields that differ between two versions of one entity. */
    public static List<String> changedFields(ListedEntity a, ListedEntity b) {
        List<String> fields = new ArrayList<>();
        compare(fields, "type", a, b, ListedEntity::type);
        compare(fields, "names", a, b, ListedEntity::names);
        compare(fields, "birthDates", a, b, ListedEntity::birthDates);
        compare(fields, "placesOfBirth", a, b, ListedEntity::placesOfBirth);
        compare(fields, "nationalities", a, b, ListedEntity::nationalities);
        compare(fields, "citizenships", a, b, ListedEntity::citizenships);
        compare(fields, "gender", a, b, ListedEntity::gender);
        compare(fields, "addresses", a, b, ListedEntity::addresses);
        compare(fields, "identifiers", a, b, ListedEntity::identifiers);
        compare(fields, "programs", a, b, ListedEntity::programs);
        compare(fields, "listedOn", a, b, ListedEntity::listedOn);
        compare(fields, "remarks", a, b, ListedEntity::remarks);
        compare(fields, "links", a, b, ListedEntity::links);
        return fields;
    }

    private static void compare(List<String> out, String name, ListedEntity a, ListedEntity b,
                                Function<ListedEntity, Object> field) {
        if (!Objects.equals(field.apply(a), field.apply(b))) {
            out.add(name);
        }
    }

    /** The share of the previous entities this delta removes (0 when there were none). */
    public double shrinkShare(int previousCount) {
        return previousCount == 0 ? 0.0 : (double) removed.size() / previousCount;
    }
}
