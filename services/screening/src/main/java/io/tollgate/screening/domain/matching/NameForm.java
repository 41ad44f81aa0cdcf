package io.tollgate.screening.domain.matching;

/**
 * One normalised reading of a name: its tokens in order, with the facts about the whole name that matching
 * and candidate search use. Immutable.
 */
final class NameForm {

    final String raw;
    final NameContext context;
    final NameToken[] tokens;
    /** For each token, whether it follows a son-of particle (its bearer's parent's name). */
    final boolean[] afterSonOf;
    final String normalized;
    final float totalWeight;
    final boolean hasDistinctive;
    final boolean hasSonOf;
    /** The name has a legal form or generic organisation words. */
    final boolean orgLike;
    /** The name has a word known as a given name. */
    final boolean personLike;
    /** First letters of the words of an organisation name (People's Liberation Army → pla), or null. */
    final String acronym;
    /** The name as written ends in a letter, not a quote or full stop: its last word may have been cut off. */
    final boolean endsInLetter;
    /** A personal name of one to three words, all among the most frequent in personal names (Ali Hassan). */
    final boolean commonOnly;
    /** Titles and honorifics taken off the front of the name (Minister, Dr, Господин), else "". */
    final String titlesRemoved;
    /** For each token, whether it begins a written word (false for the second and later syllables of a Hangul or Han word). */
    final boolean[] wordStart;
    /** How many written words carry the name (syllables of one Hangul or Han word count once). */
    final int writtenWords;
    /** The name is written in Cyrillic: read in its romanisation, its words may be foreign names written by ear. */
    final boolean cyrillic;

    NameForm(String raw, NameContext context, NameToken[] tokens, boolean[] afterSonOf, boolean orgLike,
             boolean personLike, String acronym, boolean commonOnly, String titlesRemoved, boolean[] wordStart) {
        this.raw = raw;
        this.context = context;
        this.tokens = tokens;
        this.afterSonOf = afterSonOf;
        StringBuilder sb = new StringBuilder();
        float total = 0;
        boolean distinctive = false;
        boolean sonOf = false;
        for (NameToken t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text);
            total += t.weight;
            distinctive |= t.distinctive();
            sonOf |= t.sonOf;
        }
        this.normalized = sb.toString();
        this.totalWeight = total;
        this.hasDistinctive = distinctive;
        this.hasSonOf = sonOf;
        this.orgLike = orgLike;
        this.personLike = personLike;
        this.acronym = acronym;
        this.endsInLetter = !raw.isEmpty() && Character.isLetter(raw.charAt(raw.length() - 1));
        this.commonOnly = commonOnly;
        this.titlesRemoved = titlesRemoved;
        this.wordStart = wordStart;
        int words = 0;
        for (int i = 0; i < tokens.length; i++) {
            words += wordStart[i] && tokens[i].distinctive() ? 1 : 0;
        }
        this.writtenWords = words;
        boolean cyr = false;
        for (int i = 0; i < raw.length() && !cyr; i++) {
            char ch = raw.charAt(i);
            cyr = ch >= 0x0400 && ch < 0x0530; // the Cyrillic block and its supplement
        }
        this.cyrillic = cyr;
    }

    @Override
    public String toString() {
        return normalized;
    }
}
