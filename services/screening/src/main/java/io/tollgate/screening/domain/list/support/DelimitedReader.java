package io.tollgate.screening.domain.list.support;

import io.tollgate.screening.domain.list.ListFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads comma- or tab-separated list files row by row with the line each row starts on. Input must be UTF-8
 * (a byte-order mark is skipped); bad bytes, an unclosed quote or a file cut short fail with file and line.
 */
public final class DelimitedReader implements AutoCloseable {

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastEndLine;

    /** Opens the stream with the given format (header handling is left to the caller). */
    public DelimitedReader(String file, InputStream in, CSVFormat format) throws ListFormatException {
        this.file = file;
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            this.parser = format.parse(reader);
            this.records = parser.iterator();
        } catch (IOException e) {
            throw failure(e, 1);
        }
    }

    /** One row and the 1-based line it starts on. */
    public record Row(long line, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        /** The cleaned value in a column, or null when blank or beyond the row's end. */
        public String get(int column) {
            return column >= 0 && column < values.size() ? Texts.clean(values.get(column)) : null;
        }

        /** Whether every value is blank (an empty line in a TSV). */
        public boolean isBlank() {
            return values.stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /** The next row, or empty at the end of the file. */
    public Optional<Row> next() throws ListFormatException {
        long start = lastEndLine + 1;
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            CSVRecord r = records.next();
            lastEndLine = parser.getCurrentLineNumber();
            List<String> values = new ArrayList<>(r.size());
            r.forEach(values::add);
            return Optional.of(new Row(start, values));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw failure(e.getCause(), start);
            }
            // the lexer's I/O errors are its syntax errors: a quote left open, usually a file cut short
            throw new ListFormatException("malformed delimited text: " + e.getCause().getMessage(),
                    file + " line " + start, e);
        } catch (IllegalStateException e) {
            // commons-csv reports an unclosed quote (often a file cut short) as an IllegalStateException
            throw new ListFormatException("malformed delimited text: " + e.getMessage(), file + " line " + start, e);
        }
    }

    /** Handles one data row; {@code location} is {@code file line N}. */
    @FunctionalInterface
    public interface RowHandler {
        void accept(Row row, String location) throws ListFormatException;
    }

    /**
     * Feeds every non-blank row after the header to the handler, counting each as read. A row whose field count
     * differs from the header's is a file cut short or a broken export, never data to guess at: it fails the parse.
     */
    public void forEachDataRow(CsvHeader header, ParseStatisticsBuilder stats, RowHandler handler)
            throws ListFormatException {
        Optional<Row> next;
        while ((next = next()).isPresent()) {
            Row row = next.get();
            if (row.isBlank()) {
                continue;
            }
            stats.recordRead();
            String location = location(row.line());
            if (row.values().size() != header.size()) {
                throw new ListFormatException("row has " + row.values().size() + " fields, the header "
                        + header.size(), location);
            }
            handler.accept(row, location);
        }
    }

    /** Where the reader is: {@code file line N}. */
    public String location(long line) {
        return file + " line " + line;
    }

    public String file() {
        return file;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing left to read: closing cannot lose data
        }
    }

    private ListFormatException failure(IOException e, long line) {
        if (e instanceof CharacterCodingException) {
            return new ListFormatException("not UTF-8 text", file + " line " + line, e);
        }
        return new ListFormatException("cannot read the file: " + e.getMessage(), file + " line " + line, e);
    }
}
