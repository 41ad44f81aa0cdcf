package io.tollgate.screening.domain.list.uk;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.Countries;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.Place;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.support.Dates;
import io.tollgate.screening.domain.list.support.ParseStatisticsBuilder;
import io.tollgate.screening.domain.list.support.ReferenceTable;
import io.tollgate.screening.domain.list.support.Scripts;
import io.tollgate.screening.domain.list.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One UK Sanctions List designation being assembled, whichever layout (CSV or XML) it comes from, so that both
 * map every field the same way. Values are passed as published; the CSV's several rows per designation simply
 * call the same methods again.
 */
final class UkDesignation {

    private static final ReferenceTable TYPES = ReferenceTable.load("uk-entity-types.tsv");
    private static final ReferenceTable NUMBER_LABELS = ReferenceTable.load("uk-number-labels.tsv");
    private static final Pattern TRAILING_COUNTRY = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Pattern IMO = Pattern.compile("(?i)^IMO\\s*");

    private final ListedEntityBuilder builder;
    private final String firstLocation;
    private String location;
    private final ParseStatisticsBuilder stats;
    private final Set<String> remarks = new LinkedHashSet<>();
    private final Set<String> reasons = new LinkedHashSet<>();

    UkDesignation(String source, String uniqueId, SourceRecordRef ref, String location, ParseStatisticsBuilder stats) {
        this.builder = new ListedEntityBuilder(source, uniqueId).sourceRecord(ref);
        this.firstLocation = location;
        this.location = location;
        this.stats = stats;
    }

    /** Where the values now coming are read (a later CSV row), so warnings point at it. */
    void at(String where) {
        this.location = where;
    }

    /** Where the designation starts. */
    String firstLocation() {
        return firstLocation;
    }

    /** "Individual", "Entity" or "Ship". */
    void type(String value) {
        if (value == null) {
            return;
        }
        Optional<String> t = TYPES.get(value);
        if (t.isEmpty()) {
            stats.warn(location, "unknown designation type '" + value + "'");
        } else {
            builder.type(EntityType.valueOf(t.get()));
        }
    }

    /**
     * One name: Name 1–5 are forenames and Name 6 the surname (or the whole name of an entity or ship); the
     * name type is "Primary name", "Primary name variation" or "Alias", the strength "Good/Low quality a.k.a".
     */
    void name(List<String> parts1to5, String name6, String nameType, String aliasStrength) {
        List<String> forenames = parts1to5.stream().map(Texts::clean).filter(p -> p != null).toList();
        String surname = Texts.clean(name6);
        String full = Texts.join(" ", String.join(" ", forenames), surname);
        if (full == null) {
            return;
        }
        String type = nameType == null ? "" : nameType.toLowerCase(Locale.ROOT);
        NameKind kind;
        if (type.equals("primary name")) {
            kind = NameKind.PRIMARY;
        } else {
            // a "primary name variation" is another spelling of the primary name: an alias, not a second primary
            kind = NameKind.ALIAS;
            if (!type.isEmpty() && !type.equals("primary name variation") && !type.equals("alias")) {
                stats.warn(location, "unknown name type '" + nameType + "'");
            }
        }
        NameQuality quality = aliasStrength != null && aliasStrength.toLowerCase(Locale.ROOT).startsWith("low")
                ? NameQuality.WEAK : NameQuality.STRONG;
        boolean split = builder.type() == EntityType.PERSON && !forenames.isEmpty();
        String given = split ? forenames.get(0) : null;
        String middle = split && forenames.size() > 1 ? String.join(" ", forenames.subList(1, forenames.size())) : null;
        builder.name(new ListedName(full, kind, quality, Scripts.detect(full), given, split ? surname : null, middle));
    }

    void nonLatinName(String name) {
        String n = Texts.clean(name);
        if (n != null) {
            builder.name(new ListedName(n, NameKind.ORIGINAL_SCRIPT, NameQuality.STRONG, Scripts.detect(n), null, null,
                    null));
        }
    }

    void regime(String regime) {
        builder.program(Texts.clean(regime));
    }

    void otherInformation(String text) {
        add(remarks, text);
    }

    void statementOfReasons(String text) {
        add(reasons, text);
    }

    void dateDesignated(String text) {
        if (text != null) {
            Dates.dayMonthYear(text).or(() -> Dates.iso(text)).ifPresentOrElse(builder::listedOn,
                    () -> stats.warn(location, "unreadable date designated '" + text + "'"));
        }
    }

    /** {@code dd/mm/yyyy}, where {@code dd} and {@code mm} stand for an unknown day or month. */
    void dateOfBirth(String text) {
        if (text != null) {
            Dates.dayMonthYear(text).map(BirthDate::of).or(() -> Dates.birthDate(text))
                    .ifPresentOrElse(builder::birthDate, () -> stats.warn(location, "unreadable D.O.B '" + text + "'"));
        }
    }

