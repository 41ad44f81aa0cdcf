package io.tollgate.screening.domain.list.uk;

import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.support.CsvHeader;
import io.tollgate.screening.domain.list.support.DelimitedReader;
import io.tollgate.screening.domain.list.support.ListFileChooser;
import io.tollgate.screening.domain.list.support.ParseStatisticsBuilder;
import io.tollgate.screening.domain.list.support.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * Parses the UK Sanctions List (FCDO) in its published CSV layout: an optional "Report Date:" line, a header
 * row, then one row per name, the rows of one designation sharing its Unique ID (the source id). Columns are
 * found by header name, so their order does not matter. A cell holding several values (D.O.B, nationalities,
 * passports, …) may separate them with {@code |} or line breaks.
 */
public final class UkCsvParser implements ListParser {

    /** The format name recorded with each version. */
    public static final String FORMAT = "uk-csv";

    private static final Pattern MULTI = Pattern.compile("[|\\r\\n]+");
    private static final String[] REQUIRED = {"Unique ID", "Name 6", "Name type", "Regime Name"};

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        return ListFileChooser.first(files, UkCsvParser::looksLikeUkCsv).isPresent();
    }

    private static boolean looksLikeUkCsv(byte[] head) {
        String text = ListFileChooser.headText(head);
        String[] lines = text.split("\r?\n", 3);
        String header = lines[0].regionMatches(true, 0, "Report Date", 0, 11) && lines.length > 1 ? lines[1] : lines[0];
        return header.contains("Unique ID") && header.contains("Name 6") && header.contains(",");
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String file = ListFileChooser.choose(files, UkCsvParser::looksLikeUkCsv, "a UK Sanctions List CSV");
        ParseStatisticsBuilder stats = new ParseStatisticsBuilder();
        Map<String, UkDesignation> byId = new LinkedHashMap<>();
        try (InputStream in = files.open(file);
             DelimitedReader reader = new DelimitedReader(file, in, CSVFormat.RFC4180)) {
            DelimitedReader.Row first = reader.next().orElseThrow(
                    () -> new ListFormatException("the file is empty", file + " line 1"));
            if (first.get(0) != null && first.get(0).toLowerCase(Locale.ROOT).startsWith("report date")) {
                first = reader.next().orElseThrow(
                        () -> new ListFormatException("no header row after the report date", file + " line 2"));
            }
            CsvHeader h = new CsvHeader(first);
            h.require(file, REQUIRED);
            reader.forEachDataRow(h, stats, (row, location) -> {
                String id = h.get(row, "Unique ID");
                if (id == null) {
                    throw new ListFormatException("row has no Unique ID", location);
                }
                UkDesignation d = byId.computeIfAbsent(id, k -> new UkDesignation(source, k,
                        new SourceRecordRef(file, row.line(), "Unique ID=" + k), location, stats));
                d.at(location);
                map(d, h, row);
            });
        } catch (IOException e) {
            throw new ListFormatException("cannot read the file: " + e.getMessage(), file, e);
        }
        List<ListedEntity> entities = new ArrayList<>(byId.size());
        for (UkDesignation d : byId.values()) {
            if (!d.hasNames()) {
                throw new ListFormatException("designation has no name", d.firstLocation());
            }
            entities.add(d.build());
        }
        return new ParsedList(FORMAT, entities, stats.build(entities));
    }

    private static void map(UkDesignation d, CsvHeader h, DelimitedReader.Row row) {
        // the type first: names are split into given and family names only for individuals
        d.type(first(h, row, "Designation Type", "Individual, Entity, Ship", "Type"));
        d.name(List.of(nz(h.get(row, "Name 1")), nz(h.get(row, "Name 2")), nz(h.get(row, "Name 3")),
                nz(h.get(row, "Name 4")), nz(h.get(row, "Name 5"))), h.get(row, "Name 6"), h.get(row, "Name type"),
                h.get(row, "Alias strength"));
        d.nonLatinName(h.get(row, "Name non-latin script"));
        d.regime(h.get(row, "Regime Name"));
        d.otherInformation(h.get(row, "Other Information"));
        d.statementOfReasons(h.get(row, "UK Statement of Reasons"));
        d.dateDesignated(h.get(row, "Date Designated"));
        multi(h, row, "D.O.B").forEach(d::dateOfBirth);
        multi(h, row, "Nationality(/ies)", "Nationality", "Nationalities").forEach(d::nationality);
        d.gender(h.get(row, "Gender"));
        d.placeOfBirth(h.get(row, "Town of birth"), h.get(row, "Country of birth"));
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            lines.add(h.get(row, "Address Line " + i));
        }
        d.address(lines, h.get(row, "Address Postal Code"), h.get(row, "Address Country"));
        paired(h, row, "Passport number", "Passport additional information", d::passport);
        paired(h, row, "National Identifier number", "National Identifier additional information", d::nationalId);
        multi(h, row, "Business registration number (s)", "Business registration numbers")
                .forEach(d::businessRegistration);
        multi(h, row, "IMO number").forEach(d::imo);
        multi(h, row, "Hull identification number (HIN)").forEach(d::hullIdentificationNumber);
        multi(h, row, "Current owner/operator (s)").forEach(o -> d.link("Current owner/operator", o));
        multi(h, row, "Previous owner/operator (s)").forEach(o -> d.link("Previous owner/operator", o));
        multi(h, row, "Parent company").forEach(p -> d.link("Parent company", p));
        multi(h, row, "Subsidiaries").forEach(s -> d.link("Subsidiary", s));
    }

    /** Numbers and their notes in two columns: paired one to one, or one note for all numbers. */
    private static void paired(CsvHeader h, DelimitedReader.Row row, String numbers, String notes,
                               java.util.function.BiConsumer<String, String> sink) {
        List<String> n = multi(h, row, numbers);
        List<String> i = multi(h, row, notes);
        for (int k = 0; k < n.size(); k++) {
            String note = i.size() == n.size() ? i.get(k) : i.size() == 1 ? i.get(0) : null;
            sink.accept(n.get(k), note);
        }
    }

    private static List<String> multi(CsvHeader h, DelimitedReader.Row row, String... names) {
        for (String name : names) {
            if (h.has(name)) {
                return Texts.split(row.values().get(h.column(name)), MULTI);
            }
        }
        return List.of();
    }

    private static String first(CsvHeader h, DelimitedReader.Row row, String... names) {
        for (String name : names) {
            String v = h.get(row, name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
