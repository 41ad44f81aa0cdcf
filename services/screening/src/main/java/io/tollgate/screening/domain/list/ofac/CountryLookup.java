package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.Countries;
import io.tollgate.screening.domain.list.Place;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Country resolution for OFAC text, memoised: the same few hundred spellings repeat tens of thousands of times in
 * one list, and {@link Countries} normalises each lookup with regular expressions.
 */
final class CountryLookup {

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final int MAX_SUFFIX_PARTS = 3;
    private static final String REGION = "Region:";
    private static final java.util.Set<String> UNKNOWN = java.util.Set.of("undetermined", "none identified", "unknown",
            "-0-");

    private final ConcurrentMap<String, Optional<String>> cache = new ConcurrentHashMap<>();

    /** The ISO alpha-2 code of a country name as OFAC spells it, if known. */
    Optional<String> code(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name.trim(), CountryLookup::resolve);
    }

    private static Optional<String> resolve(String name) {
        Optional<String> c = Countries.code(name);
        if (c.isEmpty() && name.regionMatches(true, 0, REGION, 0, REGION.length())) {
            // OFAC names some places "Region: Gaza": the region may itself be a country or territory
            c = Countries.code(name.substring(REGION.length()));
        }
        return c;
    }

    /**
     * The country for a nationality, citizenship or flag: the code when the name resolves, the text when it does not,
     * nothing when the source says it does not know ("undetermined", "None Identified").
     */
    Optional<String> country(String name) {
        if (name == null || name.isBlank() || UNKNOWN.contains(name.trim().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(codeOrText(name));
    }

    /** The code when the name resolves, else the name trimmed. */
    String codeOrText(String name) {
        return code(name).orElse(name == null ? null : name.trim());
    }

    /**
     * A place as OFAC writes it ("Moscow, Russia", "Pyongyang, Korea, North", "Tortola, Virgin Islands, British"):
     * the country is the longest comma-separated tail that names a country, so "Korea, North" wins over "North".
     */
    Place place(String text) {
        String t = text.trim();
        return new Place(t, countryOfTail(t).orElse(null));
    }

    /** The country named by the longest tail of a comma-separated location. */
    Optional<String> countryOfTail(String text) {
        String[] parts = COMMA.split(text.trim());
        for (int k = Math.min(MAX_SUFFIX_PARTS, parts.length); k >= 1; k--) {
            String tail = String.join(", ", java.util.Arrays.asList(parts).subList(parts.length - k, parts.length));
            Optional<String> c = code(tail);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
