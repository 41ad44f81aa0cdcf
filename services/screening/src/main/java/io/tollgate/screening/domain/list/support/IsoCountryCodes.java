package io.tollgate.screening.domain.list.support;

import java.util.Locale;
import java.util.Set;

/** Whether a two-letter string is an ISO 3166 alpha-2 code: a cheap check for values parsed on every row. */
public final class IsoCountryCodes {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private IsoCountryCodes() {
    }

    /** True for a known alpha-2 code in either case ("RU", "ru"). */
    public static boolean isCode(String s) {
        return s != null && s.length() == 2 && CODES.contains(s.toUpperCase(Locale.ROOT));
    }
}
