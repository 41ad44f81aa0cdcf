package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.testsupport.SharedData;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code ../shared/eval/name-pairs.csv} split into five folds by name group: two pairs that share a name (after
 * folding case, accents and punctuation) are in one group, and a group is never split, so no name is on both sides
 * of a split. Folds 0 and 1 are the development folds (their misclassified rows may be read while working on the
 * matcher); folds 2–4 are held out (only their totals are printed). The fold of a group is a hash of its smallest
 * name, fixed before any change was made (issue 16), so it cannot drift with the matcher.
 */
public final class NamePairFolds {

    /** The folds whose rows may be looked at. */
    public static final Set<Integer> DEVELOPMENT = Set.of(0, 1);
    public static final int FOLDS = 5;

    /** One labelled pair with its fold. */
    public record Row(String group, String schema, String name1, String name2, boolean match, int fold) {

        public boolean heldOut() {
            return !DEVELOPMENT.contains(fold);
        }
    }

    private NamePairFolds() {
    }

    /** The rows of name-pairs.csv with their folds. */
    public static List<Row> rows() {
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(SharedData.file("eval/name-pairs.csv"), StandardCharsets.UTF_8)) {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> parent = new HashMap<>();
        for (CSVRecord r : records) {
            union(parent, key(r.get("name1")), key(r.get("name2")));
        }
        Map<String, String> smallest = new TreeMap<>();
        for (String k : parent.keySet()) {
            String root = find(parent, k);
            smallest.merge(root, k, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Row> out = new ArrayList<>(records.size());
        for (CSVRecord r : records) {
            String root = find(parent, key(r.get("name1")));
            int fold = Math.floorMod(smallest.get(root).hashCode(), FOLDS);
            out.add(new Row(r.get("group"), r.get("schema"), r.get("name1"), r.get("name2"),
                    Boolean.parseBoolean(r.get("is_match")), fold));
        }
        return out;
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String find(Map<String, String> parent, String k) {
        parent.putIfAbsent(k, k);
        String p = parent.get(k);
        if (!p.equals(k)) {
            p = find(parent, p);
            parent.put(k, p);
        }
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    /** The pair's score with the default scorer, typed as the row's schema says. */
    public static double score(PairScorer scorer, Row row) {
        QueryType q = switch (row.schema()) {
            case "Person" -> QueryType.PERSON;
            case "Vessel" -> QueryType.VESSEL;
            default -> QueryType.ORGANIZATION;
        };
        EntityType t = switch (row.schema()) {
            case "Person" -> EntityType.PERSON;
            case "Vessel" -> EntityType.VESSEL;
            default -> EntityType.ORGANIZATION;
        };
        return scorer.score(ScreeningQuery.of(row.name1(), q), TestEntities.of("eval", t, row.name2()).build()).score();
    }

    /** F1 at the threshold over the rows the filter keeps: {tp, fp, fn, tn}. */
    public static int[] counts(PairScorer scorer, List<Row> rows, java.util.function.Predicate<Row> which, double threshold) {
        int[] c = new int[4];
        for (Row r : rows) {
            if (!which.test(r)) {
                continue;
            }
            boolean p = score(scorer, r) >= threshold;
            c[p && r.match() ? 0 : p ? 1 : r.match() ? 2 : 3]++;
        }
        return c;
    }

    public static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public static String line(int[] c) {
        double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)", p, r, f1(c), c[0], c[1],
                c[2], c[3]);
    }
}
