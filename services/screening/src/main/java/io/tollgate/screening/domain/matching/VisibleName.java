package io.tollgate.screening.domain.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name as a reader sees it, and the characters that hid it. Invisible and bidirectional formatting characters
 * (zero-width spaces and joiners, LRM/RLM, embeddings, overrides and isolates, BOM, soft hyphen, fillers) are taken
 * out; a right-to-left override shows the Latin letters after it in reverse order, so they are reversed
 * ({@code "\u202Evorval iegres"} reads "sergei lavrov"); letters of another script that look like Latin ones inside a
 * Latin word (a Cyrillic "а" in "Lаvrov") are read as the Latin letters they imitate, by Unicode's confusables data
 * (ICU's {@link SpoofChecker} skeletons). A name that needs any of this is itself a signal: {@link #evasion()} says
 * what was found, and the screening is flagged with it.
 *
 * @param text the visible reading
 * @param evasion what was found, one entry per kind of character (empty for an ordinary name)
 */
public record VisibleName(String text, List<String> evasion) {

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final int RLO = 0x202E;
    private static final int LRO = 0x202D;
    private static final int PDF = 0x202C;
    private static final int PDI = 0x2069;

    public VisibleName {
        evasion = List.copyOf(evasion);
    }

    /** The visible reading of a name. */
    public static VisibleName of(String name) {
        if (name == null) {
            return new VisibleName("", List.of());
        }
        boolean plain = true;
        for (int i = 0; i < name.length() && plain; i++) {
            plain = name.charAt(i) < 0x80;
        }
        if (plain) {
            return new VisibleName(name, List.of());
        }
        List<String> found = new ArrayList<>();
        String visible = confusables(withoutFormatting(name, found), found);
        return new VisibleName(visible, found);
    }

    /** Whether anything was hidden in the name. */
    public boolean evasive() {
        return !evasion.isEmpty();
    }

    private static String withoutFormatting(String name, List<String> found) {
        StringBuilder out = new StringBuilder(name.length());
        StringBuilder reversed = null;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == RLO) {
                note(found, cp);
                reversed = new StringBuilder();
                continue;
            }
            if (reversed != null && (cp == PDF || cp == PDI || cp == LRO || cp == '\n')) {
                out.append(reverse(reversed));
                reversed = null;
                note(found, cp);
                continue;
            }
            if (invisible(cp)) {
                if (!joinerInScriptThatNeedsIt(name, i - Character.charCount(cp), cp)) {
                    note(found, cp);
                }
                continue;
            }
            (reversed != null ? reversed : out).appendCodePoint(cp);
        }
        if (reversed != null) {
            out.append(reverse(reversed));
        }
        return out.toString();
    }

    /** Characters that show nothing: format controls (Cf), the soft hyphen, the grapheme joiner and blank fillers. */
    static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp == 0x034F || cp == 0x115F || cp == 0x1160
                || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
    }

    /** ZWNJ and ZWJ belong inside Persian, Arabic and Indic words; only elsewhere are they hiding something. */
    private static boolean joinerInScriptThatNeedsIt(String name, int at, int cp) {
        if (cp != 0x200C && cp != 0x200D) {
            return false;
        }
        int before = at > 0 ? name.codePointBefore(at) : ' ';
        int after = at + 1 < name.length() ? name.codePointAt(at + 1) : ' ';
        return !europeanScript(before) && !europeanScript(after);
    }

    private static boolean europeanScript(int cp) {
        int s = UScript.getScript(cp);
        return s == UScript.LATIN || s == UScript.CYRILLIC || s == UScript.GREEK;
    }

    /** Letters typed in logical order and shown reversed by the override: the visible order is the reverse. */
    private static String reverse(StringBuilder sb) {
        return new StringBuilder(sb).reverse().toString();
    }

    /** In a word that is mostly Latin, letters of other scripts that imitate Latin letters are read as those. */
    private static String confusables(String text, List<String> found) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                out.append(word(text.substring(start, i), found));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String word(String w, List<String> found) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (UScript.getScript(cp) == UScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        if (latin == 0 || other == 0 || latin < other) {
            return w;
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            String as = Character.isLetter(cp) && UScript.getScript(cp) != UScript.LATIN
                    ? SPOOF.getSkeleton(new String(Character.toChars(cp))) : null;
            if (as != null && as.length() == 1 && as.charAt(0) < 0x80 && Character.isLetter(as.charAt(0))) {
                boolean upper = Character.isUpperCase(cp);
                sb.append(upper ? as.toUpperCase(Locale.ROOT) : as.toLowerCase(Locale.ROOT));
                String entry = String.format(Locale.ROOT, "U+%04X %s as %s", cp,
                        UScript.getName(UScript.getScript(cp)).toLowerCase(Locale.ROOT), as.toLowerCase(Locale.ROOT));
                if (!found.contains(entry)) {
                    found.add(entry);
                }
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static void note(List<String> found, int cp) {
        String name = Character.getName(cp);
        String entry = String.format(Locale.ROOT, "U+%04X %s", cp, name == null ? "" : name.toLowerCase(Locale.ROOT));
        if (!found.contains(entry)) {
            found.add(entry);
        }
    }
}
