package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.IdentifierType;

import io.tollgate.platform.data.TsvTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OFAC clause vocabulary from {@code reference/ofac-remark-labels.tsv}: identifier labels, informational notes,
 * relation prefixes and position words. Kept as data so a new OFAC label is a one-line change, not a code change.
 */
public final class RemarkLabels {

    /** What a label says about the clause it starts. */
    public enum Kind { ID, NOTE, LINK }

    /**
     * One label row.
     *
     * @param kind identifier, note or link
     * @param label the label as OFAC writes it
     * @param type the identifier type (ID rows), else null
     * @param qualifier the identifier qualifier (ID rows, may be null) or the relation name (LINK rows)
     * @param countryQualifiers ISO alpha-2 → qualifier overriding {@code qualifier} for that issuing country
     */
    public record Label(Kind kind, String label, IdentifierType type, String qualifier,
                        Map<String, String> countryQualifiers) {

        public Label {
            countryQualifiers = Map.copyOf(countryQualifiers);
        }

        /** The qualifier for an identifier issued by the given country. */
        public String qualifierFor(String country) {
            return country == null ? qualifier : countryQualifiers.getOrDefault(country, qualifier);
        }
    }

    /**
     * A label found at the start of a text, with the text after it.
     *
     * @param label the matched label
     * @param rest what follows the label, trimmed, without a leading ':' or '#'
     */
    public record Match(Label label, String rest) {
    }

    private static final String RESOURCE = "/reference/ofac-remark-labels.tsv";
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,;:()&/\"]+");
    /** Separators OFAC puts between a label and its value ("Telephone: …", "NIT # …"). */
    private static final String LEADING_PUNCTUATION = ":#- ";

    private final List<Label> labels;
    private final Map<String, List<Label>> byPrefix;
    private final Set<String> roleWords;

    private RemarkLabels(List<Label> labels, Set<String> roleWords) {
        this.labels = List.copyOf(labels);
        Map<String, List<Label>> index = new HashMap<>();
        for (Label l : labels) {
            index.computeIfAbsent(key(l.label()), k -> new ArrayList<>()).add(l);
        }
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Label l) -> l.label().length()).reversed()));
        this.byPrefix = Map.copyOf(index);
        this.roleWords = Set.copyOf(roleWords);
    }

    /** The table shipped in the resources. */
    public static RemarkLabels standard() {
        return Holder.STANDARD;
    }

    /** The same table without position words, to measure how much of a list only they account for. */
    RemarkLabels withoutRoleWords() {
        return new RemarkLabels(labels, Set.of());
    }

    /** The longest label of any kind that starts the text at a word boundary. */
    public Optional<Match> match(String text) {
        List<Label> candidates = byPrefix.get(key(text));
        if (candidates == null) {
            return Optional.empty();
        }
        for (Label l : candidates) {
            int len = l.label().length();
            if (text.regionMatches(true, 0, l.label(), 0, len) && endsAtBoundary(text, l.label())) {
                int from = len;
                while (from < text.length() && LEADING_PUNCTUATION.indexOf(text.charAt(from)) >= 0) {
                    from++;
                }
                String rest = text.substring(from).trim();
                return Optional.of(new Match(l, rest));
            }
        }
        return Optional.empty();
    }

    /** Whether the text holds a position, rank or title word as a whole word. */
    public boolean mentionsRole(String text) {
        for (String w : WORD_SPLIT.split(text)) {
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (roleWords.contains(lower)
                    || (lower.endsWith(".") && roleWords.contains(lower.substring(0, lower.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAtBoundary(String text, String label) {
        int len = label.length();
        if (text.length() == len) {
            return true;
        }
        char last = label.charAt(len - 1);
        return !Character.isLetterOrDigit(last) || !Character.isLetterOrDigit(text.charAt(len));
    }

    private static String key(String text) {
        return text.length() < 2 ? text.toLowerCase(Locale.ROOT) : text.substring(0, 2).toLowerCase(Locale.ROOT);
    }

    static RemarkLabels load(TsvTable table) {
        List<Label> labels = new ArrayList<>();
        Set<String> roles = new HashSet<>();
        for (int row = 0; row < table.rows().size(); row++) {
            String[] c = table.rows().get(row).toArray(String[]::new);
            try {
                switch (c[0]) {
                    case "ID" -> labels.add(new Label(Kind.ID, c[1], IdentifierType.valueOf(c[2]),
                            c.length > 3 && !c[3].isBlank() ? c[3] : null,
                            c.length > 4 ? countryQualifiers(c[4]) : Map.of()));
                    case "NOTE" -> labels.add(new Label(Kind.NOTE, c[1], null, null, Map.of()));
                    case "LINK" -> labels.add(new Label(Kind.LINK, c[1], null, c[2], Map.of()));
                    case "ROLE" -> roles.add(c[1].toLowerCase(Locale.ROOT));
                    default -> throw new IllegalArgumentException("unknown kind " + c[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + " row " + (row + 1) + ": " + e.getMessage(), e);
            }
        }
        return new RemarkLabels(labels, roles);
    }

    private static Map<String, String> countryQualifiers(String spec) {
        Map<String, String> m = new HashMap<>();
        for (String pair : spec.split(",")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=", 2);
                m.put(kv[0].trim(), kv[1].trim());
            }
        }
        return m;
    }

    /** Loaded once: the table is immutable and shared by every parse. */
    private static final class Holder {
        static final RemarkLabels STANDARD = loadStandard();

        private static RemarkLabels loadStandard() {
            return load(TsvTable.resource(RESOURCE.substring(1), TsvTable.Layout.NO_HEADER));
        }
    }
}
