package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.ParseStatistics;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.SourceRecordRef;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

/**
 * Parses OFAC's "enhanced" XML ({@code SDN_ENHANCED.XML}, {@code CONS_ENHANCED.XML}) with StAX, one entity at a
 * time. Reference values (country ISO codes) precede the entities in the file and are read first.
 */
public final class OfacEnhancedXmlParser implements ListParser {

    public static final String FORMAT = "ofac-enhanced-xml";

    private static final String ROOT = "sanctionsData";
    private static final String NAMESPACE_MARK = "ENHANCED_XML";
    private static final List<String> PREFERRED_FILES = List.of("SDN_ENHANCED.XML", "CONS_ENHANCED.XML");

    /** ISO 15924 codes of the script names OFAC uses (its own reference codes are not all ISO 15924). */
    private static final Map<String, String> SCRIPTS = Map.ofEntries(
            Map.entry("latin", "Latn"), Map.entry("cyrillic", "Cyrl"), Map.entry("arabic", "Arab"),
            Map.entry("chinese simplified", "Hans"), Map.entry("chinese traditional", "Hant"),
            Map.entry("korean", "Kore"), Map.entry("hangul", "Hang"), Map.entry("japanese", "Jpan"),
            Map.entry("hebrew", "Hebr"), Map.entry("greek", "Grek"), Map.entry("georgian", "Geor"),
            Map.entry("armenian", "Armn"));

