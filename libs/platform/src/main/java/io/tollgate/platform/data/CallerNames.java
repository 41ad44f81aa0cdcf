package io.tollgate.platform.data;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form in which a person's user name is stored and compared everywhere (four eyes, "decided by",
 * idempotency keys per caller, audit): Unicode NFKC, surrounding white space removed, then case-folded in the root
 * locale (lower, upper, then lower case, so that "ANNA", "Anna" and "anna" are one person, and so are "STRAẞE"
 * and "strasse"). Identity providers treat user names case-insensitively; comparing them as typed let a second token
 * for {@code ANNA} give the second decision on anna's alert.
 */
public final class CallerNames {

    private CallerNames() {
    }

    /** The canonical form of {@code name}; {@code null} stays {@code null}. */
    public static String canonical(String name) {
        if (name == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        // lower, upper, lower: "ẞ" lowers to "ß", which uppers to "SS"
        return nfkc.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether two stored or presented user names name the same person. */
    public static boolean samePerson(String a, String b) {
        return a != null && b != null && canonical(a).equals(canonical(b));
    }
}
