package io.tollgate.trade.domain;

/**
 * A hit an analyst has to look at: becomes an alert.
 *
 * @param reasonIndex the index of the POTENTIAL_MATCH reason this alert belongs to
 * @param ownerIndex the declared owner screened, or -1 when the party itself was
 * @param subjectFingerprint {@link ScreeningSubject#fingerprint()} of what was screened
 */
public record PotentialMatch(int reasonIndex, int partyIndex, int ownerIndex, String subjectName,
                             String subjectFingerprint, String screeningId, ListHit hit) {
}
