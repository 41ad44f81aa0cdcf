package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an OFAC remarks field ({@code DOB 21 Mar 1950; POB Moscow, Russia; Passport 100053741 (Russia); …}) into
 * clauses and turns each into typed facts. Clause kinds with their own grammar (dates, places, countries, names,
 * digital-currency addresses) are parsed here; labels of identifiers, notes and relations come from
 * {@link RemarkLabels}. Thread-safe.
 */
public final class OfacRemarksParser {

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern ALTERNATE = Pattern.compile("^(?i:alt\\.?)\\s+");
    /** A text ending in a dotted abbreviation ("S.A.", "C.V."), whose final dot is the name's own. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[^A-Za-z])[A-Za-z](?:\\.[A-Za-z])+\\.$");
    private static final int ABBREVIATION_WINDOW = 16;
    private static final Pattern DOB = Pattern.compile("^DOB:?\\s+(.+)$");
    private static final Pattern POB = Pattern.compile("^POB:?\\s+(.+)$");
    private static final Pattern NATIONALITY_OF_REGISTRATION = Pattern.compile("^(?i:nationality of registration)\\s+(.+)$");
    private static final Pattern NATIONALITY = Pattern.compile("^(?i:(nationality|citizen|citizenship)):?\\s+(?i:possibly\\s+)?(.+)$");
    private static final Pattern GENDER = Pattern.compile("^Gender\\s+(?i:(male|female))$");
    /** a.k.a., f.k.a., n.k.a. and d.b.a. ("doing business as"). */
    private static final Pattern ALIAS = Pattern.compile("^([afnAFN]\\.k|[dD]\\.b)\\.a\\.,?\\s+(.+)$");
    private static final Pattern QUOTED = Pattern.compile("^(['\"])(.+)\\1$");
    /** A bare web address or e-mail address, sometimes with "(website)" or "(email)" after it. */
    private static final Pattern WEB_OR_EMAIL = Pattern.compile(
            "^(?:(?:https?://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.[A-Za-z]{2,})(?:\\s*\\((?i:website|email|e-mail)\\))?\\.?$");
    private static final Pattern DIGITAL_CURRENCY = Pattern.compile("^Digital Currency Address\\s*-\\s*([A-Za-z0-9]+)\\s+(\\S+)$");

    private final RemarkLabels labels;
    private final CountryLookup countries;

    public OfacRemarksParser() {
        this(RemarkLabels.standard());
    }

    public OfacRemarksParser(RemarkLabels labels) {
        this(labels, new CountryLookup());
    }

    OfacRemarksParser(RemarkLabels labels, CountryLookup countries) {
        this.labels = labels;
        this.countries = countries;
    }

    /** Parses a complete remarks field. */
    public RemarkFacts parse(String remarks) {
        return parse(remarks, false);
    }

    /**
     * Parses a remarks field.
     *
     * @param remarks the field as published, null or blank for none
     * @param cutShort the field is known to be truncated: its last clause is incomplete and must not be trusted
     */
    public RemarkFacts parse(String remarks, boolean cutShort) {
        if (remarks == null || remarks.isBlank()) {
            return RemarkFacts.NONE;
        }
        String text = remarks.trim();
        if (!cutShort && text.endsWith(".") && !endsWithAbbreviation(text)) {
            text = text.substring(0, text.length() - 1); // the sentence end OFAC puts after the last clause
        }
        Collector c = new Collector();
        List<String> clauses = splitClauses(text);
        int last = clauses.size() - 1;
        for (int i = 0; i <= last; i++) {
            String clause = clauses.get(i);
            c.clauses++;
            if (cutShort && i == last) {
                c.unparsed.add(clause);
            } else if (!clause(clause, c)) {
                c.unparsed.add(clause);
            }
        }
        return c.facts();
    }

