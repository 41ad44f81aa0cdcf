package io.tollgate.screening.domain.list.support;

import io.tollgate.platform.data.TsvTable;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A lookup table kept as a tab-separated resource under {@code reference/}: each row maps a published label
 * (first column) to our value (second column). Labels compare ignoring case, accents and punctuation, so
 * "National Identification Number" and "national identification number:" are the same key.
 */
public final class ReferenceTable {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String resource;
    private final Map<String, String> values;
    // labels mostly come exactly as the table spells them: a plain look-up spares normalising them
    private final Map<String, String> exact;

    private ReferenceTable(String resource, Map<String, String> values, Map<String, String> exact) {
        this.resource = resource;
        this.values = values;
        this.exact = exact;
    }

    /** Loads {@code /reference/<name>}; fails fast when the resource is missing or a row has no value. */
    public static ReferenceTable load(String name) {
        String resource = "/reference/" + name;
        Map<String, String> map = new HashMap<>();
        Map<String, String> exact = new HashMap<>();
        TsvTable table = TsvTable.resource("reference/" + name, TsvTable.Layout.NO_HEADER);
        for (int n = 0; n < table.rows().size(); n++) {
            List<String> row = table.rows().get(n);
            if (row.size() < 2 || row.get(1).isBlank()) {
                throw new IllegalStateException(resource + " row " + (n + 1) + " (" + row.get(0)
                        + ") has no value column");
            }
            map.put(key(row.get(0)), row.get(1));
            exact.put(row.get(0), row.get(1));
        }
        return new ReferenceTable(resource, Map.copyOf(map), Map.copyOf(exact));
    }

    /** Our value for a published label, if the table has it. */
    public Optional<String> get(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String value = exact.get(label);
        return Optional.ofNullable(value != null ? value : values.get(key(label)));
    }

    /** A table label and the text after it. */
    public record Prefix(String label, String value, String rest) {
    }

    /**
     * The longest label the text starts with (ignoring case), followed by a non-letter, with the rest of the
     * text after it: {@code "Tax ID 7802059185"} gives label {@code Tax ID} and rest {@code 7802059185}.
     */
    public Optional<Prefix> prefix(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Prefix best = null;
        for (Map.Entry<String, String> e : exact.entrySet()) {
            String label = e.getKey();
            boolean starts = text.regionMatches(true, 0, label, 0, label.length());
            boolean whole = starts && (text.length() == label.length()
                    || !Character.isLetterOrDigit(text.charAt(label.length())));
            if (whole && (best == null || label.length() > best.label().length())) {
                String rest = text.substring(label.length()).replaceFirst("^[\\s:#.,-]+", "");
                best = new Prefix(label, e.getValue(), rest);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The resource the table came from, for messages. */
    public String resource() {
        return resource;
    }

    static String key(String label) {
        String s = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
