package io.tollgate.screening.domain.list.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The small clean-ups every parser applies to published values: trimmed, single-spaced, blank as null. */
public final class Texts {

    // lists pad with no-break and other Unicode spaces that \s alone does not match
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    private Texts() {
    }

    /** The value trimmed with runs of white space collapsed to one space, or null when nothing is left. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(s).replaceAll(" ").trim();
        return t.isEmpty() ? null : t;
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
