package io.tollgate.reporting.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report's content: named columns and rows of cells. Its CSV rendering (RFC 4180, UTF-8, CRLF) is the canonical
 * form: the report's sha256 is the hash of exactly those bytes, so {@code sha256sum report.csv} proves a filed file
 * unchanged, and the JSON rendering carries the same hash. A text cell that a spreadsheet would run as a formula
 * (one beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: OWASP's CSV-injection
 * rule) is written with an apostrophe in front, which spreadsheets show as text and a reader still reads; numbers
 * are numbers and stay as they are. The hash covers the file as written.
 */
public record ReportTable(List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /** The canonical CSV text: a header line, then one line per row. */
    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(columns);
            for (List<Object> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(csvCell(cell));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** How many text cells {@link #toCsv()} writes with an apostrophe in front (see the class comment). */
    public int neutralisedCells() {
        int count = 0;
        for (List<Object> row : rows) {
            for (Object cell : row) {
                if (!(cell instanceof Number) && startsLikeFormula(text(cell))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** A cell as the CSV writes it: numbers as {@link #text(Object)}, text neutralised when it starts a formula. */
    static String csvCell(Object cell) {
        String text = text(cell);
        return cell instanceof Number || !startsLikeFormula(text) ? text : "'" + text;
    }

    static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The rows as column-name → value maps, in column order (for JSON). */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                record.put(columns.get(i), row.get(i));
            }
            records.add(record);
        }
        return records;
    }

    /** How a cell is written in CSV: empty for no value, plain decimals (never exponents), ISO dates and times. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (cell instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object item : list) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(text(item));
            }
            return sb.toString();
        }
        return cell.toString();
    }
}
