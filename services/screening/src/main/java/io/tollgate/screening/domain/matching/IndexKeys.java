package io.tollgate.screening.domain.matching;

/** The key namespaces the match index files names under, and what building and searching it both need. */
final class IndexKeys {

    static final char WORD = 'T';
    static final char GROUP = 'G';
    static final char DELETION = 'D';
    static final char SKELETON = 'S';
    static final char ABJAD_SKELETON = 'A';
    static final char NICKNAME = 'H';
    static final char SYLLABLE = 'Y';
    static final char BY_EAR = 'P';
    /** A Chinese name word by its reading: listed words under their Pinyin and Wade-Giles readings, looked up crosswise. */
    static final char PINYIN_READING = 'R';
    static final char WADE_GILES_READING = 'W';
    /** Long words may be several written as one (FridrichBuchenberg): they are keyed and looked up by their parts. */
    static final int SPLIT_MIN_LENGTH = 8;
    static final int SPLIT_MIN_PART = 4;

    private IndexKeys() {
    }

    static boolean joinable(NameToken t) {
        return t.role != TokenRole.NUMBER && t.role != TokenRole.STOP;
    }

    /** The letters a name's words are spelled with (canonical spelling; consonants for vowel-less scripts). */
    static int letters(NameForm form) {
        int mask = 0;
        for (NameToken t : form.tokens) {
            if (t.role != TokenRole.STOP && t.role != TokenRole.LEGAL) {
                mask |= t.abjad ? NameToken.letterMask(t.skeleton) : t.canonMask;
            }
        }
        return mask;
    }

    /** Whether the tokens from..from+len are exactly the syllables of one written word. */
    static boolean wholeWord(NameForm f, int from, int len) {
        if (!f.wordStart[from] || (from + len < f.tokens.length && !f.wordStart[from + len])) {
            return false;
        }
        for (int k = from + 1; k < from + len; k++) {
            if (f.wordStart[k]) {
                return false;
            }
        }
        return true;
    }

    static boolean syllables(NameToken[] t, int from, int len) {
        for (int k = from; k < from + len; k++) {
            if (!t[k].syllable) {
                return false;
            }
        }
        return true;
    }

    static String joinedText(NameToken[] t, int from, int len) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + len; k++) {
            sb.append(t[k].text);
        }
        return sb.toString();
    }

}