    void nationality(String text) {
        String n = Texts.clean(text);
        if (n != null) {
            builder.nationality(Countries.codeOrText(n));
        }
    }

    void gender(String text) {
        String g = Texts.clean(text);
        if (g != null) {
            String lower = g.toLowerCase(Locale.ROOT);
            if (lower.equals("male") || lower.equals("female")) {
                builder.gender(lower);
            } else {
                stats.warn(location, "unknown gender '" + g + "'");
            }
        }
    }

    void placeOfBirth(String town, String country) {
        String text = Texts.join(", ", town, country);
        if (text != null) {
            builder.placeOfBirth(new Place(text, Countries.code(country).orElse(null)));
        }
    }

    /** Lines 1–4 are the street, line 5 the region, line 6 the city, as the published layout fills them. */
    void address(List<String> lines, String postalCode, String country) {
        List<String> l = new ArrayList<>(lines);
        while (l.size() < 6) {
            l.add(null);
        }
        Address a = new Address(Texts.join(", ", l.get(0), l.get(1), l.get(2), l.get(3)), Texts.clean(l.get(5)),
                Texts.clean(l.get(4)), Texts.clean(postalCode), Texts.clean(country),
                Countries.code(country).orElse(null));
        if (Texts.join(" ", a.street(), a.city(), a.region(), a.postalCode(), a.country()) != null) {
            builder.address(a);
        }
    }

    void passport(String number, String info) {
        document(IdentifierType.PASSPORT, number, info);
    }

    void nationalId(String number, String info) {
        document(IdentifierType.NATIONAL_ID, number, info);
    }

    /** A document number with its "additional information" ("Russian Passport, Expiry: 20 Feb 2030"). */
    private void document(IdentifierType type, String number, String info) {
        String n = Texts.clean(number);
        if (n == null) {
            return;
        }
        String i = Texts.clean(info);
        builder.identifier(new Identifier(type, n, countryIn(i), i));
    }

    /** "1037804006811 (Russia)", "Tax ID 7802059185", "UK Company no. 06527449". */
    void businessRegistration(String text) {
        String t = Texts.clean(text);
        if (t == null) {
            return;
        }
        String country = null;
        Matcher m = TRAILING_COUNTRY.matcher(t);
        if (m.matches() && Countries.code(m.group(2)).isPresent()) {
            t = m.group(1);
            country = Countries.code(m.group(2)).get();
        }
        IdentifierType type = IdentifierType.REGISTRATION;
        String qualifier = null;
        Optional<ReferenceTable.Prefix> label = NUMBER_LABELS.prefix(t);
        if (label.isPresent() && !label.get().rest().isEmpty()) {
            type = IdentifierType.valueOf(label.get().value());
            qualifier = type == IdentifierType.OTHER ? label.get().label() : null;
            t = label.get().rest();
        }
        builder.identifier(new Identifier(type, t, country, qualifier));
    }

    void imo(String text) {
        String t = Texts.clean(text);
        if (t != null) {
            builder.identifier(new Identifier(IdentifierType.IMO, IMO.matcher(t).replaceFirst(""), null, null));
        }
    }

    void hullIdentificationNumber(String text) {
        String t = Texts.clean(text);
        if (t != null) {
            builder.identifier(new Identifier(IdentifierType.OTHER, t, null, "HIN"));
        }
    }

    void link(String relation, String name) {
        String n = Texts.clean(name);
        if (n != null) {
            builder.link(new EntityLink(relation, n, null));
        }
    }

    boolean hasNames() {
        return builder.hasNames();
    }

    ListedEntity build() {
        List<String> parts = new ArrayList<>(remarks);
        reasons.forEach(r -> parts.add("UK Statement of Reasons: " + r));
        builder.remarks(parts.isEmpty() ? null : String.join("\n", parts));
        return builder.build();
    }

    private static void add(Set<String> set, String text) {
        String t = Texts.clean(text);
        if (t != null) {
            set.add(t);
        }
    }

    /** The issuing country named in free text ("Pakistani", "Russian Passport, Expiry: …"), if one is. */
    private static String countryIn(String info) {
        if (info == null) {
            return null;
        }
        Optional<String> whole = Countries.code(info);
        if (whole.isPresent()) {
            return whole.get();
        }
        // words of four letters or more only: "in", "ID" or "no" must not read as India, Indonesia or Norway
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(info);
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size()) {
                Optional<String> pair = Countries.code(words.get(i) + " " + words.get(i + 1));
                if (pair.isPresent()) {
                    return pair.get();
                }
            }
            Optional<String> one = Countries.code(words.get(i));
            if (one.isPresent()) {
                return one.get();
            }
        }
        return null;
    }
}
