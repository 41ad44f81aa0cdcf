package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Field conventions of the OFAC legacy files: the {@code -0-} empty marker, bracketed programs, "FAMILY, Given" names. */
final class OfacFields {

    /** OFAC's marker for an empty field, usually followed by a space. */
    static final String EMPTY = "-0-";

    private static final Pattern PROGRAM_SEPARATOR = Pattern.compile("\\]\\s*\\[");
    private static final Pattern BRACKETS = Pattern.compile("[\\[\\]]");

    private OfacFields() {
    }

    /** The field trimmed, or null when it is empty or {@code -0-}. */
    static String value(String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.trim();
        return t.isEmpty() || t.equals(EMPTY) ? null : t;
    }

    /**
     * The program codes of a Program field. The field's outer brackets are stripped by the publisher, so it reads
     * {@code SDGT] [IRGC} or {@code [SDGT] [IRGC]} or {@code SDGT}; codes may hold spaces ({@code CAATSA - RUSSIA}).
     */
    static List<String> programs(String raw) {
        String v = value(raw);
        if (v == null) {
            return List.of();
        }
        if (v.indexOf('[') < 0 && v.indexOf(']') < 0) {
            return List.of(v);
        }
        List<String> out = new ArrayList<>();
        for (String part : PROGRAM_SEPARATOR.split(v)) {
            String code = BRACKETS.matcher(part).replaceAll("").trim();
            if (!code.isEmpty() && !code.equals(EMPTY) && !out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    /**
     * A name as published. Individuals are written "FAMILY, Given": the full text is kept and the parts are split at
     * the first comma; other names are kept whole.
     */
    static ListedName name(String full, NameKind kind, NameQuality quality, boolean person) {
        String family = null;
        String given = null;
        if (person) {
            int comma = full.indexOf(',');
            if (comma > 0 && comma < full.length() - 1) {
                family = full.substring(0, comma).trim();
                given = full.substring(comma + 1).trim();
                if (family.isEmpty() || given.isEmpty()) {
                    family = null;
                    given = null;
                }
            }
        }
        return new ListedName(full, kind, quality, latinOrNull(full), given, family, null);
    }

    /** "Latn" when every letter is in the Latin blocks (all of the legacy files), else null: not guessed. */
    static String latinOrNull(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch) && Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) {
                return null;
            }
        }
        return "Latn";
    }
}
