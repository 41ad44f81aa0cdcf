package io.tollgate.screening.domain.list;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of a list the suite screens against: one of the official sources, or {@code custom-<name>} for a
 * bank's own internal watchlist.
 *
 * @param id the source id as used in the API ({@code ofac-sdn}, {@code un}, {@code custom-pep}, …)
 */
public record ListSource(String id) {

    /** The official sources, in the order they are shown. */
    public static final List<String> OFFICIAL = List.of("ofac-sdn", "ofac-consolidated", "un", "eu", "uk", "us-csl",
            "bis-dpl");

    private static final Pattern CUSTOM = Pattern.compile("custom-[a-z0-9][a-z0-9-]{0,39}");

    public ListSource {
        if (!isValid(id)) {
            throw new IllegalArgumentException("unknown list source '" + id + "'");
        }
    }

    /** The source for an id, if the id names one. */
    public static Optional<ListSource> of(String id) {
        return isValid(id) ? Optional.of(new ListSource(id)) : Optional.empty();
    }

    public static boolean isValid(String id) {
        return id != null && (OFFICIAL.contains(id) || CUSTOM.matcher(id).matches());
    }

    public boolean isCustom() {
        return id.startsWith("custom-");
    }

    @Override
    public String toString() {
        return id;
    }
}
