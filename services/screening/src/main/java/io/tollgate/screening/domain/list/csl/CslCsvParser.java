package io.tollgate.screening.domain.list.csl;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.Countries;
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
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.Place;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.support.CsvHeader;
import io.tollgate.screening.domain.list.support.Dates;
import io.tollgate.screening.domain.list.support.DelimitedReader;
import io.tollgate.screening.domain.list.support.IsoCountryCodes;
import io.tollgate.screening.domain.list.support.ListFileChooser;
import io.tollgate.screening.domain.list.support.ParseStatisticsBuilder;
import io.tollgate.screening.domain.list.support.ReferenceTable;
import io.tollgate.screening.domain.list.support.Scripts;
import io.tollgate.screening.domain.list.support.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * Parses the US Consolidated Screening List CSV (trade.gov: 13 export-control and sanctions lists in one file).
 * The source id is {@code _id}. One party on several sub-lists (an SDN that is also on the SSI and CAP lists)
 * comes as one row per sub-list with the same {@code _id}; those rows are merged into one entity whose programs
 * include each sub-list's short name ({@code SDN}, {@code SSI}, {@code EL}, …).
 */
public final class CslCsvParser implements ListParser {

    /** The format name recorded with each version. */
    public static final String FORMAT = "us-csl-csv";

