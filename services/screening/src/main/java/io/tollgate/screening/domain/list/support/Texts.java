package io.tollgate.screening.domain.list.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The small clean-ups every parser applies to published values: trimmed, single-spaced, blank as null. */
public final class Texts {

    private Texts() {
    }

    /** The value trimmed with runs of white space collapsed to one space, or null when nothing is left. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        // hand-rolled rather than a regex: this runs on every field of every row, and most need nothing
        if (isClean(s)) {
            return s.isEmpty() ? null : s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static boolean isClean(String s) {
        int n = s.length();
        if (n > 0 && (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1)))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i > 0 && s.charAt(i - 1) == ' ' : isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    // lists pad with no-break and other Unicode spaces that Character.isWhitespace alone does not cover
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    /** The non-blank parts, cleaned, joined with the separator; null when all are blank. */
    public static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            String c = clean(p);
            if (c != null) {
                if (sb.length() > 0) {
                    sb.append(separator);
                }
                sb.append(c);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Splits on the pattern and keeps the cleaned, non-blank parts. */
    public static List<String> split(String s, Pattern separator) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String part : separator.split(s)) {
            String c = clean(part);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
