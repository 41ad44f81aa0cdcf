package io.tollgate.screening.domain.matching;

/**
 * How alike two name words are, in [0,1], and why. Exact and canonical spellings, equivalent names, initials,
 * consonant skeletons (for scripts without vowels) and typos within a length-scaled edit budget.
 */
final class TokenSimilarity {

    /** How two words were found alike; shown in explanations. */
    enum How {
        NONE("different"), EXACT("exact"), SPELLING("spelling variant"), EQUIVALENT("equivalent name"),
        INITIAL("initial"), SKELETON("consonants"), TYPO("similar spelling"), LEGAL("legal form"),
        NUMBER("number"), JOINED("joined words"), TRUNCATED("truncated"), HYPOCORISM("nickname"),
        ROMANISATION("romanisation system"), SCRIPT_SKELETON("consonants across scripts");

        final String label;

        How(String label) {
            this.label = label;
        }
    }

    static final float EXACT = 1.0f;
    static final float SPELLING = 0.97f;
    static final float EQUIVALENT = 0.95f;
    /** A foreign name written by ear in another script and its Latin form share their consonant classes. */
    static final float SCRIPT_SKELETON = 0.85f;
    /** Fewer consonant classes than this say too little across scripts. */
    static final int SCRIPT_SKELETON_MIN = ScriptSkeleton.MIN_CLASSES;
    /** One Korean or Chinese syllable in two romanisation systems (McCune-Reischauer Ch'ŏng, Revised Jeong). */
    static final float ROMANISATION = 0.93f;
    /** A nickname and its formal name (Bill, William): weaker evidence than a spelling of the same name. */
    static final float HYPOCORISM = 0.88f;
    static final float INITIAL = 0.8f;
    static final float LEGAL_FAMILY = 0.8f;
    static final float SKELETON_EXACT = 0.9f;
    static final float SKELETON_NEAR = 0.7f;
    /** The last word of a name cut short by a field limit (SWIFT fields hold 35 characters). */
    static final float TRUNCATED = 0.8f;
    /** Each edit costs this share of the longer word's length (scaled); beyond the budget, words differ. */
    private static final float EDIT_COST = 1.1f;
    /** One slip of the keyboard is common, several are not: every edit after the first costs this more. */
    private static final float EXTRA_EDIT_COST = 0.08f;

    private TokenSimilarity() {
    }

    static float similarity(NameToken a, NameToken b) {
        return score(a, b, null, true);
    }

    /** The similarity; when {@code how} is given, its first slot receives the reason. */
    static float score(NameToken a, NameToken b, How[] how) {
        return score(a, b, how, true);
    }

    /**
     * The similarity; with {@code typos} false, spellings that differ beyond canonical forms and equivalents
     * score 0 (the edit distance, the costly part, is left for the words still unpaired later).
     */
    static float score(NameToken a, NameToken b, How[] how, boolean typos) {
        return score(a, b, how, typos, true);
    }

