package io.tollgate.trade.domain;

/**
 * An alert already raised on the trade being decided again (re-screening after a list change): an undecided one is
 * not raised twice and keeps the trade HELD until someone decides it, even if the latest screening no longer finds
 * the entity; a confirmed one keeps blocking or rejecting the trade.
 *
 * @param subjectFingerprint {@link ScreeningSubject#fingerprint()} of the screened party or owner (empty if unknown)
 * @param label e.g. {@code ofac-sdn 35233 LAVROV, Sergei Viktorovich}
 */
public record RaisedAlert(long alertId, String subjectFingerprint, long entityId, String source, String label,
                          AlertState state) {

    /** Whether this alert is about the same subject and listed entity as the hit. */
    public boolean concerns(String fingerprint, ListHit hit) {
        return entityId == hit.entityId() && subjectFingerprint != null && subjectFingerprint.equals(fingerprint);
    }
}
