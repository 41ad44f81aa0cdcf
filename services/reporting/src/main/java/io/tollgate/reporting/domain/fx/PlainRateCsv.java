package io.tollgate.reporting.domain.fx;

import io.tollgate.reporting.domain.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The plain rate layout for any official source that publishes no file Tollgate reads as it is (the Banco Central de
 * Venezuela's bolívar rate, the Reserve Bank of India's reference rate, the People's Bank of China's central parity):
 * a header {@code date,base,quote,rate,source}, then one rate a line — on {@code date} one {@code base} is worth
 * {@code rate} {@code quote}, according to {@code source}. Lines starting with {@code #} are comments (where the
 * rates came from). See {@code docs/fx-rates.md}.
 */
public final class PlainRateCsv {

    /** The header the layout is recognised by. */
    public static final List<String> HEADER = List.of("date", "base", "quote", "rate", "source");

    private PlainRateCsv() {
    }

    /** Whether a header line (comments skipped) is this layout's. */
    static boolean isHeader(List<String> cells) {
        return cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    /** Reads the file's text; every problem is collected with its line. */
    static List<RateQuote> parse(String text, List<Violation> problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .setCommentMarker('#').get();
        Map<RateQuote.Key, RateQuote> quotes = new LinkedHashMap<>();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            boolean header = false;
            for (CSVRecord record : csv) {
                if (problems.size() >= RateValues.MAX_REPORTED) {
                    break;
                }
                String where = "line " + csv.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (!header) {
                    if (!isHeader(cells)) {
                        problems.add(new Violation(where, "the header must be date,base,quote,rate,source"));
                        return List.of();
                    }
                    header = true;
                    continue;
                }
                Optional<RateQuote> parsed = line(where, cells, problems);
                if (parsed.isEmpty()) {
                    continue;
                }
                RateQuote q = parsed.get();
                if (quotes.containsKey(q.key())) {
                    problems.add(new Violation(where, q.date() + " " + q.source() + " " + q.base() + "/" + q.quote()
                            + " appears twice"));
                } else if (quotes.containsKey(q.inverseKey())) {
                    problems.add(new Violation(where, q.date() + " " + q.source() + " quotes " + q.quote() + "/"
                            + q.base() + " already: a source quotes a pair one way round"));
                } else {
                    quotes.put(q.key(), q);
                }
            }
            if (!header && problems.isEmpty()) {
                problems.add(new Violation("line 1", "the file is empty: expected the header date,base,quote,rate,source"));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            problems.add(new Violation("file", "is not readable as CSV: " + e.getMessage()));
        }
        return List.copyOf(quotes.values());
    }

    // one line's quote, or empty with its problems added
    private static Optional<RateQuote> line(String where, List<String> cells, List<Violation> all) {
        List<Violation> problems = new ArrayList<>();
        if (cells.size() != HEADER.size()) {
            all.add(new Violation(where, cells.size() + " cells, expected " + HEADER.size()
                    + " (date,base,quote,rate,source)"));
            return Optional.empty();
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(cells.get(0));
        } catch (DateTimeParseException e) {
            problems.add(new Violation(where + ", date", "'" + cells.get(0) + "' is not a date YYYY-MM-DD"));
        }
        String base = cells.get(1).toUpperCase(Locale.ROOT);
        String quote = cells.get(2).toUpperCase(Locale.ROOT);
        for (String[] code : new String[][] {{"base", base}, {"quote", quote}}) {
            if (!RateValues.CURRENCY.matcher(code[1]).matches()) {
                problems.add(new Violation(where + ", " + code[0], "'" + code[1] + "' is not an ISO 4217 code"));
            }
        }
        if (base.equals(quote)) {
            problems.add(new Violation(where, "base and quote are both " + base));
        }
        BigDecimal rate = null;
        try {
            rate = new BigDecimal(cells.get(3));
            RateValues.problem(rate, cells.get(3)).ifPresent(p -> problems.add(new Violation(where + ", rate", p)));
        } catch (NumberFormatException e) {
            problems.add(new Violation(where + ", rate", "'" + cells.get(3) + "' is not a number (a decimal point, "
                    + "no thousands separator)"));
        }
        String source = cells.get(4).toUpperCase(Locale.ROOT);
        if (!RateValues.SOURCE.matcher(source).matches()) {
            problems.add(new Violation(where + ", source", "'" + cells.get(4) + "' is not a source name (2 to 32 "
                    + "letters, digits or '-', starting with a letter, e.g. BCV, RBI, PBOC)"));
        }
        all.addAll(problems);
        return problems.isEmpty() ? Optional.of(new RateQuote(date, source, base, quote, rate.stripTrailingZeros()))
                : Optional.empty();
    }
}
