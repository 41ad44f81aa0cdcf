package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    /** A value followed by a bare country name ("AF465508 Colombia", "1372584, Kenya"), as older entries have. */
    private static final Pattern TRAILING_NAME = Pattern.compile("^(.*?\\d.*?)[,\\s]+([A-Za-z][A-Za-z .'-]*[A-Za-z])$");
    /** Types whose values may be letters only (SWIFT/BIC, call signs, tail numbers, free-form others). */
    private static final Set<IdentifierType> LETTERS_ALLOWED = EnumSet.of(IdentifierType.SWIFT_BIC,
            IdentifierType.CALL_SIGN, IdentifierType.AIRCRAFT_REGISTRATION, IdentifierType.OTHER,
            IdentifierType.DIGITAL_CURRENCY_ADDRESS);

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
        // plain character tests guard every pattern: this runs for each of the ~16,000 identifiers of a list
        String country = null;
        List<String> details = new ArrayList<>();
        String without = rest;
        if (rest.indexOf('(') >= 0) {
            Matcher p = PARENTHESISED.matcher(rest);
            StringBuilder sb = new StringBuilder();
            while (p.find()) {
                Optional<String> code = countries.code(p.group(1));
                if (code.isPresent()) {
                    country = code.get();
                } else if (!p.group(1).isBlank()) {
                    details.add(p.group(1).trim());
                }
                p.appendReplacement(sb, " ");
            }
            p.appendTail(sb);
            without = sb.toString();
        }
        if (country == null) {
            country = issuingCountry;
        }
        String value = mentionsValidity(without) ? VALIDITY.matcher(without).replaceFirst("") : without;
        value = trimPunctuation(value);
        String qualifier = label.qualifierFor(country);
        boolean subLabelled = false;
        if (value.indexOf(':') > 0) {
            Matcher sub = SUB_LABEL.matcher(value);
            if (sub.matches()) {
                subLabelled = true;
                qualifier = sub.group(1);
                value = sub.group(2).trim();
            }
        }
        if (value.isEmpty() && details.size() == 1 && country == null) {
            value = details.remove(0); // "International Maritime Organization No. (5777731)"
        }
        if (!hasLetterOrDigit(value)) {
            return Optional.empty();
        }
        if (!LETTERS_ALLOWED.contains(label.type()) && !hasDigit(value)) {
            return Optional.empty(); // prose such as "place of issue: Al-Anbar, Iraq", not a number
        }
        if (country == null && Character.isLetter(value.charAt(value.length() - 1))) {
            Matcher tail = TRAILING_NAME.matcher(value);
            if (tail.matches()) {
                Optional<String> c = countries.code(tail.group(2));
                if (c.isPresent()) {
                    country = c.get();
                    value = tail.group(1).trim();
                    qualifier = subLabelled ? qualifier : label.qualifierFor(country);
                }
            }
        }
        if (!details.isEmpty()) {
            String detail = String.join(", ", details);
            qualifier = qualifier == null ? detail : qualifier + " (" + detail + ")";
        }
        if (value.contains("  ")) {
            value = SPACES.matcher(value).replaceAll(" ");
        }
        return Optional.of(new Identifier(label.type(), value, country, qualifier));
    }

    private static boolean mentionsValidity(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("issue") || lower.contains("expir");
    }

    /** Strips separators OFAC leaves around a value (", -:#" before, ", -:;" after). */
    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && " \t,-:#".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t,-:;".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
