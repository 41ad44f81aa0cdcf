package io.tollgate.screening.domain.list.custom;

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
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.support.CsvHeader;
import io.tollgate.screening.domain.list.support.Dates;
import io.tollgate.screening.domain.list.support.DelimitedReader;
import io.tollgate.screening.domain.list.support.ListFileChooser;
import io.tollgate.screening.domain.list.support.ParseStatisticsBuilder;
import io.tollgate.screening.domain.list.support.Scripts;
import io.tollgate.screening.domain.list.support.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * Parses a bank's own watch list in the Tollgate custom CSV layout ({@code docs/custom-list-format.md}): a
 * header row with {@code id,type,name,aliases,birth_date,countries,identifiers,programs,remarks}, one row per
 * entity, several values in a cell separated by {@code |}. Being our own format it is strict: anything it cannot
 * read exactly (an unknown type, date, country or identifier type, a repeated id) fails with its line.
 */
public final class CustomCsvParser implements ListParser {

    /** The format name recorded with each version. */
    public static final String FORMAT = "custom-csv";
    /** The header columns, all required, in any order. */
    public static final List<String> COLUMNS = List.of("id", "type", "name", "aliases", "birth_date", "countries",
            "identifiers", "programs", "remarks");

    private static final Pattern MULTI = Pattern.compile("\\|");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?)\\.\\.(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?)");
    private static final Pattern IDENTIFIER =
            Pattern.compile("([A-Za-z_]+)(?:\\(([^()]*)\\))?(?:@([A-Za-z]{2}))?:(.+)");
    private static final String WEAK = "~";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        return ListFileChooser.first(files, CustomCsvParser::looksLikeCustom).isPresent();
    }

    private static boolean looksLikeCustom(byte[] head) {
        String text = ListFileChooser.headText(head);
        int eol = text.indexOf('\n');
        String first = (eol < 0 ? text : text.substring(0, eol)).toLowerCase(Locale.ROOT);
        Set<String> names = new HashSet<>();
        Arrays.stream(first.split(",")).map(s -> s.replace("\"", "").trim()).forEach(names::add);
        return names.containsAll(COLUMNS);
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String file = ListFileChooser.choose(files, CustomCsvParser::looksLikeCustom, "a custom watch-list CSV");
        ParseStatisticsBuilder stats = new ParseStatisticsBuilder();
        List<ListedEntity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (InputStream in = files.open(file);
             DelimitedReader reader = new DelimitedReader(file, in, CSVFormat.RFC4180)) {
            DelimitedReader.Row headerRow = reader.next().orElseThrow(
                    () -> new ListFormatException("the file is empty: a header row is required", file + " line 1"));
            CsvHeader h = new CsvHeader(headerRow);
            h.require(file, COLUMNS.toArray(String[]::new));
            if (h.size() > COLUMNS.size()) {
                stats.warn(file + " line 1", (h.size() - COLUMNS.size()) + " extra column(s) ignored");
            }
            reader.forEachDataRow(h, stats, (row, location) -> {
                ListedEntity e = map(source, file, h, row, location);
                if (!ids.add(e.sourceId())) {
                    throw new ListFormatException("id " + e.sourceId() + " is used by an earlier row", location);
                }
                entities.add(e);
            });
        } catch (IOException e) {
            throw new ListFormatException("cannot read the file: " + e.getMessage(), file, e);
        }
        return new ParsedList(FORMAT, entities, stats.build(entities));
    }

    private ListedEntity map(String source, String file, CsvHeader h, DelimitedReader.Row row, String location)
            throws ListFormatException {
        String id = h.get(row, "id");
        if (id == null) {
            throw new ListFormatException("id is required", location);
        }
        String name = h.get(row, "name");
        if (name == null) {
            throw new ListFormatException("name is required", location);
        }
        EntityType type = type(h.get(row, "type"), location);
        ListedEntityBuilder b = new ListedEntityBuilder(source, id).type(type)
                .sourceRecord(new SourceRecordRef(file, row.line(), "id=" + id));
        b.name(new ListedName(name, NameKind.PRIMARY, NameQuality.STRONG, Scripts.detect(name), null, null, null));
        for (String alias : Texts.split(h.get(row, "aliases"), MULTI)) {
            boolean weak = alias.startsWith(WEAK);
            String a = weak ? Texts.clean(alias.substring(1)) : alias;
            if (a != null) {
                NameKind kind = Scripts.isNonLatin(a) ? NameKind.ORIGINAL_SCRIPT : NameKind.ALIAS;
                b.name(new ListedName(a, kind, weak ? NameQuality.WEAK : NameQuality.STRONG, Scripts.detect(a), null,
                        null, null));
            }
        }
        for (String date : Texts.split(h.get(row, "birth_date"), MULTI)) {
            b.birthDate(birthDate(date, location));
        }
        for (String country : Texts.split(h.get(row, "countries"), MULTI)) {
            String code = Countries.code(country).orElseThrow(() -> new ListFormatException(
                    "unknown country '" + country + "': use an ISO 3166 alpha-2 code", location));
            if (type == EntityType.PERSON) {
                b.nationality(code);
            } else {
                // for a company, vessel or aircraft the country is where it is registered or based
                b.address(new Address(null, null, null, null, country, code));
            }
        }
        for (String identifier : Texts.split(h.get(row, "identifiers"), MULTI)) {
            b.identifier(identifier(identifier, location));
        }
        Texts.split(h.get(row, "programs"), MULTI).forEach(b::program);
        b.remarks(h.get(row, "remarks"));
        return b.build();
    }

    private static EntityType type(String text, String location) throws ListFormatException {
        if (text == null) {
            return EntityType.UNKNOWN;
        }
        try {
            return EntityType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ListFormatException("unknown type '" + text
                    + "': use person, organization, vessel, aircraft or unknown", location);
        }
    }

    /** {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or a range {@code YYYY..YYYY}, {@code ~} for approximate. */
    private static BirthDate birthDate(String text, String location) throws ListFormatException {
        boolean approximate = text.startsWith(WEAK);
        String t = approximate ? text.substring(1).trim() : text;
        Matcher range = RANGE.matcher(t);
        Optional<BirthDate> date;
        if (range.matches()) {
            date = Dates.iso(range.group(1)).flatMap(from -> Dates.iso(range.group(2))
                    .filter(to -> from.compareTo(to) <= 0)
                    .map(to -> new BirthDate(from, to, approximate)));
        } else {
            date = Dates.iso(t).map(d -> new BirthDate(d, d, approximate));
        }
        return date.orElseThrow(() -> new ListFormatException("unreadable birth_date '" + text
                + "': use YYYY, YYYY-MM, YYYY-MM-DD or YYYY..YYYY", location));
    }

    /**
     * {@code TYPE:value}, optionally {@code TYPE(qualifier)@CC:value}: TYPE one of {@link IdentifierType}, the
     * qualifier the label of an OTHER id or the currency of a digital-currency address, CC the issuing country.
     */
    private static Identifier identifier(String text, String location) throws ListFormatException {
        Matcher m = IDENTIFIER.matcher(text);
        if (!m.matches()) {
            throw new ListFormatException("unreadable identifier '" + text
                    + "': use TYPE:value, TYPE@CC:value or TYPE(qualifier)@CC:value", location);
        }
        IdentifierType type;
        try {
            type = IdentifierType.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ListFormatException("unknown identifier type '" + m.group(1) + "' in '" + text + "'", location);
        }
        String qualifier = Texts.clean(m.group(2));
        String country = m.group(3) == null ? null : m.group(3).toUpperCase(Locale.ROOT);
        if (country != null && !Countries.isCode(country)) {
            throw new ListFormatException("unknown country code '" + m.group(3) + "' in '" + text + "'", location);
        }
        String value = Texts.clean(m.group(4));
        if (value == null) {
            throw new ListFormatException("identifier without a value: '" + text + "'", location);
        }
        return new Identifier(type, value, country, qualifier);
    }
}