    private static final String[] REQUIRED = {"_id", "source", "entity_number", "type", "programs", "name",
        "addresses", "start_date", "remarks", "alt_names", "citizenships", "dates_of_birth", "nationalities",
        "places_of_birth", "ids"};
    private static final Pattern LIST = Pattern.compile(";");
    private static final Pattern PARTS = Pattern.compile(",");
    private static final Pattern LINKED_TO = Pattern.compile("\\(Linked To: ([^)]+)\\)");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DIGITAL_CURRENCY = Pattern.compile("Digital Currency Address - (\\w+)");
    private static final Pattern IMO = Pattern.compile("(?i)IMO\\s*(\\d{7})");
    private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}\\d{2}");
    private static final ReferenceTable ID_TYPES = ReferenceTable.load("csl-id-types.tsv");
    private static final ReferenceTable SOURCES = ReferenceTable.load("csl-sources.tsv");
    private static final ReferenceTable TYPES = ReferenceTable.load("csl-entity-types.tsv");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        return ListFileChooser.first(files, CslCsvParser::looksLikeCsl).isPresent();
    }

    private static boolean looksLikeCsl(byte[] head) {
        String text = ListFileChooser.headText(head);
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        return first.startsWith("_id,") && first.contains(",source,") && first.contains(",alt_names,");
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String file = ListFileChooser.choose(files, CslCsvParser::looksLikeCsl, "a US Consolidated Screening List CSV");
        ParseStatisticsBuilder stats = new ParseStatisticsBuilder();
        Map<String, ListedEntityBuilder> byId = new LinkedHashMap<>();
        try (InputStream in = files.open(file);
             DelimitedReader reader = new DelimitedReader(file, in, CSVFormat.RFC4180)) {
            CsvHeader header = new CsvHeader(reader.next().orElseThrow(
                    () -> new ListFormatException("the file is empty", file + " line 1")));
            header.require(file, REQUIRED);
            reader.forEachDataRow(header, stats, (row, location) -> {
                String id = header.get(row, "_id");
                if (id == null) {
                    throw new ListFormatException("row has no _id", location);
                }
                ListedEntityBuilder b = byId.computeIfAbsent(id, k -> new ListedEntityBuilder(source, k)
                        .sourceRecord(new SourceRecordRef(file, row.line(), "_id=" + k)));
                map(b, header, row, location, stats);
                if (!b.hasNames()) {
                    throw new ListFormatException("row has no name", location);
                }
            });
        } catch (IOException e) {
            throw new ListFormatException("cannot read the file: " + e.getMessage(), file, e);
        }
        List<ListedEntity> entities = new ArrayList<>(byId.size());
        byId.values().forEach(b -> entities.add(b.build()));
        return new ParsedList(FORMAT, entities, stats.build(entities));
    }

    private void map(ListedEntityBuilder b, CsvHeader h, DelimitedReader.Row row, String location,
                     ParseStatisticsBuilder stats) {
        String type = h.get(row, "type");
        if (type != null) {
            Optional<String> t = TYPES.get(type);
            if (t.isEmpty()) {
                stats.warn(location, "unknown type '" + type + "'");
            } else if (b.type() == EntityType.UNKNOWN) {
                b.type(EntityType.valueOf(t.get()));
            }
        }
        b.name(ListedName.primary(h.get(row, "name")));
        for (String listed : Texts.split(h.get(row, "alt_names"), LIST)) {
            // Entity List aliases keep the "and" of the Federal Register sentence ("…; and JSC 140 Repair Plant")
            String alt = listed.startsWith("and ") ? listed.substring(4) : listed;
            b.name(new ListedName(alt, NameKind.ALIAS, NameQuality.STRONG, Scripts.detect(alt), null, null, null));
        }
        String sourceList = h.get(row, "source");
        b.program(SOURCES.get(sourceList).orElseGet(() -> {
            stats.warn(location, "unknown sub-list '" + sourceList + "'");
            return sourceList;
        }));
        Texts.split(h.get(row, "programs"), LIST).forEach(b::program);
        for (String dob : Texts.split(h.get(row, "dates_of_birth"), LIST)) {
            Dates.birthDate(dob).ifPresentOrElse(b::birthDate,
                    () -> stats.warn(location, "unreadable date of birth '" + dob + "'"));
        }
        for (String pob : Texts.split(h.get(row, "places_of_birth"), LIST)) {
            List<String> parts = Texts.split(pob, PARTS);
            b.placeOfBirth(new Place(pob, Countries.code(parts.get(parts.size() - 1)).orElse(null)));
        }
        Texts.split(h.get(row, "nationalities"), LIST).forEach(n -> b.nationality(Countries.codeOrText(n)));
        Texts.split(h.get(row, "citizenships"), LIST).forEach(c -> b.citizenship(Countries.codeOrText(c)));
        for (String address : Texts.split(h.get(row, "addresses"), LIST)) {
            b.address(address(address));
        }
        for (String packed : Texts.split(h.get(row, "ids"), LIST)) {
            identifier(b, packed, location, stats);
        }
        String callSign = h.get(row, "call_sign");
        if (callSign != null) {
            b.identifier(new Identifier(IdentifierType.CALL_SIGN, callSign, null, null));
        }
        String owner = h.get(row, "vessel_owner");
        if (owner != null) {
            b.link(new EntityLink("Vessel owner", owner, null));
        }
        String remarks = h.get(row, "remarks");
        if (remarks != null) {
            b.remarks(remarks);
            Matcher m = LINKED_TO.matcher(remarks);
            while (m.find()) {
                b.link(new EntityLink("Linked To", m.group(1).trim(), null));
            }
        }
        String start = h.get(row, "start_date");
        if (start != null) {
            Dates.iso(start).ifPresentOrElse(b::listedOn,
                    () -> stats.warn(location, "unreadable start_date '" + start + "'"));
        }
    }

    /**
     * One packed address: the CSV joins street, city, state, postal code and country with commas and drops the
     * empty ones, so only the trailing country code can be told apart; the rest stays together as the street.
     */
    private static Address address(String packed) {
        List<String> parts = Texts.split(packed, PARTS);
        if (parts.isEmpty()) {
            return null; // only commas: nothing to keep
        }
        String last = parts.get(parts.size() - 1);
        if (IsoCountryCodes.isCode(last)) {
            String rest = parts.size() > 1 ? String.join(", ", parts.subList(0, parts.size() - 1)) : null;
            return new Address(rest, null, null, null, last, last.toUpperCase(Locale.ROOT));
        }
        return new Address(String.join(", ", parts), null, null, null, null, null);
    }

    /**
     * One packed id: {@code [country, ][dates, ]number, label}, e.g. {@code JO, 2014-08-30, K475336, Passport}.
     * The label says what it is; a leading ISO country code is the issuer; ISO dates are issue/expiry dates.
     */
    private void identifier(ListedEntityBuilder b, String packed, String location, ParseStatisticsBuilder stats) {
        int comma = packed.lastIndexOf(',');
        if (comma < 0) {
            stats.warn(location, "id without a label '" + packed + "'");
            return;
        }
        String label = Texts.clean(packed.substring(comma + 1));
        List<String> parts = new ArrayList<>(Texts.split(packed.substring(0, comma), PARTS));
        if (label == null || parts.isEmpty()) {
            stats.warn(location, "id without a value '" + packed + "'");
            return;
        }
        Matcher currency = DIGITAL_CURRENCY.matcher(label);
        String mapped;
        String qualifier = null;
        if (currency.matches()) {
            mapped = IdentifierType.DIGITAL_CURRENCY_ADDRESS.name();
            qualifier = currency.group(1);
        } else {
            Optional<String> known = ID_TYPES.get(label);
            if (known.isEmpty()) {
                stats.warn(location, "unknown id label '" + label + "' kept as OTHER");
            }
            mapped = known.orElse(IdentifierType.OTHER.name());
        }
        if (mapped.equals("-")) {
            return;
        }
        String country = null;
        if (parts.size() > 1 && parts.get(0).length() == 2 && IsoCountryCodes.isCode(parts.get(0))) {
            country = parts.remove(0).toUpperCase(Locale.ROOT);
        }
        if (parts.size() > 1) {
            parts.removeIf(p -> ISO_DAY.matcher(p).matches());
        }
        String value = parts.isEmpty() ? null : String.join(", ", parts);
        if (value == null) {
            return;
        }
        if (mapped.equals("GENDER")) {
            b.gender(value);
            return;
        }
        IdentifierType type = IdentifierType.valueOf(mapped);
        if (type == IdentifierType.IMO) {
            Matcher imo = IMO.matcher(value);
            value = imo.find() ? imo.group(1) : value;
        } else if (type == IdentifierType.LEI && !LEI.matcher(value).matches()) {
            // "Legal Entity Number" is an LEI for most parties, a national register number for a few
            type = IdentifierType.REGISTRATION;
        }
        if (type == IdentifierType.OTHER) {
            qualifier = label;
        }
        b.identifier(new Identifier(type, value, country, qualifier));
    }
}
