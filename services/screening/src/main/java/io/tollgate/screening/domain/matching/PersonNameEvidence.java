package io.tollgate.screening.domain.matching;

/**
 * Which words of two personal names agree, and what that agreement is worth: the rules that lift a short form of a
 * long name to a hit to review, and the rule that holds a match whose only sure agreement is on given names (or
 * common name words) under the threshold. Both look at the word alignment {@link NameComparator} made.
 */
final class PersonNameEvidence {

    /**
     * A personal name given by two or three of the listed name's four or more words (Naji Talal / NAJI, Talal Muhammad
     * Rashid), every query word found, one of them the listed name's first or last (family or first given name):
     * a hit to review, held just above the default threshold.
     */
    static final float SHORT_FORM = 0.82f;
    /**
     * Where a Latin-written personal name is held when no word agrees by spelling: one agrees only as an equivalent
     * given name (a translation) and another only by resemblance (a typo, a nickname, an initial): Michael Green /
     * GRIB, Mikhail; Juan Fernandez / HERNANDEZ, Ivan. Two inferences stacked. Just under the default threshold, so
     * that a birth date, a country or an identifier lifts it to an alert and the name alone does not.
     */
    static final float GIVEN_NAME_ONLY_CAP = (float) MatchThreshold.DEFAULT - 0.02f;

    /**
     * Below this a word pair is more than a slip of the keyboard or of transliteration: two letters changed in a word
     * of eight, one in a word of three (the typo similarity of {@link TokenSimilarity#typo}).
     */
    static final float FAMILY_NAME_SLIP = 0.7f;

    private PersonNameEvidence() {
    }

    /**
     * What lifts a short form of a long personal name to {@link #SHORT_FORM}, or 0. At least two query words agree by
     * spelling (a translated given name on top of a short form is one inference too many), and when the listed name
     * has a word that is not a given name (a family name), one of the agreeing words is such a word: two given names
     * of MARTINEZ MORALES, Luis Miguel are not Luis Miguel MARTINEZ MORALES.
     */
    static float shortForm(NameForm q, NameForm c, int[] qm, float[] qs, int[] cm, float score) {
        if (score >= SHORT_FORM || score < 0.6f || q.context != NameContext.PERSON
                || c.context != NameContext.PERSON) {
            return 0;
        }
        int words = 0;
        int spelled = 0;
        for (int i = 0; i < q.tokens.length; i++) {
            NameToken t = q.tokens[i];
            if (t.role == TokenRole.WORD) {
                if (qm[i] < 0 || qs[i] < NameComparator.STRONG_PAIR) {
                    return 0;
                }
                words++;
                spelled += qs[i] >= TokenSimilarity.SPELLING ? 1 : 0;
            } else if (qm[i] < 0 && t.role != TokenRole.PARTICLE && t.role != TokenRole.STOP) {
                return 0;
            }
        }
        int listedWords = 0;
        boolean listedFamily = false;
        boolean familyAgrees = false;
        for (int j = 0; j < c.tokens.length; j++) {
            NameToken t = c.tokens[j];
            if (t.role == TokenRole.WORD) {
                listedWords++;
                listedFamily |= !t.forename;
                familyAgrees |= !t.forename && cm[j] >= 0;
            }
        }
        int last = c.tokens.length - 1;
        boolean edge = cm[0] >= 0 || cm[last] >= 0;
        boolean lift = words >= 2 && words <= 3 && spelled >= 2 && listedWords >= 4 && edge
                && (!listedFamily || familyAgrees);
        return lift ? SHORT_FORM - score : 0;
    }

    /**
     * How far a Latin-written personal name is held down to {@link #GIVEN_NAME_ONLY_CAP}: no word agrees by spelling
     * while one only resembles its partner (other consonants), or only given names and common name words agree by
     * spelling while another word differs by more than a slip ({@link #FAMILY_NAME_SLIP}: Simon Schreiber /
     * SCHNEIDER, Simon). 0 when a family name (a word that is neither a given name nor a common one) agrees by
     * spelling, when every pair agrees by spelling or equivalence, or when either name came from another script
     * (there the skeleton pairs are the evidence). Vladimir Pudin / Vladimir Putin stays a hit to review.
     */
    static float givenNameOnly(NameForm q, NameForm c, int[] cm, float[] cs, boolean[] cJoined, float score) {
        if (score <= GIVEN_NAME_ONLY_CAP || c.context != NameContext.PERSON || q.context == NameContext.ORGANIZATION
                || q.orgLike || !latin(q) || !latin(c)) {
            return 0;
        }
        boolean spelledForename = false;
        float resemblance = Float.MAX_VALUE;
        for (int j = 0; j < c.tokens.length; j++) {
            NameToken t = c.tokens[j];
            if (cm[j] < 0 || (t.role != TokenRole.WORD && t.role != TokenRole.INITIAL)) {
                continue;
            }
            if (t.role == TokenRole.WORD && cs[j] >= TokenSimilarity.SPELLING) {
                if (!t.forename) {
                    return 0;
                }
                spelledForename = true;
            }
            // written together or apart (FridrichBuchenberg), or the same consonants (Turchynov / Turchinov: a
            // transliteration's vowels): the spelling differs, not the name
            NameToken partner = q.tokens[cm[j]];
            if (cs[j] < TokenSimilarity.EQUIVALENT && !cJoined[j] && !t.skeleton.equals(partner.skeleton)) {
                resemblance = Math.min(resemblance, cs[j]);
            }
        }
        boolean hold = spelledForename ? resemblance < FAMILY_NAME_SLIP : resemblance < Float.MAX_VALUE;
        return hold ? score - GIVEN_NAME_ONLY_CAP : 0;
    }

    static boolean latin(NameForm f) {
        for (NameToken t : f.tokens) {
            if (t.abjad || t.syllable) {
                return false;
            }
        }
        return true;
    }
}
