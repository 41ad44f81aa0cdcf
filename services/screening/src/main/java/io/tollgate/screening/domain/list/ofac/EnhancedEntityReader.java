package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.SourceRecordRef;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads one {@code <entity>} element of OFAC enhanced XML into the model: names with their translations and scripts,
 * features (dates, places, countries, vessel and crypto data), identity documents, addresses and relationships.
 * One instance serves one parse: it collects the country references and warnings of that file.
 */
final class EnhancedEntityReader {

    private final RemarkLabels labels;
    private final CountryLookup countries;
    private final String source;
    private final String file;
    private final Warnings warnings;
    private final Map<String, String> countryIso = new HashMap<>();
    private final Set<String> unknownTypes = new HashSet<>();

    EnhancedEntityReader(RemarkLabels labels, CountryLookup countries, String source, String file, Warnings warnings) {
        this.labels = labels;
        this.countries = countries;
        this.source = source;
        this.file = file;
        this.warnings = warnings;
    }

    /** Records the ISO code of a COUNTRY reference value, which features, documents and addresses refer to. */
    void countryReference(String refId, String isoCode) {
        countryIso.put(refId, isoCode);
    }

    /** Reads the entity whose start tag the reader is on, leaving the reader on its end tag. */
    ListedEntity entity(XMLStreamReader r) throws XMLStreamException, ListFormatException {
        String id = Stax.attribute(r, "id");
        Location start = r.getLocation();
        String where = OfacEnhancedXmlParser.location(file, start);
        if (id == null || id.isBlank()) {
            throw new ListFormatException("entity without id", where);
        }
        ListedEntityBuilder b = new ListedEntityBuilder(source, id)
                .sourceRecord(new SourceRecordRef(file, start.getLineNumber(), "entity[id=" + id + "]"));
        EntityState s = new EntityState(b, where);
        Stax.children(r, name -> {
            switch (name) {
                case "generalInfo" -> generalInfo(r, s);
                case "sanctionsLists" -> Stax.children(r, c -> {
                    String published = Stax.attribute(r, "datePublished");
                    Stax.skip(r);
                    listingDate(published, s);
                });
                case "sanctionsPrograms" -> Stax.children(r, c -> b.program(Stax.text(r)));
                case "names" -> Stax.children(r, c -> EnhancedNameReader.name(r, b, s.person));
                case "addresses" -> Stax.children(r, c -> address(r, s));
                case "features" -> Stax.children(r, c -> feature(r, s));
                case "identityDocuments" -> Stax.children(r, c -> identityDocument(r, s));
                case "relationships" -> Stax.children(r, c -> relationship(r, s));
                default -> Stax.skip(r);
            }
        });
        if (!b.hasNames()) {
            throw new ListFormatException("entity " + id + " has no name", where);
        }
        b.listedOn(s.listedOn);
        return b.build();
    }

    private void generalInfo(XMLStreamReader r, EntityState s) throws XMLStreamException {
        Stax.children(r, name -> {
            switch (name) {
                case "entityType" -> {
                    String t = Stax.text(r);
                    s.builder.type(type(t));
                    s.person = s.builder.type() == EntityType.PERSON;
                }
                case "remarks" -> s.builder.remarks(Stax.text(r));
                default -> Stax.skip(r);
            }
        });
    }

    private static EntityType type(String t) {
        if (t == null) {
            return EntityType.UNKNOWN;
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityType.PERSON;
            case "entity" -> EntityType.ORGANIZATION;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> EntityType.UNKNOWN;
        };
    }

    private void listingDate(String published, EntityState s) {
        if (published == null) {
            return;
        }
        try {
            LocalDate d = LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published);
            PartialDate p = new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            // an entity is on several OFAC lists; it was listed when it first appeared on any of them
            if (s.listedOn == null || p.compareTo(s.listedOn) < 0) {
                s.listedOn = p;
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            warnings.add(s.where, "unreadable datePublished '" + published + "'");
        }
    }

    private void address(XMLStreamReader r, EntityState s) throws XMLStreamException {
        AddressParts a = new AddressParts();
        Stax.children(r, child -> {
            switch (child) {
                case "country" -> {
                    String ref = Stax.attribute(r, "refId");
                    a.country = Stax.text(r);
                    a.countryCode = country(ref, a.country);
                }
                case "translations" -> Stax.children(r, c -> addressTranslation(r, a));
                default -> Stax.skip(r);
            }
        });
        if (a.street.isEmpty() && a.city == null && a.region.isEmpty() && a.postalCode == null && a.country == null) {
            return; // OFAC publishes empty address shells for many individuals
        }
        s.builder.address(new Address(a.street.isEmpty() ? null : String.join(", ", a.street), a.city,
                a.region.isEmpty() ? null : String.join(", ", a.region), a.postalCode, a.country, a.countryCode));
    }

