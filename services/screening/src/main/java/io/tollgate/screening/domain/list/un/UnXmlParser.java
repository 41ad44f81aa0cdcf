package io.tollgate.screening.domain.list.un;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.Countries;
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
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.Place;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.support.Dates;
import io.tollgate.screening.domain.list.support.ListFileChooser;
import io.tollgate.screening.domain.list.support.ParseStatisticsBuilder;
import io.tollgate.screening.domain.list.support.ReferenceTable;
import io.tollgate.screening.domain.list.support.Scripts;
import io.tollgate.screening.domain.list.support.Texts;
import io.tollgate.screening.domain.list.support.XmlNode;
import io.tollgate.screening.domain.list.support.XmlRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with INDIVIDUALS/INDIVIDUAL and
 * ENTITIES/ENTITY). The source id is the UN reference number (e.g. {@code QDi.001}); a record whose reference
 * number is missing or shared with another record falls back to its DATAID so ids stay unique.
 */
public final class UnXmlParser implements ListParser {

    /** The format name recorded with each version. */
    public static final String FORMAT = "un-xml";

    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final Set<String> RECORDS = Set.of("INDIVIDUAL", "ENTITY");
    private static final List<String> NAME_PARTS = List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");
    private static final ReferenceTable DOCUMENT_TYPES = ReferenceTable.load("un-document-types.tsv");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        return ListFileChooser.first(files, UnXmlParser::looksLikeUn).isPresent();
    }

    private static boolean looksLikeUn(byte[] head) {
        return XmlRecordReader.root(head).map(r -> ROOT.equals(r[1])).orElse(false);
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String file = ListFileChooser.choose(files, UnXmlParser::looksLikeUn, "a UN consolidated list XML");
        ParseStatisticsBuilder stats = new ParseStatisticsBuilder();
        List<Parsed> parsed = new ArrayList<>();
        try (InputStream in = files.open(file); XmlRecordReader reader = new XmlRecordReader(file, in)) {
            if (!ROOT.equals(reader.rootName())) {
                throw new ListFormatException("root element is <" + reader.rootName() + ">, expected <" + ROOT
                        + ">: not a UN consolidated list", file + " line 1");
            }
            Optional<XmlNode> next;
            while ((next = reader.next(RECORDS)).isPresent()) {
                stats.recordRead();
                parsed.add(map(source, file, next.get(), stats));
            }
            reader.finish();
        } catch (IOException e) {
            throw new ListFormatException("cannot read the file: " + e.getMessage(), file, e);
        }
        List<ListedEntity> entities = assignIds(parsed);
        return new ParsedList(FORMAT, entities, stats.build(entities));
    }

    /** One record mapped, before its source id is settled (that needs the whole file). */
    private record Parsed(String reference, String dataId, ListedEntity entity, String location) {
    }

    private Parsed map(String source, String file, XmlNode r, ParseStatisticsBuilder stats)
            throws ListFormatException {
        boolean person = r.name().equals("INDIVIDUAL");
        String dataId = r.childText("DATAID");
        String reference = r.childText("REFERENCE_NUMBER");
        String element = r.name() + "[DATAID=" + (dataId == null ? "?" : dataId) + "]";
        String location = file + " line " + r.line() + " " + element;
        if (dataId == null) {
            throw new ListFormatException("record has no DATAID", location);
        }
        ListedEntityBuilder b = new ListedEntityBuilder(source, reference == null ? dataId : reference)
                .type(person ? EntityType.PERSON : EntityType.ORGANIZATION)
                .sourceRecord(new SourceRecordRef(file, r.line(), element));

        List<String> parts = new ArrayList<>();
        for (String p : NAME_PARTS) {
            String v = r.childText(p);
            if (v != null) {
                parts.add(v);
            }
        }
        // UN name parts are positional, not given/family: the order differs by naming culture, so only the
        // whole name is kept
        String primary = String.join(" ", parts);
        b.name(new ListedName(primary, NameKind.PRIMARY, NameQuality.STRONG, Scripts.detect(primary), null, null, null));
        if (!b.hasNames()) {
            throw new ListFormatException("record has no FIRST_NAME", location);
        }
        for (XmlNode alias : r.children(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            alias(b, alias, location, stats);
        }
        String original = r.childText("NAME_ORIGINAL_SCRIPT");
        if (original != null) {
            b.name(new ListedName(original, NameKind.ORIGINAL_SCRIPT, NameQuality.STRONG, Scripts.detect(original),
                    null, null, null));
        }

        for (XmlNode dob : r.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            b.birthDate(birthDate(dob, location, stats));
        }
        for (XmlNode pob : r.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
            b.placeOfBirth(place(pob.childText("STREET"), pob.childText("CITY"), pob.childText("STATE_PROVINCE"),
                    pob.childText("COUNTRY")));
        }
        r.child("NATIONALITY").ifPresent(n -> n.children("VALUE").forEach(v -> b.nationality(
                Countries.codeOrText(v.value()))));
        String gender = r.childText("GENDER");
        if (gender != null) {
            String g = gender.toLowerCase(Locale.ROOT);
            if (g.equals("male") || g.equals("female")) {
                b.gender(g);
            } else {
                stats.warn(location, "unknown GENDER '" + gender + "'");
            }
        }
        for (XmlNode doc : r.children("INDIVIDUAL_DOCUMENT")) {
            document(b, doc, location, stats);
        }
        for (XmlNode a : r.children(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            String country = a.childText("COUNTRY");
            Address address = new Address(a.childText("STREET"), a.childText("CITY"), a.childText("STATE_PROVINCE"),
                    a.childText("ZIP_CODE"), country, Countries.code(country).orElse(null));
            if (Texts.join(" ", address.street(), address.city(), address.region(), address.postalCode(),
                    address.country()) != null) {
                b.address(address);
            }
        }
        b.program(r.childText("UN_LIST_TYPE"));
        b.listedOn(date(r.childText("LISTED_ON"), "LISTED_ON", location, stats));
        b.remarks(r.childText("COMMENTS1"));
        return new Parsed(reference, dataId, b.build(), location);
    }

    private void alias(ListedEntityBuilder b, XmlNode alias, String location, ParseStatisticsBuilder stats) {
        String name = alias.childText("ALIAS_NAME");
        if (name == null) {
            return; // the UN writes an empty alias element for "no alias"
        }
        String quality = alias.childText("QUALITY");
        String q = quality == null ? "" : quality.toLowerCase(Locale.ROOT);
        NameKind kind = q.startsWith("f.k.a") ? NameKind.FORMER : NameKind.ALIAS;
        NameQuality strength = q.equals("low") ? NameQuality.WEAK : NameQuality.STRONG;
        if (!q.isEmpty() && !q.equals("good") && !q.equals("low") && !q.startsWith("a.k.a") && !q.startsWith("f.k.a")) {
            stats.warn(location, "unknown alias QUALITY '" + quality + "'");
        }
        b.name(new ListedName(name, kind, strength, Scripts.detect(name), null, null, null));
        // the UN sometimes ties a birth date or place to one alias: it is still a date/place of the person
        String dob = alias.childText("DATE_OF_BIRTH");
        if (dob != null) {
            PartialDate d = date(dob, "DATE_OF_BIRTH", location, stats);
            if (d != null) {
                b.birthDate(BirthDate.of(d));
            }
        }
        b.placeOfBirth(place(null, alias.childText("CITY_OF_BIRTH"), null, alias.childText("COUNTRY_OF_BIRTH")));
    }

    private BirthDate birthDate(XmlNode dob, String location, ParseStatisticsBuilder stats) {
        String type = Optional.ofNullable(dob.childText("TYPE_OF_DATE")).orElse("").toUpperCase(Locale.ROOT);
        String note = dob.childText("NOTE");
        // a BETWEEN range is sometimes marked approximate only in its NOTE
        boolean approximate = type.equals("APPROXIMATELY")
                || (note != null && note.toLowerCase(Locale.ROOT).startsWith("approx"));
        String date = dob.childText("DATE");
        String year = dob.childText("YEAR");
        String from = dob.childText("FROM_YEAR");
        String to = dob.childText("TO_YEAR");
        Optional<BirthDate> parsed;
        if (from != null && to != null) {
            parsed = Dates.iso(from).flatMap(f -> Dates.iso(to).map(t -> new BirthDate(f, t, approximate)));
        } else if (date != null || year != null) {
            parsed = Dates.iso(date != null ? date : year).map(d -> new BirthDate(d, d, approximate));
        } else if (note != null) {
            // some dates are written only in the NOTE: "Nov. 1973", "Between Aug. and Sep. 1977"
            parsed = Dates.birthDate(note).map(d -> new BirthDate(d.from(), d.to(), d.approximate() || approximate));
        } else {
            return null;
        }
        if (parsed.isEmpty()) {
            stats.warn(location, "unreadable date of birth (" + Texts.join(" ", type, date, year, from, to, note) + ")");
        }
        return parsed.orElse(null);
    }

    private void document(ListedEntityBuilder b, XmlNode doc, String location, ParseStatisticsBuilder stats) {
        String number = doc.childText("NUMBER");
        if (number == null) {
            return; // a document the UN describes only in a NOTE has nothing to match on
        }
        String label = doc.childText("TYPE_OF_DOCUMENT");
        String label2 = doc.childText("TYPE_OF_DOCUMENT2");
        Optional<String> mapped = DOCUMENT_TYPES.get(label2).or(() -> DOCUMENT_TYPES.get(label));
        if (mapped.isEmpty()) {
            stats.warn(location, "unknown document type '" + Texts.join(" / ", label, label2) + "' kept as OTHER");
        }
        IdentifierType type = IdentifierType.valueOf(mapped.orElse("OTHER"));
        String country = Optional.ofNullable(doc.childText("ISSUING_COUNTRY"))
                .orElse(doc.childText("COUNTRY_OF_ISSUE"));
        String qualifier = type == IdentifierType.OTHER ? Optional.ofNullable(label2).orElse(label) : null;
        b.identifier(new Identifier(type, number, Countries.code(country).orElse(null), qualifier));
    }

    private static Place place(String street, String city, String region, String country) {
        String text = Texts.join(", ", street, city, region, country);
        return text == null ? null : new Place(text, Countries.code(country).orElse(null));
    }

    private static PartialDate date(String text, String field, String location, ParseStatisticsBuilder stats) {
        if (text == null) {
            return null;
        }
        // xs:date may carry a time-zone suffix ("2001-01-25-05:00"): the day is what matters
        String day = text.length() > 10 && text.charAt(4) == '-' ? text.substring(0, 10) : text;
        Optional<PartialDate> d = Dates.iso(day);
        if (d.isEmpty()) {
            stats.warn(location, "unreadable " + field + " '" + text + "'");
        }
        return d.orElse(null);
    }

    private static List<ListedEntity> assignIds(List<Parsed> parsed) throws ListFormatException {
        Map<String, Integer> references = new HashMap<>();
        for (Parsed p : parsed) {
            if (p.reference() != null) {
                references.merge(p.reference(), 1, Integer::sum);
            }
        }
        List<ListedEntity> out = new ArrayList<>(parsed.size());
        Set<String> seen = new HashSet<>();
        for (Parsed p : parsed) {
            ListedEntity e = p.entity();
            boolean unique = p.reference() != null && references.get(p.reference()) == 1;
            String id = unique ? p.reference() : p.dataId();
            if (!seen.add(id)) {
                throw new ListFormatException("two records share the id " + id, p.location());
            }
            out.add(id.equals(e.sourceId()) ? e : new ListedEntity(e.source(), id, e.type(), e.names(),
                    e.birthDates(), e.placesOfBirth(), e.nationalities(), e.citizenships(), e.gender(), e.addresses(),
                    e.identifiers(), e.programs(), e.listedOn(), e.remarks(), e.links(), e.sourceRecord()));
        }
        return out;
    }
}
