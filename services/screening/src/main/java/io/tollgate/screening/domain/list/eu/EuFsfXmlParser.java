package io.tollgate.screening.domain.list.eu;

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the EU Financial Sanctions Files XML ({@code export/sanctionEntity}, namespace
 * {@code http://eu.europa.ec/fpi/fsd/export}). The source id is the entity's {@code logicalId} (the FSF's own
 * key; {@code euReferenceNumber} when it is missing). The FSF has no primary-name flag: the first strong
 * Latin-script name is taken as primary, other names are aliases, non-Latin ones original-script names.
 */
public final class EuFsfXmlParser implements ListParser {

    /** The format name recorded with each version. */
    public static final String FORMAT = "eu-fsf-xml";
    /** The FSF export namespace. */
    public static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";

    private static final String ROOT = "export";
    private static final String UNKNOWN_COUNTRY = "00";
    private static final ReferenceTable ID_TYPES = ReferenceTable.load("eu-identification-types.tsv");
    private static final ReferenceTable SUBJECT_TYPES = ReferenceTable.load("eu-subject-types.tsv");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        return ListFileChooser.first(files, EuFsfXmlParser::looksLikeFsf).isPresent();
    }

    private static boolean looksLikeFsf(byte[] head) {
        return XmlRecordReader.root(head).map(r -> NAMESPACE.equals(r[0]) && ROOT.equals(r[1])).orElse(false);
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String file = ListFileChooser.choose(files, EuFsfXmlParser::looksLikeFsf, "an EU Financial Sanctions Files XML");
        ParseStatisticsBuilder stats = new ParseStatisticsBuilder();
        List<ListedEntity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (InputStream in = files.open(file); XmlRecordReader reader = new XmlRecordReader(file, in)) {
            if (!ROOT.equals(reader.rootName()) || !NAMESPACE.equals(reader.rootNamespace())) {
                throw new ListFormatException("root element is <" + reader.rootName() + "> in namespace '"
                        + reader.rootNamespace() + "', expected <export> in " + NAMESPACE
                        + ": not an EU Financial Sanctions Files export", file + " line 1");
            }
            Optional<XmlNode> next;
            while ((next = reader.next(Set.of("sanctionEntity"))).isPresent()) {
                stats.recordRead();
                ListedEntity e = map(source, file, next.get(), stats);
                if (!ids.add(e.sourceId())) {
                    throw new ListFormatException("two sanctionEntity elements share the id " + e.sourceId(),
                            file + " line " + next.get().line());
                }
                entities.add(e);
            }
            reader.finish();
        } catch (IOException e) {
            throw new ListFormatException("cannot read the file: " + e.getMessage(), file, e);
        }
        return new ParsedList(FORMAT, entities, stats.build(entities));
    }

    private ListedEntity map(String source, String file, XmlNode r, ParseStatisticsBuilder stats)
            throws ListFormatException {
        String id = Optional.ofNullable(r.attr("logicalId")).orElse(r.attr("euReferenceNumber"));
        String element = "sanctionEntity[logicalId=" + (id == null ? "?" : id) + "]";
        String location = file + " line " + r.line() + " " + element;
        if (id == null) {
            throw new ListFormatException("sanctionEntity has neither logicalId nor euReferenceNumber", location);
        }
        ListedEntityBuilder b = new ListedEntityBuilder(source, id)
                .sourceRecord(new SourceRecordRef(file, r.line(), element));
        String subject = r.child("subjectType").map(s -> s.attr("code")).orElse(null);
        Optional<String> type = SUBJECT_TYPES.get(subject);
        if (type.isEmpty()) {
            stats.warn(location, "unknown subjectType '" + subject + "'");
        }
        b.type(EntityType.valueOf(type.orElse("UNKNOWN")));

        names(b, r.children("nameAlias"), location, stats);
        if (!b.hasNames()) {
            throw new ListFormatException("sanctionEntity has no name", location);
        }
        for (XmlNode birth : r.children("birthdate")) {
            birth(b, birth, location, stats);
        }
        for (XmlNode c : r.children("citizenship")) {
            b.citizenship(country(c).orElse(countryName(c)));
        }
        for (XmlNode id2 : r.children("identification")) {
            identification(b, id2, location, stats);
        }
        for (XmlNode a : r.children("address")) {
            String poBox = a.attr("poBox");
            Address address = new Address(Texts.join(", ", a.attr("street"), poBox == null ? null : "P.O. Box " + poBox,
                    a.attr("place")), a.attr("city"), a.attr("region"), a.attr("zipCode"), countryName(a),
                    country(a).orElse(null));
            if (Texts.join(" ", address.street(), address.city(), address.region(), address.postalCode(),
                    address.country()) != null) {
                b.address(address);
            }
        }
        PartialDate earliestRegulation = null;
        for (XmlNode reg : r.children("regulation")) {
            b.program(reg.attr("programme"));
            Optional<PartialDate> published = Dates.iso(reg.attr("publicationDate"));
            if (published.isPresent() && (earliestRegulation == null
                    || published.get().compareTo(earliestRegulation) < 0)) {
                earliestRegulation = published.get();
            }
        }
        // designationDate is the listing date when given; otherwise the earliest regulation naming the entity
        b.listedOn(Dates.iso(r.attr("designationDate")).orElse(earliestRegulation));
        b.remarks(r.children("remark").stream().map(XmlNode::value).filter(v -> v != null)
                .reduce((x, y) -> x + "\n" + y).orElse(null));
        return b.build();
    }

    private void names(ListedEntityBuilder b, List<XmlNode> aliases, String location, ParseStatisticsBuilder stats) {
        // the primary is the first strong Latin name; weak or non-Latin names never lead
        Optional<XmlNode> primary = aliases.stream()
                .filter(n -> wholeName(n) != null && !weak(n) && !Scripts.isNonLatin(wholeName(n))).findFirst();
        for (XmlNode n : aliases) {
            String whole = wholeName(n);
            if (whole == null) {
                continue;
            }
            String script = Scripts.detect(whole);
            NameKind kind;
            if (primary.isPresent() && primary.get() == n) {
                kind = NameKind.PRIMARY;
            } else if (Scripts.isNonLatin(whole)) {
                kind = NameKind.ORIGINAL_SCRIPT;
            } else {
                kind = NameKind.ALIAS;
            }
            b.name(new ListedName(whole, kind, weak(n) ? NameQuality.WEAK : NameQuality.STRONG, script,
                    n.attr("firstName"), n.attr("lastName"), n.attr("middleName")));
            String gender = n.attr("gender");
            if (gender != null) {
                switch (gender.toUpperCase(Locale.ROOT)) {
                    case "M" -> b.gender("male");
                    case "F" -> b.gender("female");
                    default -> stats.warn(location, "unknown gender '" + gender + "'");
                }
            }
        }
        if (primary.isEmpty() && !aliases.isEmpty()) {
            stats.warn(location, "no strong Latin-script name: the first name leads");
        }
    }

    private static String wholeName(XmlNode n) {
        String whole = n.attr("wholeName");
        return whole != null ? whole : Texts.join(" ", n.attr("firstName"), n.attr("middleName"), n.attr("lastName"));
    }

    private static boolean weak(XmlNode n) {
        if ("false".equalsIgnoreCase(n.attr("strong"))) {
            return true;
        }
        // older entries flag weak aliases only in a remark ("low quality alias")
        return n.children("remark").stream().map(XmlNode::value)
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains("low quality"));
    }

    private void birth(ListedEntityBuilder b, XmlNode birth, String location, ParseStatisticsBuilder stats) {
        boolean circa = "true".equalsIgnoreCase(birth.attr("circa"));
        Optional<BirthDate> date = birthDate(birth);
        if (date.isPresent()) {
            BirthDate d = date.get();
            b.birthDate(new BirthDate(d.from(), d.to(), circa || d.approximate()));
        } else if (birth.attr("birthdate") != null || birth.attr("year") != null
                || birth.attr("yearRangeFrom") != null) {
            stats.warn(location, "unreadable birthdate '" + Texts.join(" ", birth.attr("birthdate"),
                    birth.attr("calendarType"), birth.attr("year"), birth.attr("yearRangeFrom"),
                    birth.attr("yearRangeTo")) + "'");
        }
        String text = Texts.join(", ", place(birth.attr("place")), place(birth.attr("city")),
                place(birth.attr("region")), countryName(birth));
        if (text != null) {
            b.placeOfBirth(new Place(text, country(birth).orElse(null)));
        }
    }

    /**
     * The date of birth of a {@code birthdate} element: the Gregorian {@code birthdate} attribute when given (for an
     * ISLAMIC {@code calendarType} the FSF gives the converted date there and the Hijri parts in year/month/day);
     * else the parts, converted from the Hijri calendar when they are Hijri; else {@code yearRangeFrom}..{@code To}.
     */
    static Optional<BirthDate> birthDate(XmlNode birth) {
        Optional<PartialDate> date = Dates.iso(birth.attr("birthdate"));
        if (date.isEmpty() && birth.attr("year") != null) {
            // FSF 1.1 names the parts monthOfYear/dayOfMonth; older exports month/day
            String month = Optional.ofNullable(birth.attr("monthOfYear")).orElse(birth.attr("month"));
            String day = Optional.ofNullable(birth.attr("dayOfMonth")).orElse(birth.attr("day"));
            if ("ISLAMIC".equalsIgnoreCase(birth.attr("calendarType"))) {
                return HijriDates.toGregorian(birth.attr("year"), month, day);
            }
            String iso = birth.attr("year") + (month == null ? "" : "-" + month + (day == null ? "" : "-" + day));
            date = Dates.iso(iso).or(() -> Dates.iso(birth.attr("year")));
        }
        if (date.isPresent()) {
            return date.map(BirthDate::of);
        }
        Optional<PartialDate> from = Dates.iso(birth.attr("yearRangeFrom"));
        Optional<PartialDate> to = Dates.iso(birth.attr("yearRangeTo"));
        if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) <= 0) {
            return Optional.of(new BirthDate(from.get(), to.get(), false));
        }
        return from.or(() -> to).map(BirthDate::of);
    }

    /** The FSF writes "-" for a place it does not know. */
    private static String place(String text) {
        String t = Texts.clean(text);
        return t == null || t.equals("-") ? null : t;
    }

    private void identification(ListedEntityBuilder b, XmlNode n, String location, ParseStatisticsBuilder stats) {
        String number = Optional.ofNullable(n.attr("number")).orElse(n.attr("latinNumber"));
        if (number == null) {
            return;
        }
        String code = n.attr("identificationTypeCode");
        Optional<String> mapped = ID_TYPES.get(code);
        if (mapped.isEmpty()) {
            stats.warn(location, "unknown identificationTypeCode '" + code + "' kept as OTHER");
        }
        IdentifierType type = IdentifierType.valueOf(mapped.orElse("OTHER"));
        String qualifier = type == IdentifierType.OTHER
                ? Optional.ofNullable(n.attr("identificationTypeDescription")).orElse(code) : null;
        String value = type == IdentifierType.IMO ? number.replaceFirst("(?i)^IMO\\s*", "") : number;
        b.identifier(new Identifier(type, value, country(n).orElse(null), qualifier));
        String latin = n.attr("latinNumber");
        if (latin != null && !latin.equals(number)) {
            // a number published in another script also has a Latin transcription: both can be presented
            b.identifier(new Identifier(type, latin, country(n).orElse(null), qualifier));
        }
    }

    /** The ISO code of an element's country, unless the FSF marks it unknown ("00"). */
    private static Optional<String> country(XmlNode n) {
        String code = n.attr("countryIso2Code");
        if (code != null && !code.equals(UNKNOWN_COUNTRY) && Countries.isCode(code)) {
            return Optional.of(code.toUpperCase(Locale.ROOT));
        }
        return Countries.code(countryName(n));
    }

    private static String countryName(XmlNode n) {
        String d = n.attr("countryDescription");
        return d == null || d.equalsIgnoreCase("UNKNOWN") ? null : d;
    }
}
