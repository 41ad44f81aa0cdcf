package io.tollgate.screening.domain.matching;

/**
 * One word of a normalised name with everything the comparison needs precomputed: its folded text, its
 * canonical spelling, its consonant skeleton, its role and weight and its equivalence groups. Immutable and
 * context-free, so the index shares one instance between all names that contain the same word.
 */
final class NameToken {

    final String text;
    final String canon;
    final String skeleton;
    final TokenRole role;
    final float weight;
    /** Transliterated from a script that writes few vowels: compare on the consonant skeleton. */
    final boolean abjad;
    /**
     * One syllable of a Hangul or Han name, or a letter of an organisation name (ISIS-K): it stands for itself,
     * so it is neither an initial nor open to typos.
     */
    final boolean syllable;
    final int[] groups;
    /** Which letters a-z the canonical and the written spelling contain: a cheap lower bound on edit distance. */
    final int canonMask;
    final int textMask;
    /** 64-bit hashes of the written and canonical spelling: most comparisons end on a hash mismatch. */
    final long textHash;
    final long canonHash;
    /** The legal form's family for LEGAL tokens, else null. */
    final String legalFamily;
    /** Whether this particle introduces a parent's name (bin, ibn). */
    final boolean sonOf;
    /** Nickname groups: a formal given name and its short forms (William, Bill) share one. */
    final int[] hypocorisms;
    /** The abbreviation the name wrote for this word (intl for international), else null. */
    final String writtenAs;
    /** Consonant classes for comparison across scripts ({@link ScriptSkeleton}). */
    final String scriptSkeleton;
    /** The word read as a Chinese name word in Pinyin and in Wade-Giles, or null ({@link ChineseRomanisation}). */
    final ChineseRomanisation.Readings chinese;
    /**
     * A name word that is a known given name, a nickname or one of the most frequent name words: agreement on it
     * alone says little about who is meant (see {@link PersonNameEvidence}).
     */
    final boolean forename;

    NameToken(String text, String canon, String skeleton, TokenRole role, float weight, boolean abjad,
              boolean syllable, int[] groups, String legalFamily, boolean sonOf, int[] hypocorisms, String writtenAs,
              boolean forename, ChineseRomanisation.Readings chinese) {
        this.text = text;
        this.canon = canon;
        this.skeleton = skeleton;
        this.role = role;
        this.weight = weight;
        this.abjad = abjad;
        this.syllable = syllable;
        this.groups = groups;
        this.legalFamily = legalFamily;
        this.sonOf = sonOf;
        this.hypocorisms = hypocorisms;
        this.writtenAs = writtenAs;
        this.forename = forename;
        this.chinese = chinese;
        this.scriptSkeleton = role == TokenRole.WORD || role == TokenRole.PATRONYMIC
                ? ScriptSkeleton.of(text, abjad || syllable) : "";
        this.canonMask = letterMask(canon);
        this.textMask = letterMask(text);
        this.textHash = KeyPostings.hash('t', text);
        this.canonHash = KeyPostings.hash('t', canon);
    }

    static int letterMask(CharSequence s) {
        int mask = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                mask |= 1 << (c - 'a');
            } else if (c >= '0' && c <= '9') {
                mask |= 1 << (26 + (c - '0') % 6);
            } else {
                mask |= 1 << 31;
            }
        }
        return mask;
    }

    /** Whether the token carries identity of its own (a name word, not a particle, legal form or generic word). */
    boolean distinctive() {
        return role == TokenRole.WORD || role == TokenRole.PATRONYMIC;
    }

    @Override
    public String toString() {
        return text + "/" + role;
    }

    /**
     * The consonant skeleton: vowels and semivowels dropped, the h of sh/th/gh... dropped (scripts write
     * those sounds with one letter), a final h dropped, doubles collapsed (Mohammed and محمد → mhmd,
     * Moshe and משה → ms).
     */
    static String skeletonOf(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'h' && i > 0 && "sctgdpzk".indexOf(s.charAt(i - 1)) >= 0) {
                continue;
            }
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v' -> {
                    continue;
                }
                default -> {
                }
            }
            if (c == 'h' && i == s.length() - 1 && i > 0) {
                continue;
            }
            if (c != last) {
                sb.append(c);
                last = c;
            }
        }
        return sb.toString();
    }
}