    private static void addressTranslation(XMLStreamReader r, AddressParts a) throws XMLStreamException {
        boolean[] primary = {true};
        List<String[]> parts = new ArrayList<>();
        Stax.children(r, child -> {
            switch (child) {
                case "isPrimary" -> primary[0] = !"false".equalsIgnoreCase(Stax.text(r));
                case "addressParts" -> Stax.children(r, c -> {
                    String[] tv = new String[2];
                    Stax.children(r, p -> {
                        switch (p) {
                            case "type" -> tv[0] = Stax.text(r);
                            case "value" -> tv[1] = Stax.text(r);
                            default -> Stax.skip(r);
                        }
                    });
                    parts.add(tv);
                });
                default -> Stax.skip(r);
            }
        });
        if (!primary[0] || a.filled) {
            return; // the model holds one rendering of an address: the primary (Latin) translation
        }
        a.filled = true;
        for (String[] p : parts) {
            if (p[0] == null || p[1] == null) {
                continue;
            }
            switch (p[0].toUpperCase(Locale.ROOT)) {
                case "ADDRESS1", "ADDRESS2", "ADDRESS3" -> a.street.add(p[1]);
                case "CITY" -> a.city = p[1];
                case "STATE/PROVINCE", "REGION" -> a.region.add(p[1]);
                case "POSTAL CODE" -> a.postalCode = p[1];
                default -> a.street.add(p[1]);
            }
        }
    }

    private void feature(XMLStreamReader r, EntityState s) throws XMLStreamException {
        Feature f = new Feature();
        Stax.children(r, child -> {
            switch (child) {
                case "type" -> f.type = Stax.text(r);
                case "value" -> f.value = Stax.text(r);
                case "valueRefId" -> f.valueRefId = Stax.text(r);
                case "valueDate" -> Stax.children(r, d -> {
                    switch (d) {
                        case "fromDateBegin" -> f.fromBegin = Stax.text(r);
                        case "toDateEnd" -> f.toEnd = Stax.text(r);
                        case "isApproximate" -> f.approximate = "true".equalsIgnoreCase(Stax.text(r));
                        case "isDateRange" -> f.range = "true".equalsIgnoreCase(Stax.text(r));
                        default -> Stax.skip(r);
                    }
                });
                default -> Stax.skip(r);
            }
        });
        if (f.type == null || (f.value == null && f.fromBegin == null)) {
            return;
        }
        ListedEntityBuilder b = s.builder;
        switch (f.type.toLowerCase(Locale.ROOT)) {
            case "birthdate" -> birthDate(f, s);
            case "place of birth" -> b.placeOfBirth(countries.place(f.value));
            case "nationality country", "nationality of registration", "vessel flag" ->
                    country(f.valueRefId, f.value, b::nationality);
            case "citizenship country" -> country(f.valueRefId, f.value, b::citizenship);
            case "gender" -> b.gender(f.value);
            default -> labelledFeature(f, s);
        }
    }

    private void labelledFeature(Feature f, EntityState s) {
        if (f.value == null) {
            return;
        }
        if (f.type.startsWith("Digital Currency Address - ")) {
            String currency = f.type.substring("Digital Currency Address - ".length()).trim();
            s.builder.identifier(new Identifier(IdentifierType.DIGITAL_CURRENCY_ADDRESS, f.value, null,
                    currency.toUpperCase(Locale.ROOT)));
            return;
        }
        Optional<RemarkLabels.Match> m = labels.match(f.type);
        if (m.isEmpty() || (m.get().label().kind() != RemarkLabels.Kind.NOTE && !m.get().rest().isEmpty())) {
            unknownFeature(f.type, s.where);
            return;
        }
        RemarkLabels.Label label = m.get().label();
        switch (label.kind()) {
            case ID -> IdentifierClause.parse(label, f.value, countries).ifPresent(s.builder::identifier);
            case LINK -> s.builder.link(new EntityLink(label.qualifier(), f.value, null));
            case NOTE -> { }
            default -> throw new IllegalStateException("unhandled label kind " + label.kind());
        }
    }

