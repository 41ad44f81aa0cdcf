package io.tollgate.screening.domain.list.support;

import io.tollgate.screening.domain.list.ListFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The header row of a delimited list file: columns are found by name, whatever their order, so a publisher
 * adding or moving a column does not shift every field. Names compare on letters and digits only, ignoring
 * case, spaces and punctuation ("D.O.B" = "DOB").
 */
public final class CsvHeader {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Integer> index = new HashMap<>();
    // parsers ask for the same few names on every row: normalise each once
    private final Map<String, Integer> byAskedName = new HashMap<>();
    private final List<String> names;
    private final long line;

    public CsvHeader(DelimitedReader.Row row) {
        this.names = row.values();
        this.line = row.line();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(key(names.get(i)), i);
        }
    }

    /** The column of a header name, or -1. */
    public int column(String name) {
        return byAskedName.computeIfAbsent(name, n -> index.getOrDefault(key(n), -1));
    }

    public boolean has(String name) {
        return column(name) >= 0;
    }

    /** The number of columns. */
    public int size() {
        return names.size();
    }

    /** Fails naming every missing column, so a publisher's renaming is seen at once. */
    public void require(String file, String... required) throws ListFormatException {
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            if (!has(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw new ListFormatException("the header lacks the column(s) " + String.join(", ", missing),
                    file + " line " + line);
        }
    }

    /** The cleaned value of a named column in a row, or null when blank or the column is absent. */
    public String get(DelimitedReader.Row row, String name) {
        return row.get(column(name));
    }

    static String key(String name) {
        return name == null ? "" : NOT_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
