package io.tollgate.trade.domain;

/**
 * A match released as a false positive (four eyes): the same party data against the same version of the same listed
 * entity is not raised again.
 */
public record ReleasedMatch(String subjectFingerprint, long entityId, String entityContentHash, long alertId) {

    /** Whether this release covers the hit on a subject with this fingerprint. */
    public boolean covers(String fingerprint, ListHit hit) {
        return subjectFingerprint.equals(fingerprint) && entityId == hit.entityId()
                && entityContentHash != null && entityContentHash.equals(hit.entityContentHash());
    }
}
