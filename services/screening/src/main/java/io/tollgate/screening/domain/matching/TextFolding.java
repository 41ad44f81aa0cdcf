package io.tollgate.screening.domain.matching;

import com.ibm.icu.text.Transliterator;

/**
 * Folds Latin text to lower-case ASCII with a table computed once, so the common case (a Latin-script name)
 * never pays for an ICU transliterator: "Erdoğan" → "erdogan", "Straße" → "strasse", "Łukasz" → "lukasz".
 */
final class TextFolding {

    /** Characters that join the letters around them instead of separating words (O'Brien, Qa'ida). */
    static final String APOSTROPHES = "'’‘`´ʼʻʿʾ′ʹ";

    private static final int TABLE_END = 0x1F00;
    private static final String[] TABLE = buildTable();

    private TextFolding() {
    }

    /** Whether the code point is Latin (or punctuation) that the table folds without transliteration. */
    static boolean isTableLatin(int cp) {
        return cp < 0x0370 || (cp >= 0x1E00 && cp < 0x1F00) || (cp >= 0x2000 && cp < 0x2070);
    }

    /**
     * Lower-case ASCII for Latin letters; letters of other scripts are lower-cased as they are; apostrophes are
     * dropped; combining marks are dropped; everything else becomes a space or stays as ASCII punctuation for
     * the tokenizer.
     */
    static String fold(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp == '\'' || cp == '`') {
                continue;
            } else if (cp < 128) {
                sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else if (APOSTROPHES.indexOf(cp) >= 0) {
                continue;
            } else if (cp < TABLE_END && TABLE[cp] != null) {
                sb.append(TABLE[cp]);
            } else if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else {
                int type = Character.getType(cp);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                    // marks left by transliteration (ǝ̄, t̠) or joiners: the base letter carries the sound
                    continue;
                }
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String[] buildTable() {
        String[] table = new String[TABLE_END];
        Transliterator toAscii = Transliterator.getInstance("Latin-ASCII; Lower");
        for (int cp = 128; cp < TABLE_END; cp++) {
            if (!isTableLatin(cp) || APOSTROPHES.indexOf(cp) >= 0) {
                continue;
            }
            int type = Character.getType(cp);
            boolean letter = Character.isLetter(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                table[cp] = "";
                continue;
            }
            if (!letter) {
                continue;
            }
            String s = toAscii.transliterate(new String(Character.toChars(cp)));
            StringBuilder clean = new StringBuilder();
            for (char c : s.toCharArray()) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    clean.append(c);
                }
            }
            table[cp] = clean.toString();
        }
        return table;
    }
}