    /**
     * As above; with {@code byEar} false, a word read from another script is not compared on its consonant classes
     * (a one-word name has too few of them to tell names apart across scripts).
     */
    static float score(NameToken a, NameToken b, How[] how, boolean typos, boolean byEar) {
        if (a == b) {
            return set(how, How.EXACT, EXACT);
        }
        TokenRole ra = a.role;
        TokenRole rb = b.role;
        if (ra == TokenRole.NUMBER || rb == TokenRole.NUMBER) {
            return ra == rb && a.textHash == b.textHash && a.text.equals(b.text)
                    ? set(how, How.NUMBER, EXACT) : set(how, How.NONE, 0);
        }
        if (ra == TokenRole.LEGAL || rb == TokenRole.LEGAL) {
            if (ra != rb) {
                return set(how, How.NONE, 0);
            }
            if (a.textHash == b.textHash && a.text.equals(b.text)) {
                return set(how, How.LEGAL, EXACT);
            }
            return a.legalFamily != null && a.legalFamily.equals(b.legalFamily)
                    ? set(how, How.LEGAL, LEGAL_FAMILY) : set(how, How.NONE, 0);
        }
        if (ra == TokenRole.INITIAL || rb == TokenRole.INITIAL) {
            if (ra == rb) {
                return a.text.charAt(0) == b.text.charAt(0) ? set(how, How.EXACT, EXACT) : set(how, How.NONE, 0);
            }
            NameToken full = ra == TokenRole.INITIAL ? b : a;
            NameToken letter = ra == TokenRole.INITIAL ? a : b;
            if (full.abjad || letter.syllable) {
                return set(how, How.NONE, 0);
            }
            return full.text.charAt(0) == letter.text.charAt(0) ? set(how, How.INITIAL, INITIAL) : set(how, How.NONE, 0);
        }
        if (a.textHash == b.textHash && a.text.equals(b.text)) {
            return set(how, How.EXACT, EXACT);
        }
        if (!a.abjad && !b.abjad && a.canonHash == b.canonHash && a.canon.equals(b.canon)) {
            return set(how, How.SPELLING, SPELLING);
        }
        if (shareGroup(a.groups, b.groups)) {
            return set(how, How.EQUIVALENT, EQUIVALENT);
        }
        if (nicknameOf(a.hypocorisms, b.hypocorisms)) {
            return set(how, How.HYPOCORISM, HYPOCORISM);
        }
        if (a.abjad || b.abjad) {
            if (a.groups.length > 0 && b.groups.length > 0) {
                // known names that are known to differ (محمد Muhammad and Mahmud, حسين Hussein and Hasan)
                // share consonants; the skeleton cannot tell them apart, the knowledge can
                return set(how, How.NONE, 0);
            }
            float sk = skeleton(a.skeleton, b.skeleton, how);
            if (a.abjad == b.abjad || !byEar) {
                return sk;
            }
            // a Latin word against one read from Hebrew or Arabic: by its letters, or by how the script writes it
            float across = acrossScripts(a, b, null);
            return across > sk ? set(how, How.SCRIPT_SKELETON, across) : sk;
        }
        if (a.syllable != b.syllable && a.text.length() <= 7 && b.text.length() <= 7
                && syllableKey(a.text).equals(syllableKey(b.text))) {
            return set(how, How.ROMANISATION, ROMANISATION);
        }
        if (a.chinese != null && b.chinese != null && a.chinese.meet(b.chinese)) {
            return set(how, How.ROMANISATION, ROMANISATION); // Wade-Giles and Pinyin (Hsiao, Xiao; Kuo, Guo)
        }
        if (byEar && a.syllable != b.syllable) {
            float sim = acrossScripts(a, b, null);
            if (sim > 0) {
                return set(how, How.SCRIPT_SKELETON, sim);
            }
        }
        if (!typos || a.syllable || b.syllable) {
            // a syllable of a Korean or Chinese name is a unit: one letter off is another syllable
            return set(how, How.NONE, 0);
        }
        float typo = typo(a.canon, b.canon, a.canonMask, b.canonMask);
        if (a.text != a.canon || b.text != b.canon) {
            typo = Math.max(typo, typo(a.text, b.text, a.textMask, b.textMask));
        }
        return typo > 0 ? set(how, How.TYPO, typo) : set(how, How.NONE, 0);
    }

    /** A word read from another script against a Latin word: their consonant classes agree (see {@link ScriptSkeleton}). */
    static float acrossScripts(NameToken a, NameToken b, How[] how) {
        boolean transcribedA = a.abjad || a.syllable;
        NameToken t = transcribedA ? a : b;
        NameToken l = transcribedA ? b : a;
        float sim = ScriptSkeleton.similarity(t.scriptSkeleton, l.scriptSkeleton,
                ScriptSkeleton.Group.of(a.abjad || b.abjad), SCRIPT_SKELETON);
        return sim > 0 ? set(how, How.SCRIPT_SKELETON, sim) : set(how, How.NONE, 0);
    }

