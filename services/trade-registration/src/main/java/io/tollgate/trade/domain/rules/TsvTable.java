package io.tollgate.trade.domain.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated data table: {@code #} comment lines, one {@code #version<TAB>…} line, a header row, then rows.
 * The version is mandatory because every decision records the version of each rule it applied.
 */
public record TsvTable(String name, String version, List<Map<String, String>> rows) {

    /** Reads a table from the class path ({@code rules/<file>}). */
    public static TsvTable resource(String file) {
        String path = "rules/" + file;
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing rules table " + path);
        }
        try (in) {
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Parses a table's text; a malformed line fails loudly, because a silently dropped rule clears trades. */
    public static TsvTable parse(String name, String text) {
        String version = null;
        String[] header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#version\t")) {
                    version = line.substring("#version\t".length()).trim();
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalArgumentException(name + " line " + lineNo + ": " + cells.length
                            + " cells, expected " + header.length);
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), cells[i].trim());
                }
                rows.add(Map.copyOf(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (version == null || version.isEmpty()) {
            throw new IllegalArgumentException(name + ": no #version line");
        }
        if (header == null) {
            throw new IllegalArgumentException(name + ": no header row");
        }
        return new TsvTable(name, version, List.copyOf(rows));
    }
}