    private void birthDate(Feature f, EntityState s) {
        Optional<BirthDate> d = f.value == null ? Optional.empty() : OfacDates.birthDate(f.value);
        if (d.isEmpty()) {
            d = dateFromBounds(f);
        }
        if (d.isPresent()) {
            BirthDate bd = d.get();
            s.builder.birthDate(f.approximate && !bd.approximate() ? new BirthDate(bd.from(), bd.to(), true) : bd);
        } else {
            warnings.add(s.where, "unreadable birth date '" + f.value + "'");
        }
    }

    /** The date a feature's bounds describe: a day, a whole month, a whole year, or a range of days. */
    private static Optional<BirthDate> dateFromBounds(Feature f) {
        try {
            LocalDate from = LocalDate.parse(f.fromBegin.substring(0, 10));
            LocalDate to = f.toEnd == null ? from : LocalDate.parse(f.toEnd.substring(0, 10));
            PartialDate start = new PartialDate(from.getYear(), from.getMonthValue(), from.getDayOfMonth());
            PartialDate end = new PartialDate(to.getYear(), to.getMonthValue(), to.getDayOfMonth());
            if (!f.range && from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
                start = new PartialDate(from.getYear(), from.getMonthValue(), 0);
                end = start;
            }
            if (!f.range && from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
                start = PartialDate.ofYear(from.getYear());
                end = start;
            }
            return Optional.of(new BirthDate(start, end, f.approximate));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void identityDocument(XMLStreamReader r, EntityState s) throws XMLStreamException {
        String[] doc = new String[3]; // type, number, country
        Stax.children(r, child -> {
            switch (child) {
                case "type" -> doc[0] = Stax.text(r);
                case "documentNumber" -> doc[1] = Stax.text(r);
                case "issuingCountry" -> {
                    String ref = Stax.attribute(r, "refId");
                    doc[2] = country(ref, Stax.text(r));
                }
                default -> Stax.skip(r);
            }
        });
        if (doc[1] == null) {
            return;
        }
        String type = doc[0] == null ? "" : doc[0];
        // matching type and number together finds the sub-labels OFAC writes in the number ("IMO 9569671")
        Optional<RemarkLabels.Match> m = labels.match(type + " " + doc[1]);
        Optional<Identifier> id = m.filter(x -> x.label().kind() == RemarkLabels.Kind.ID)
                .flatMap(x -> IdentifierClause.parse(x.label(), x.rest(), countries, doc[2]));
        if (id.isPresent()) {
            s.builder.identifier(id.get());
        } else {
            unknownFeature(type, s.where);
            s.builder.identifier(new Identifier(IdentifierType.OTHER, doc[1], doc[2], type.isEmpty() ? null : type));
        }
    }

    private void relationship(XMLStreamReader r, EntityState s) throws XMLStreamException {
        String[] rel = new String[3]; // type, name, id
        Stax.children(r, child -> {
            switch (child) {
                case "type" -> rel[0] = Stax.text(r);
                case "relatedEntity" -> {
                    rel[2] = Stax.attribute(r, "entityId");
                    rel[1] = Stax.text(r);
                }
                default -> Stax.skip(r);
            }
        });
        if (rel[1] != null) {
            s.builder.link(new EntityLink(rel[0] == null ? "related to" : rel[0], rel[1], rel[2]));
        }
    }

    /** The ISO code of a country reference, else of its name, else the name (null when unknown). */
    private String country(String refId, String text) {
        String iso = refId == null ? null : countryIso.get(refId);
        if (iso != null) {
            return iso;
        }
        return countries.country(text).orElse(null);
    }

    private void country(String refId, String text, Consumer<String> sink) {
        String c = country(refId, text);
        if (c != null) {
            sink.accept(c);
        }
    }

    /** Warns once per feature or document type the label table does not know. */
    private void unknownFeature(String type, String where) {
        if (unknownTypes.add(type)) {
            warnings.add(where, "feature or document type '" + type + "' is not in ofac-remark-labels.tsv");
        }
    }

    /** One entity while it is read. */
    private static final class EntityState {
        final ListedEntityBuilder builder;
        final String where;
        boolean person;
        PartialDate listedOn;

        EntityState(ListedEntityBuilder builder, String where) {
            this.builder = builder;
            this.where = where;
        }
    }

    /** The parts of an address as they are read. */
    private static final class AddressParts {
        final List<String> street = new ArrayList<>();
        final List<String> region = new ArrayList<>();
        String city;
        String postalCode;
        String country;
        String countryCode;
        boolean filled;
    }

    /** A {@code <feature>} element. */
    private static final class Feature {
        String type;
        String value;
        String valueRefId;
        String fromBegin;
        String toEnd;
        boolean approximate;
        boolean range;
    }
}
