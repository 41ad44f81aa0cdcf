package io.tollgate.platform.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tab-separated data table as the services keep them in resource files: blank lines and {@code #} comment lines
 * (the header comment names the table's source and licence), at most one {@code #version<TAB>…} line, then either a
 * header row naming the columns followed by rows of exactly that many cells ({@link Layout#HEADER}), or rows of any
 * number of cells ({@link Layout#NO_HEADER}: lookup tables whose first cell is the key). Cells are trimmed. A malformed
 * table fails loudly: a silently dropped row is a dropped rule or label.
 *
 * @param name the file name, for messages and recorded versions
 * @param version the {@code #version} line's value, if the table has one
 * @param header the column names (empty for {@link Layout#NO_HEADER})
 * @param rows the rows' cells, in file order
 */
public record TsvTable(String name, Optional<String> version, List<String> header, List<List<String>> rows) {

    /** Whether the first row names the columns. */
    public enum Layout {
        HEADER, NO_HEADER
    }

    public TsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads a table from the class path ({@code path} without a leading slash, e.g. {@code rules/goods.tsv}). */
    public static TsvTable resource(String path, Layout layout) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = open(path)) {
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8), layout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static InputStream open(String path) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(path);
        if (in == null) {
            in = TsvTable.class.getClassLoader().getResourceAsStream(path);
        }
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the class path");
        }
        return in;
    }

    /** Parses a table's text. */
    public static TsvTable parse(String name, String text, Layout layout) {
        String version = null;
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#version\t")) {
                    if (version != null) {
                        throw new IllegalArgumentException(name + " line " + lineNo + ": a second #version line");
                    }
                    version = line.substring("#version\t".length()).trim();
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.split("\t", -1)) {
                    cells.add(cell.trim());
                }
                if (layout == Layout.HEADER && header == null) {
                    header = cells;
                    continue;
                }
                if (layout == Layout.HEADER && cells.size() != header.size()) {
                    throw new IllegalArgumentException(name + " line " + lineNo + ": " + cells.size()
                            + " cells, expected " + header.size());
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (layout == Layout.HEADER && header == null) {
            throw new IllegalArgumentException(name + ": no header row");
        }
        return new TsvTable(name, Optional.ofNullable(version).filter(v -> !v.isEmpty()),
                header == null ? List.of() : header, rows);
    }

    /** The version, which tables whose version is recorded with every decision must have. */
    public String requireVersion() {
        return version.orElseThrow(() -> new IllegalArgumentException(name + ": no #version line"));
    }

    /** The rows as column name → cell, for a table with a header. */
    public List<Map<String, String>> records() {
        if (header.isEmpty()) {
            throw new IllegalStateException(name + " has no header row to name its columns");
        }
        List<Map<String, String>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), row.get(i));
            }
            out.add(java.util.Collections.unmodifiableMap(record));
        }
        return List.copyOf(out);
    }

    /** Every cell of one column, for a table with a header. */
    public List<String> column(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return rows.stream().map(r -> r.get(index)).toList();
    }
}
