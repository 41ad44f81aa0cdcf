package io.tollgate.reporting.domain.fx;

import io.tollgate.reporting.domain.InvalidInputException;
import io.tollgate.reporting.domain.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Daily reference rates in the layout of the ECB's euro foreign-exchange reference-rate files
 * ({@code eurofxref-hist.csv}, {@code eurofxref.csv}): a header {@code Date,USD,JPY,…}, then one line per day with
 * the units of each currency that one euro buys; {@code N/A} or an empty cell means no rate that day. Any ISO 4217
 * column may appear. See {@code docs/fx-rates.md}.
 */
public record ReferenceRates(NavigableMap<LocalDate, Map<String, BigDecimal>> byDate) {

    /** The base currency every rate is quoted against. */
    public static final String BASE = "EUR";
    /** Who publishes this layout, unless the importer names another source. */
    public static final String ECB = "ECB";
    private static final int MAX_REPORTED = RateValues.MAX_REPORTED;
    private static final Pattern CODE = RateValues.CURRENCY;
    private static final DateTimeFormatter DAILY_FILE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public ReferenceRates {
        TreeMap<LocalDate, Map<String, BigDecimal>> copy = new TreeMap<>();
        byDate.forEach((d, rates) -> copy.put(d, Collections.unmodifiableMap(new TreeMap<>(rates))));
        byDate = Collections.unmodifiableNavigableMap(copy);
    }

    /** Every currency with at least one rate, sorted. */
    public List<String> currencies() {
        TreeSet<String> codes = new TreeSet<>();
        byDate.values().forEach(m -> codes.addAll(m.keySet()));
        return List.copyOf(codes);
    }

    /** How many rates the file holds. */
    public int rateCount() {
        return byDate.values().stream().mapToInt(Map::size).sum();
    }

    /** The rates as quotes of {@code source}: one euro is worth {@code rate} units of each currency. */
    public List<RateQuote> quotes(String source) {
        List<RateQuote> quotes = new ArrayList<>();
        byDate.forEach((day, rates) -> rates.forEach((code, rate) -> quotes.add(new RateQuote(day, source, BASE, code,
                rate))));
        return quotes;
    }

    /**
     * Reads a rate file. Every problem is reported with its line (up to 20), and a file with any problem is refused
     * whole: a half-read file would leave some days converted with rates nobody checked.
     */
    public static ReferenceRates parse(byte[] file) {
        return parse(RateText.utf8(file));
    }

    /** Reads a rate file's text (see {@link #parse(byte[])}). */
    static ReferenceRates parse(String text) {
        List<Violation> problems = new ArrayList<>();
        TreeMap<LocalDate, Map<String, BigDecimal>> rates = new TreeMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .get();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = null;
            for (CSVRecord record : csv) {
                long line = csv.getCurrentLineNumber();
                if (problems.size() >= MAX_REPORTED) {
                    break;
                }
                List<String> cells = trimTrailingEmpty(record.toList());
                if (columns == null) {
                    columns = header(cells, problems);
                    if (columns == null) {
                        break;
                    }
                    continue;
                }
                readDay(line, cells, columns, rates, problems);
            }
            if (columns == null && problems.isEmpty()) {
                problems.add(new Violation("line 1", "the file is empty: expected a header Date,USD,JPY,…"));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new Violation("file", "is not readable as CSV: " + e.getMessage()));
        }
        if (problems.isEmpty() && rates.values().stream().allMatch(Map::isEmpty)) {
            problems.add(new Violation("file", "holds no rate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The rate file cannot be imported: " + problems.get(0).field() + " "
                    + problems.get(0).message() + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                    + " more)" : ""), problems);
        }
        rates.values().removeIf(Map::isEmpty);
        return new ReferenceRates(rates);
    }

    private static List<String> header(List<String> cells, List<Violation> problems) {
        if (cells.isEmpty() || !cells.get(0).equalsIgnoreCase("Date")) {
            problems.add(new Violation("line 1", "the header must start with Date, then the currency codes "
                    + "(the ECB reference-rate layout: Date,USD,JPY,…)"));
            return null;
        }
        List<String> columns = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            String code = cells.get(i).toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                problems.add(new Violation("line 1, column " + (i + 1), "'" + cells.get(i)
                        + "' is not an ISO 4217 currency code"));
            } else if (code.equals(BASE)) {
                problems.add(new Violation("line 1, column " + (i + 1), "rates are per 1 EUR: EUR cannot be a column"));
            } else if (columns.contains(code)) {
                problems.add(new Violation("line 1, column " + (i + 1), code + " appears twice"));
            }
            columns.add(code);
        }
        if (columns.isEmpty()) {
            problems.add(new Violation("line 1", "no currency column after Date"));
        }
        return problems.isEmpty() ? columns : null;
    }

    private static void readDay(long line, List<String> cells, List<String> columns,
                                TreeMap<LocalDate, Map<String, BigDecimal>> rates, List<Violation> problems) {
        String where = "line " + line;
        if (cells.size() > columns.size() + 1) {
            problems.add(new Violation(where, cells.size() + " cells, the header has " + (columns.size() + 1)));
            return;
        }
        LocalDate date = date(cells.get(0));
        if (date == null) {
            problems.add(new Violation(where, "'" + cells.get(0) + "' is not a date (YYYY-MM-DD or 3 May 2024)"));
            return;
        }
        if (rates.containsKey(date)) {
            problems.add(new Violation(where, date + " appears twice"));
            return;
        }
        Map<String, BigDecimal> day = new LinkedHashMap<>();
        for (int i = 1; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty() || cell.equalsIgnoreCase("N/A")) {
                continue;
            }
            String code = columns.get(i - 1);
            try {
                BigDecimal rate = new BigDecimal(cell);
                Optional<String> problem = RateValues.problem(rate, cell);
                if (problem.isPresent()) {
                    problems.add(new Violation(where + ", " + code, problem.get()));
                } else {
                    day.put(code, rate.stripTrailingZeros());
                }
            } catch (NumberFormatException e) {
                problems.add(new Violation(where + ", " + code, "'" + cell + "' is not a number"));
            }
        }
        rates.put(date, day);
    }

    private static LocalDate date(String cell) {
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(cell, DAILY_FILE_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    // the ECB files end every line with a comma
    private static List<String> trimTrailingEmpty(List<String> cells) {
        int n = cells.size();
        while (n > 1 && cells.get(n - 1).isEmpty()) {
            n--;
        }
        return cells.subList(0, n);
    }
}