    /**
     * A word of a name written in Cyrillic (read in its romanisation) against a Latin word: a foreign name written by
     * ear in Russian (фрезе freze, Froese) agrees with its original spelling in consonant classes, up to the edits
     * Cyrillic writing makes ({@link ScriptSkeleton.Group#CYRILLIC}).
     */
    static float acrossCyrillic(NameToken cyrillic, NameToken latin) {
        if (cyrillic.abjad || cyrillic.syllable || latin.abjad || latin.syllable) {
            return 0;
        }
        return ScriptSkeleton.similarity(cyrillic.scriptSkeleton, latin.scriptSkeleton, ScriptSkeleton.Group.CYRILLIC,
                SCRIPT_SKELETON);
    }

    /**
     * A syllable as McCune-Reischauer, Revised Romanization, Wade-Giles and Pinyin all write it, once their
     * differences are folded: aspiration marks are gone already, and unaspirated k/t/p/ch against g/d/b/j, r against
     * l, shi against si and the vowels ŏ/eo, ŭ/eu are what separate the systems (Kang Kam-ch'an, 강감찬 gang gam chan).
     */
    static String syllableKey(String syllable) {
        StringBuilder sb = new StringBuilder(syllable.length());
        String s = syllable.replace("eo", "o").replace("eu", "u").replace("shi", "si").replace("ch", "j");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(switch (c) {
                case 'k' -> 'g';
                case 't' -> 'd';
                case 'p' -> 'b';
                case 'r' -> 'l';
                default -> c;
            });
        }
        return sb.toString();
    }

    static float skeleton(String a, String b, How[] how) {
        if (a.isEmpty() || b.isEmpty()) {
            return set(how, How.NONE, 0);
        }
        if (a.equals(b)) {
            // few consonants say little: two of them (hl, kl) fit many names
            float s = a.length() >= 4 ? SKELETON_EXACT : a.length() == 3 ? SKELETON_EXACT - 0.05f
                    : a.length() == 2 ? SKELETON_EXACT - 0.15f : SKELETON_EXACT - 0.3f;
            return set(how, How.SKELETON, s);
        }
        if (Math.min(a.length(), b.length()) >= 3 && Edits.osa(a, b, 1) <= 1) {
            return set(how, How.SKELETON, SKELETON_NEAR);
        }
        return set(how, How.NONE, 0);
    }

    /** Similarity of two different spellings by edit distance, within a budget that grows with length. */
    static float typo(String a, String b) {
        return typo(a, b, NameToken.letterMask(a), NameToken.letterMask(b));
    }

    /**
     * As {@link #typo(String, String)}, with the letter sets given: an edit changes at most two letters of the
     * set, so sets that differ in more than twice the budget cannot be within it (most pairs stop here).
     */
    static float typo(String a, String b, int maskA, int maskB) {
        int len = Math.max(a.length(), b.length());
        int budget = budget(len);
        if (budget == 0 || Math.abs(a.length() - b.length()) > budget
                || Integer.bitCount(maskA ^ maskB) > 2 * budget) {
            return 0;
        }
        int d = Edits.osa(a, b, budget);
        if (d > budget) {
            return 0;
        }
        float sim = 1f - EDIT_COST * d / len - EXTRA_EDIT_COST * Math.max(0, d - 1);
        return Math.max(0f, sim);
    }

    static int budget(int length) {
        if (length <= 2) {
            return 0;
        }
        if (length <= 4) {
            return 1;
        }
        if (length <= 8) {
            return 2;
        }
        return length <= 12 ? 3 : 4;
    }

    /**
     * A formal given name and one of its nicknames (William / Bill): the two share a nickname group and one of them
     * is its formal name. Two nicknames of one formal name are not linked: Fred is Ferdinand or Frederick, Nando
     * only Ferdinando; Roy and Lee are both Leroy, and usually neither.
     */
    static boolean nicknameOf(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if ((x >>> 1) == (y >>> 1) && ((x & 1) == 0 || (y & 1) == 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean shareGroup(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static float set(How[] how, How h, float value) {
        if (how != null) {
            how[0] = h;
        }
        return value;
    }
}
