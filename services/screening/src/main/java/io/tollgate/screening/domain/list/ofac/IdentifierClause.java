package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.Identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value part of an identifier clause: {@code HRA 738077 (Stuttgart) (Germany) issued 14 Dec 2005} gives the
 * value {@code HRA 738077}, the issuing country DE and the detail "Stuttgart" for the qualifier.
 */
final class IdentifierClause {

    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern VALIDITY = Pattern.compile("(?i)(?:^|\\s+|,\\s*)(?:issued|expires|expiration|expiry)\\b.*$");
    private static final Pattern SUB_LABEL = Pattern.compile("^([A-Za-z][A-Za-z.]{0,11}):\\s*(.+)$");
    private static final Pattern TRIM_PUNCTUATION = Pattern.compile("^[\\s,\\-:#]+|[\\s,\\-:;]+$");
    private static final Pattern HAS_ALNUM = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private IdentifierClause() {
    }

    /** The identifier a label's value text gives, or empty when there is no value. */
    static Optional<Identifier> parse(RemarkLabels.Label label, String rest, CountryLookup countries) {
        return parse(label, rest, countries, null);
    }

    /**
     * The identifier a label's value text gives, or empty when there is no value.
     *
     * @param issuingCountry the country when the source states it apart from the text (enhanced XML), else null
     */
    static Optional<Identifier> parse(RemarkLabels.Label label, String rest, CountryLookup countries,
                                      String issuingCountry) {
        String country = null;
        List<String> details = new ArrayList<>();
        Matcher p = PARENTHESISED.matcher(rest);
        StringBuilder without = new StringBuilder();
        while (p.find()) {
            Optional<String> code = countries.code(p.group(1));
            if (code.isPresent()) {
                country = code.get();
            } else if (!p.group(1).isBlank()) {
                details.add(p.group(1).trim());
            }
            p.appendReplacement(without, " ");
        }
        p.appendTail(without);
        if (country == null) {
            country = issuingCountry;
        }
        String value = VALIDITY.matcher(without).replaceFirst("");
        value = TRIM_PUNCTUATION.matcher(value.trim()).replaceAll("").trim();
        String qualifier = label.qualifierFor(country);
        Matcher sub = SUB_LABEL.matcher(value);
        if (sub.matches()) {
            qualifier = sub.group(1);
            value = sub.group(2).trim();
        }
        if (value.isEmpty() && details.size() == 1 && country == null) {
            value = details.remove(0); // "International Maritime Organization No. (5777731)"
        }
        if (value.isEmpty() || !HAS_ALNUM.matcher(value).find()) {
            return Optional.empty();
        }
        if (!details.isEmpty()) {
            String detail = String.join(", ", details);
            qualifier = qualifier == null ? detail : qualifier + " (" + detail + ")";
        }
        return Optional.of(new Identifier(label.type(), SPACES.matcher(value).replaceAll(" "), country, qualifier));
    }
}
