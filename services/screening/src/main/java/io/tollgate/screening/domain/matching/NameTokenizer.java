package io.tollgate.screening.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a name read as Latin text into words, with the punctuation before each: letters and digits apart
 * (Victory3), look-alike digits inside words read as letters (Ig0r), the Arabic article split off, dotted letters of
 * organisation names joined (A.B.C.), abbreviated organisation words read as what they stand for (Intl).
 */
final class NameTokenizer {

    /** An ordinal written with digits (1st, 22nd): a number, not letters and digits to split. */
    static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final String LEET_DIGITS = "0134579";
    private static final String LEET_LETTERS = "oieastg";
    private static final int MAX_TOKENS = 24;

    private final NameKnowledge knowledge;

    NameTokenizer(NameKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** A word before classification, with the punctuation that came before it. */
    record Raw(String text, boolean abjad, boolean syllable, String sepBefore, String writtenAs) {

        Raw(String text, boolean abjad, boolean syllable, String sepBefore) {
            this(text, abjad, syllable, sepBefore, null);
        }
    }

    List<Raw> tokenize(List<Transliteration.Segment> segments, NameContext context) {
        List<Raw> raws = new ArrayList<>();
        for (Transliteration.Segment seg : segments) {
            String folded = TextFolding.fold(seg.text());
            boolean abjad = seg.kind() == Transliteration.Kind.ABJAD;
            boolean syllable = seg.kind() == Transliteration.Kind.SYLLABIC;
            StringBuilder word = new StringBuilder();
            StringBuilder sep = new StringBuilder(" ");
            String sepBefore = " ";
            for (int i = 0; i <= folded.length(); i++) {
                char c = i < folded.length() ? folded.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    if (word.length() == 0) {
                        sepBefore = sep.toString();
                        sep.setLength(0);
                    }
                    word.append(c);
                    continue;
                }
                if (word.length() > 0) {
                    addWord(raws, word.toString(), abjad, syllable, sepBefore);
                    word.setLength(0);
                }
                if (c == '&' || c == '+') {
                    raws.add(new Raw("and", false, false, " "));
                    sep.setLength(0);
                    sep.append(' ');
                } else {
                    sep.append(c);
                }
            }
        }
        if (context != NameContext.PERSON) {
            raws = expandAbbreviations(joinDottedLetters(raws));
        }
        return raws.size() > MAX_TOKENS ? raws.subList(0, MAX_TOKENS) : raws;
    }

    /** Splits letter/digit mixtures (Victory3 → victory 3), reads look-alike digits inside words (Ig0r → igor). */
    private void addWord(List<Raw> raws, String w, boolean abjad, boolean syllable, String sepBefore) {
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                digits = true;
            } else {
                letters = true;
            }
        }
        if (letters && digits && !ORDINAL.matcher(w).matches()) {
            if (Character.isLetter(w.charAt(0)) && digitInsideLetters(w) && leetOnly(w)) {
                StringBuilder sb = new StringBuilder(w.length());
                for (int i = 0; i < w.length(); i++) {
                    int d = LEET_DIGITS.indexOf(w.charAt(i));
                    sb.append(d >= 0 ? LEET_LETTERS.charAt(d) : w.charAt(i));
                }
                addPlain(raws, sb.toString(), abjad, syllable, sepBefore);
                return;
            }
            int start = 0;
            for (int i = 1; i <= w.length(); i++) {
                if (i == w.length() || Character.isDigit(w.charAt(i)) != Character.isDigit(w.charAt(i - 1))) {
                    addPlain(raws, w.substring(start, i), abjad, syllable, start == 0 ? sepBefore : "");
                    start = i;
                }
            }
            return;
        }
        addPlain(raws, w, abjad, syllable, sepBefore);
    }

    private static void addPlain(List<Raw> raws, String w, boolean abjad, boolean syllable, String sepBefore) {
        // Arabic writes the article joined to the word (السيسي → alsysy): split it off like al-Sisi
        if (abjad && w.length() >= 5 && w.startsWith("al")) {
            raws.add(new Raw("al", true, false, sepBefore));
            raws.add(new Raw(w.substring(2), true, false, "-"));
            return;
        }
        raws.add(new Raw(w, abjad, syllable, sepBefore));
    }

    private static boolean digitInsideLetters(String w) {
        for (int i = 1; i < w.length() - 1; i++) {
            if (Character.isDigit(w.charAt(i)) && Character.isLetter(w.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean leetOnly(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c) && LEET_DIGITS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A.B.C. and L.X.C are one word (abc, lxc) in organisation names; in person names they stay initials. */
    private static List<Raw> joinDottedLetters(List<Raw> raws) {
        List<Raw> out = new ArrayList<>(raws.size());
        int i = 0;
        while (i < raws.size()) {
            Raw r = raws.get(i);
            int j = i;
            StringBuilder sb = new StringBuilder(r.text);
            while (r.text.length() == 1 && j + 1 < raws.size() && raws.get(j + 1).text.length() == 1
                    && raws.get(j + 1).sepBefore.equals(".") && Character.isLetter(raws.get(j + 1).text.charAt(0))) {
                j++;
                sb.append(raws.get(j).text);
            }
            out.add(j == i ? r : new Raw(sb.toString(), false, false, r.sepBefore));
            i = j + 1;
        }
        return out;
    }

    /** Abbreviated and translated organisation words are read as the word they stand for (Intl → international). */
    private List<Raw> expandAbbreviations(List<Raw> raws) {
        List<Raw> out = null;
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            String word = r.abjad || r.syllable ? null : knowledge.orgWordFor(r.text);
            // a known word stays itself (grupo, partners) unless it is an abbreviation of the word (intl)
            if (word != null && knowledge.isGeneric(r.text) && !abbreviates(r.text, word)) {
                word = null;
            }
            if (word != null && out == null) {
                out = new ArrayList<>(raws.subList(0, i));
            }
            if (out != null) {
                out.add(word == null ? r : new Raw(word, false, false, r.sepBefore, r.text));
            }
        }
        return out == null ? raws : out;
    }

    /** Whether {@code shorter} is written with letters of {@code word} in order, from its first (intl, international). */
    private static boolean abbreviates(String shorter, String word) {
        if (shorter.length() >= word.length() || shorter.charAt(0) != word.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < word.length() && j < shorter.length(); i++) {
            if (word.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }

}