    private final RemarkLabels labels = RemarkLabels.standard();
    private final CountryLookup countries = new CountryLookup();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        Optional<String> file = xmlFile(files);
        if (file.isEmpty()) {
            return false;
        }
        try (Reader in = TextEncoding.reader(files.open(file.get()), StandardCharsets.UTF_8)) {
            XMLStreamReader r = Stax.factory().createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        return isEnhancedRoot(r);
                    }
                }
                return false;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String file = xmlFile(files).orElseThrow(() -> new ListFormatException(
                "no OFAC enhanced XML file in the publication (files: " + files.names() + ")", "publication"));
        Warnings warnings = new Warnings();
        Context ctx = new Context(source, file, warnings);
        List<ListedEntity> entities = new ArrayList<>();
        // OFAC publishes this format in UTF-8 only; a reader (rather than a byte stream) also keeps the JDK parser
        // from printing encoding errors to stderr on garbage input
        try (Reader in = TextEncoding.reader(files.open(file), StandardCharsets.UTF_8)) {
            XMLStreamReader r = Stax.factory().createXMLStreamReader(in);
            try {
                boolean rootSeen = false;
                while (r.hasNext()) {
                    int e = r.next();
                    if (e != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (!rootSeen) {
                        if (!isEnhancedRoot(r)) {
                            throw new ListFormatException(file + " is not OFAC enhanced XML: root element is "
                                    + r.getName(), location(file, r.getLocation()));
                        }
                        rootSeen = true;
                        continue;
                    }
                    switch (r.getLocalName()) {
                        case "referenceValue" -> referenceValue(r, ctx);
                        case "entity" -> entities.add(entity(r, ctx));
                        default -> {
                            // containers (referenceValues, entities) are descended into; other sections are skipped
                            if (!r.getLocalName().equals("referenceValues") && !r.getLocalName().equals("entities")) {
                                Stax.skip(r);
                            }
                        }
                    }
                }
                if (!rootSeen) {
                    throw new ListFormatException(file + " holds no XML element", file);
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new ListFormatException(file + " is malformed or truncated: " + e.getMessage(),
                    location(file, e.getLocation()), e);
        } catch (IOException e) {
            throw new ListFormatException("cannot read " + file + ": " + e.getMessage(), file, e);
        }
        if (entities.isEmpty()) {
            throw new ListFormatException(file + " holds no entities", file);
        }
        long names = entities.stream().mapToLong(x -> x.names().size()).sum();
        long addresses = entities.stream().mapToLong(x -> x.addresses().size()).sum();
        long identifiers = entities.stream().mapToLong(x -> x.identifiers().size()).sum();
        ParseStatistics stats = new ParseStatistics(entities.size(), entities.size(), names, addresses, identifiers,
                0, 0, warnings.count(), warnings.samples());
        return new ParsedList(FORMAT, entities, stats);
    }

    private void referenceValue(XMLStreamReader r, Context ctx) throws XMLStreamException {
        String refId = Stax.attribute(r, "refId");
        String[] typeValueIso = new String[3];
        Stax.children(r, name -> {
            switch (name) {
                case "type" -> typeValueIso[0] = Stax.text(r);
                case "value" -> typeValueIso[1] = Stax.text(r);
                case "isoCode" -> typeValueIso[2] = Stax.text(r);
                default -> Stax.skip(r);
            }
        });
        if ("COUNTRY".equals(typeValueIso[0]) && refId != null && typeValueIso[2] != null
                && typeValueIso[2].length() == 2) {
            ctx.countryIso.put(refId, typeValueIso[2]);
        }
    }

    private ListedEntity entity(XMLStreamReader r, Context ctx) throws XMLStreamException, ListFormatException {
        String id = Stax.attribute(r, "id");
        Location start = r.getLocation();
        String where = location(ctx.file, start);
        if (id == null || id.isBlank()) {
            throw new ListFormatException("entity without id", where);
        }
        ListedEntityBuilder b = new ListedEntityBuilder(ctx.source, id)
                .sourceRecord(new SourceRecordRef(ctx.file, start.getLineNumber(), "entity[id=" + id + "]"));
        EntityState s = new EntityState(b, where);
        Stax.children(r, name -> {
            switch (name) {
                case "generalInfo" -> generalInfo(r, s);
                case "sanctionsLists" -> Stax.children(r, c -> {
                    String published = Stax.attribute(r, "datePublished");
                    Stax.skip(r);
                    listingDate(published, s, ctx);
                });
                case "sanctionsPrograms" -> Stax.children(r, c -> b.program(Stax.text(r)));
                case "names" -> Stax.children(r, c -> name(r, s));
                case "addresses" -> Stax.children(r, c -> address(r, s, ctx));
                case "features" -> Stax.children(r, c -> feature(r, s, ctx));
                case "identityDocuments" -> Stax.children(r, c -> identityDocument(r, s, ctx));
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

    private void listingDate(String published, EntityState s, Context ctx) {
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
            ctx.warnings.add(s.where, "unreadable datePublished '" + published + "'");
        }
    }

    private void name(XMLStreamReader r, EntityState s) throws XMLStreamException {
        NameHeader h = new NameHeader();
        Stax.children(r, child -> {
            switch (child) {
                case "isPrimary" -> h.primary = "true".equalsIgnoreCase(Stax.text(r));
                case "isLowQuality" -> h.lowQuality = "true".equalsIgnoreCase(Stax.text(r));
                case "aliasType" -> h.aliasType = Stax.text(r);
                case "translations" -> Stax.children(r, c -> h.translations.add(translation(r)));
                default -> Stax.skip(r);
            }
        });
        NameKind kind = h.primary ? NameKind.PRIMARY
                : h.aliasType != null && h.aliasType.toUpperCase(Locale.ROOT).startsWith("F.K.A") ? NameKind.FORMER
                : NameKind.ALIAS;
        NameQuality quality = h.lowQuality ? NameQuality.WEAK : NameQuality.STRONG;
        for (Translation t : h.translations) {
            String full = t.full != null ? t.full : t.composed();
            if (full == null) {
                continue;
            }
            // a name's other translations give it in its original script (Cyrillic, Chinese, …)
            NameKind k = !t.primary && !"Latn".equals(t.script) ? NameKind.ORIGINAL_SCRIPT : kind;
            String script = t.script != null ? t.script : OfacFields.latinOrNull(full);
            s.builder.name(s.person
                    ? new ListedName(full, k, quality, script, t.first, t.last, t.patronymic)
                    : new ListedName(full, k, quality, script, null, null, null));
        }
    }

    private Translation translation(XMLStreamReader r) throws XMLStreamException {
        Translation t = new Translation();
        Stax.children(r, child -> {
            switch (child) {
                case "isPrimary" -> t.primary = "true".equalsIgnoreCase(Stax.text(r));
                case "script" -> {
                    String script = Stax.text(r);
                    t.script = script == null ? null : SCRIPTS.get(script.toLowerCase(Locale.ROOT));
                }
                case "formattedFirstName" -> t.first = Stax.text(r);
                case "formattedLastName" -> t.last = Stax.text(r);
                case "formattedFullName" -> t.full = Stax.text(r);
                case "nameParts" -> Stax.children(r, c -> namePart(r, t));
                default -> Stax.skip(r);
            }
        });
        return t;
    }

    private static void namePart(XMLStreamReader r, Translation t) throws XMLStreamException {
        String[] typeValue = new String[2];
        Stax.children(r, c -> {
            switch (c) {
                case "type" -> typeValue[0] = Stax.text(r);
                case "value" -> typeValue[1] = Stax.text(r);
                default -> Stax.skip(r);
            }
        });
        if (typeValue[0] != null && typeValue[1] != null) {
            String type = typeValue[0].toLowerCase(Locale.ROOT);
            if (type.equals("patronymic") || type.equals("middle name")) {
                t.patronymic = t.patronymic == null ? typeValue[1] : t.patronymic + " " + typeValue[1];
            }
        }
    }

    private void address(XMLStreamReader r, EntityState s, Context ctx) throws XMLStreamException {
        AddressParts a = new AddressParts();
        Stax.children(r, child -> {
            switch (child) {
                case "country" -> {
                    String ref = Stax.attribute(r, "refId");
                    a.country = Stax.text(r);
                    a.countryCode = country(ref, a.country, ctx);
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

    private void feature(XMLStreamReader r, EntityState s, Context ctx) throws XMLStreamException {
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
            case "birthdate" -> birthDate(f, s, ctx);
            case "place of birth" -> b.placeOfBirth(countries.place(f.value));
            case "nationality country", "nationality of registration", "vessel flag" ->
                    country(f.valueRefId, f.value, ctx, b::nationality);
            case "citizenship country" -> country(f.valueRefId, f.value, ctx, b::citizenship);
            case "gender" -> b.gender(f.value);
            default -> labelledFeature(f, s, ctx);
        }
    }

    private void labelledFeature(Feature f, EntityState s, Context ctx) {
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
            ctx.unknownFeature(f.type, s.where);
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

    private void birthDate(Feature f, EntityState s, Context ctx) {
        Optional<BirthDate> d = f.value == null ? Optional.empty() : OfacDates.birthDate(f.value);
        if (d.isEmpty()) {
            d = dateFromBounds(f);
        }
        if (d.isPresent()) {
            BirthDate bd = d.get();
            s.builder.birthDate(f.approximate && !bd.approximate() ? new BirthDate(bd.from(), bd.to(), true) : bd);
        } else {
            ctx.warnings.add(s.where, "unreadable birth date '" + f.value + "'");
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

    private void identityDocument(XMLStreamReader r, EntityState s, Context ctx) throws XMLStreamException {
        String[] doc = new String[3]; // type, number, country
        Stax.children(r, child -> {
            switch (child) {
                case "type" -> doc[0] = Stax.text(r);
                case "documentNumber" -> doc[1] = Stax.text(r);
                case "issuingCountry" -> {
                    String ref = Stax.attribute(r, "refId");
                    doc[2] = country(ref, Stax.text(r), ctx);
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
            ctx.unknownFeature(type, s.where);
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
    private String country(String refId, String text, Context ctx) {
        String iso = refId == null ? null : ctx.countryIso.get(refId);
        if (iso != null) {
            return iso;
        }
        return countries.country(text).orElse(null);
    }

    private void country(String refId, String text, Context ctx, java.util.function.Consumer<String> sink) {
        String c = country(refId, text, ctx);
        if (c != null) {
            sink.accept(c);
        }
    }

    private static boolean isEnhancedRoot(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return ROOT.equals(r.getLocalName()) && ns != null && ns.toUpperCase(Locale.ROOT).contains(NAMESPACE_MARK);
    }

    private static Optional<String> xmlFile(ListFiles files) {
        for (String preferred : PREFERRED_FILES) {
            Optional<String> f = files.find(preferred);
            if (f.isPresent()) {
                return f;
            }
        }
        List<String> xml = files.names().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".xml")).toList();
        return xml.size() == 1 ? Optional.of(xml.get(0)) : Optional.empty();
    }

    private static String location(String file, Location l) {
        return l == null ? file : file + " line " + l.getLineNumber() + " column " + l.getColumnNumber();
    }

    /** State shared by one parse. */
    private static final class Context {
        final String source;
        final String file;
        final Warnings warnings;
        final Map<String, String> countryIso = new HashMap<>();
        final Set<String> unknownTypes = new HashSet<>();

        Context(String source, String file, Warnings warnings) {
            this.source = source;
            this.file = file;
            this.warnings = warnings;
        }

        /** Warns once per feature or document type the label table does not know. */
        void unknownFeature(String type, String where) {
            if (unknownTypes.add(type)) {
                warnings.add(where, "feature or document type '" + type + "' is not in ofac-remark-labels.tsv");
            }
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

    /** A {@code <name>} element's own fields. */
    private static final class NameHeader {
        boolean primary;
        boolean lowQuality;
        String aliasType;
        final List<Translation> translations = new ArrayList<>();
    }

    /** One rendering of a name. */
    private static final class Translation {
        boolean primary = true;
        String script;
        String first;
        String last;
        String full;
        String patronymic;

        String composed() {
            if (last == null && first == null) {
                return null;
            }
            return last == null ? first : first == null ? last : last + ", " + first;
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