    /** The non-blank clauses, trimmed; a plain scan because this runs for every remark of every list. */
    private static List<String> splitClauses(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(';', start);
            if (end < 0) {
                end = text.length();
            }
            String clause = text.substring(start, end).trim();
            if (!clause.isEmpty()) {
                out.add(clause);
            }
            start = end + 1;
        }
        return out;
    }

    /** Parses one clause into the collector; false when the clause is of no known kind. */
    boolean clause(String raw, Collector c) {
        String clause = raw.contains("  ") ? SPACES.matcher(raw).replaceAll(" ") : raw;
        if (startsWithIgnoreCase(clause, "alt")) {
            clause = ALTERNATE.matcher(clause).replaceFirst("");
        }
        // cheap prefix tests guard each pattern: a list has ~60,000 clauses and most are identifiers or links
        Matcher m;
        if (clause.startsWith("DOB") && (m = DOB.matcher(clause)).matches()) {
            Optional<BirthDate> d = OfacDates.birthDate(m.group(1));
            d.ifPresent(c.birthDates::add);
            return d.isPresent();
        }
        if (clause.startsWith("POB") && (m = POB.matcher(clause)).matches()) {
            c.places.add(countries.place(m.group(1)));
            return true;
        }
        boolean country = startsWithIgnoreCase(clause, "nationality") || startsWithIgnoreCase(clause, "citizen");
        if (country && (m = NATIONALITY_OF_REGISTRATION.matcher(clause)).matches()) {
            c.nationalities.add(countries.codeOrText(m.group(1)));
            return true;
        }
        if (country && (m = NATIONALITY.matcher(clause)).matches()) {
            List<String> target = m.group(1).toLowerCase(Locale.ROOT).startsWith("citizen")
                    ? c.citizenships : c.nationalities;
            countries.country(m.group(2)).ifPresent(target::add);
            return true;
        }
        if (clause.startsWith("Gender") && (m = GENDER.matcher(clause)).matches()) {
            c.gender = m.group(1).toLowerCase(Locale.ROOT);
            return true;
        }
        if (clause.length() > 6 && clause.charAt(1) == '.' && (m = ALIAS.matcher(clause)).matches()) {
            return alias(m.group(1), m.group(2), c);
        }
        if (clause.startsWith("Digital Currency") && (m = DIGITAL_CURRENCY.matcher(clause)).matches()) {
            c.identifiers.add(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, m.group(2), null,
                    m.group(1).toUpperCase(Locale.ROOT)));
            return true;
        }
        if (WEB_OR_EMAIL.matcher(clause).matches()) {
            return true; // contact details are informational: kept in the raw remarks only
        }
        Optional<RemarkLabels.Match> label = labels.match(clause);
        if (label.isPresent()) {
            RemarkLabels.Match lm = label.get();
            switch (lm.label().kind()) {
                case NOTE:
                    return true;
                case LINK:
                    if (lm.rest().isEmpty()) {
                        return false;
                    }
                    c.links.add(new EntityLink(lm.label().qualifier(), lm.rest(), null));
                    return true;
                case ID:
                    Optional<Identifier> id = IdentifierClause.parse(lm.label(), lm.rest(), countries);
                    id.ifPresent(c.identifiers::add);
                    return id.isPresent();
                default:
                    throw new IllegalStateException("unhandled label kind " + lm.label().kind());
            }
        }
        return labels.mentionsRole(clause);
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static boolean endsWithAbbreviation(String text) {
        String tail = text.substring(Math.max(0, text.length() - ABBREVIATION_WINDOW));
        return ABBREVIATION_END.matcher(tail).find();
    }

    private static boolean alias(String kind, String text, Collector c) {
        String name = text.trim();
        Matcher q = QUOTED.matcher(name);
        if (q.matches()) {
            name = q.group(2).trim();
        } else if (name.startsWith("'") || name.startsWith("\"")) {
            return false; // an opening quote without its closing one: the clause was cut
        }
        if (name.isEmpty()) {
            return false;
        }
        NameKind nameKind = Character.toLowerCase(kind.charAt(0)) == 'f' ? NameKind.FORMER : NameKind.ALIAS;
        c.aliases.add(new ListedName(name, nameKind, NameQuality.WEAK, OfacFields.latinOrNull(name), null, null, null));
        return true;
    }

    /** Mutable accumulation for one remarks field. */
    static final class Collector {
        final List<BirthDate> birthDates = new ArrayList<>();
        final List<Place> places = new ArrayList<>();
        final List<String> nationalities = new ArrayList<>();
        final List<String> citizenships = new ArrayList<>();
        String gender;
        final List<Identifier> identifiers = new ArrayList<>();
        final List<ListedName> aliases = new ArrayList<>();
        final List<EntityLink> links = new ArrayList<>();
        final List<String> unparsed = new ArrayList<>();
        int clauses;

        RemarkFacts facts() {
            return new RemarkFacts(birthDates, places, nationalities, citizenships, gender, identifiers, aliases,
                    links, clauses, unparsed);
        }
    }
}
