package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Streams the records of one headerless OFAC legacy CSV file, checking each has the expected number of columns and
 * a numeric ent_num, and reports any fault as a {@link ListFormatException} naming the file and line.
 */
final class LegacyCsvFile {

    /** DOS end-of-file marker OFAC still appends to each file, alone on the last line. */
    private static final String SUBSTITUTE = "\u001A";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    /** Receives one checked record and the line it starts on. */
    @FunctionalInterface
    interface RecordHandler {
        void handle(CSVRecord record, String location) throws ListFormatException;
    }

    private LegacyCsvFile() {
    }

    /** Reads every record; returns how many were read. */
    static long read(ListFiles files, String name, int columns, RecordHandler handler) throws ListFormatException {
        Charset charset;
        try (InputStream in = files.open(name)) {
            charset = TextEncoding.detect(in);
        } catch (IOException e) {
            throw new ListFormatException("cannot read " + name + ": " + e.getMessage(), name, e);
        }
        long count = 0;
        long previousEnd = 0;
        try (Reader reader = TextEncoding.reader(files.open(name), charset); CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ListFormatException(name + " is malformed or truncated near line " + (previousEnd + 1)
                            + ": " + rootMessage(e), name + " line " + (previousEnd + 1), e);
                }
                String location = name + " line " + (previousEnd + 1);
                previousEnd = parser.getCurrentLineNumber();
                if (r.size() == 1 && r.get(0).contains(SUBSTITUTE) && r.get(0).trim().isEmpty()) {
                    continue;
                }
                if (r.size() != columns) {
                    throw new ListFormatException(name + ": expected " + columns + " columns, found " + r.size()
                            + " (truncated file or not the OFAC legacy format)", location);
                }
                if (!isEntNum(r.get(0))) {
                    throw new ListFormatException(name + ": ent_num is not a number: '" + abbreviate(r.get(0)) + "'",
                            location);
                }
                count++;
                handler.handle(r, location);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ListFormatException("cannot read " + name + ": " + rootMessage(e), name + " line "
                    + (previousEnd + 1), e);
        }
        return count;
    }

    /** Whether the first record of the file has the given column count and a numeric ent_num. */
    static boolean looksLike(ListFiles files, String name, int columns) throws IOException {
        try (Reader reader = TextEncoding.reader(files.open(name), StandardCharsets.ISO_8859_1);
             CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                return false;
            }
            CSVRecord first = it.next();
            return first.size() == columns && isEntNum(first.get(0));
        } catch (UncheckedIOException | IllegalStateException e) {
            return false;
        }
    }

    static boolean isEntNum(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 12) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
