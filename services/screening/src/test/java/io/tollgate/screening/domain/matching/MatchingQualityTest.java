package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.testsupport.SharedData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Matching quality on the shared, labelled evaluation data ({@code ../shared/eval}): prints precision, recall
 * and F1 of name pairs at the default threshold (beside OpenSanctions logic-v2 on the same pairs), the share of
 * cross-script pairs scored as matches, and the rank correlation with OFAC's own search tool. Asserts only
 * what holds with margin; an unseen set of the same kinds judges the matcher, so nothing here is tuned to rows.
 */
class MatchingQualityTest {

    private static final double THRESHOLD = MatchThreshold.DEFAULT;
    private static final double LOGIC_V2_THRESHOLD = 0.70;
    private static PairScorer scorer;

    @BeforeAll
    static void setUp() {
        scorer = new PairScorer(NameKnowledge.loadDefault());
    }

    /** Counts of a binary classification. */
    private static final class Counts {
        int tp;
        int fp;
        int fn;
        int tn;

        void add(boolean predicted, boolean actual) {
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)",
                    precision(), recall(), f1(), tp, fp, fn, tn);
        }
    }

    @Test
    void shouldBeatLogicV2OnLabelledNamePairs() throws IOException {
        Counts ours = new Counts();
        Counts logicV2 = new Counts();
        Counts logicV2Scored = new Counts();
        Map<String, Counts> bySchema = new TreeMap<>();
        Map<String, Counts> byGroup = new TreeMap<>();
        double[] sweep = {0.70, 0.75, 0.80, 0.85, 0.90};
        Map<String, Counts[]> sweepBySchema = new TreeMap<>();
        for (CSVRecord r : csv(SharedData.file("eval/name-pairs.csv"))) {
            String schema = r.get("schema");
            boolean actual = Boolean.parseBoolean(r.get("is_match"));
            double score = scorePair(r.get("name1"), r.get("name2"), schema);
            boolean predicted = score >= THRESHOLD;
            ours.add(predicted, actual);
            bySchema.computeIfAbsent(schemaGroup(schema), k -> new Counts()).add(predicted, actual);
            byGroup.computeIfAbsent(r.get("group"), k -> new Counts()).add(predicted, actual);
            Counts[] row = sweepBySchema.computeIfAbsent(schemaGroup(schema), k -> newCounts(sweep.length));
            Counts[] all = sweepBySchema.computeIfAbsent("all", k -> newCounts(sweep.length));
            for (int i = 0; i < sweep.length; i++) {
                row[i].add(score >= sweep[i], actual);
                all[i].add(score >= sweep[i], actual);
            }
            String v2 = r.get("logicv2_score");
            logicV2.add(!v2.isBlank() && Double.parseDouble(v2) >= LOGIC_V2_THRESHOLD, actual);
            if (!v2.isBlank()) {
                logicV2Scored.add(Double.parseDouble(v2) >= LOGIC_V2_THRESHOLD, actual);
            }
        }
        System.out.println("== name pairs (" + (ours.tp + ours.fp + ours.fn + ours.tn) + ") at threshold " + THRESHOLD);
        System.out.println("tollgate  " + ours.line());
        System.out.println("logic-v2  " + logicV2.line() + "  at " + LOGIC_V2_THRESHOLD + ", a blank score read as no match");
        System.out.println("logic-v2  " + logicV2Scored.line() + "  on the rows it scored");
        bySchema.forEach((k, v) -> System.out.println("  schema " + k + ": " + v.line()));
        byGroup.forEach((k, v) -> System.out.println("  group  " + k + ": " + v.line()));
        // calibration: one threshold should suit persons and organizations alike
        StringBuilder header = new StringBuilder("  F1 by threshold      ");
        for (double t : sweep) {
            header.append(String.format(Locale.ROOT, "  %.2f", t));
        }
        System.out.println(header);
        sweepBySchema.forEach((k, v) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-20s", k));
            for (Counts c : v) {
                line.append(String.format(Locale.ROOT, "  %.3f", c.f1()));
            }
            System.out.println(line);
        });
        // folds by name group: only the development folds' misclassified rows are shown (NamePairFolds)
        List<NamePairFolds.Row> rows = NamePairFolds.rows();
        int[] dev = NamePairFolds.counts(scorer, rows, r -> !r.heldOut(), THRESHOLD);
        int[] held = NamePairFolds.counts(scorer, rows, NamePairFolds.Row::heldOut, THRESHOLD);
        System.out.println("  development folds 0-1: " + NamePairFolds.line(dev));
        System.out.println("  held-out folds 2-4:    " + NamePairFolds.line(held));
        for (int fold = 0; fold < NamePairFolds.FOLDS; fold++) {
            int k = fold;
            System.out.println("    fold " + fold + ": " + NamePairFolds.line(NamePairFolds.counts(scorer, rows,
                    r -> r.fold() == k, THRESHOLD)));
        }
        System.out.println("misclassified (development folds only):");
        for (NamePairFolds.Row r : rows) {
            if (r.heldOut()) {
                continue;
            }
            double score = NamePairFolds.score(scorer, r);
            if ((score >= THRESHOLD) != r.match()) {
                System.out.println(String.format(Locale.ROOT, "  %s %.3f  %s | %s  [%s]", r.match() ? "FN" : "FP",
                        score, r.name1(), r.name2(), r.schema()));
            }
        }
        assertTrue(ours.f1() >= 0.85, "F1 " + ours.f1());
        assertTrue(ours.f1() > logicV2.f1() + 0.05, "F1 " + ours.f1() + " vs logic-v2 " + logicV2.f1());
    }

    @Test
    void shouldMatchNamesAcrossScripts() throws IOException {
        int total = 0;
        int matched = 0;
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.file("eval/cross-script-pairs.csv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split(",");
            double score = scorePair(p[0], p[1], "Person");
            total++;
            matched += score >= THRESHOLD ? 1 : 0;
            lines.add(String.format(Locale.ROOT, "  %s %.3f  %s | %s", score >= THRESHOLD ? "ok  " : "MISS", score, p[0], p[1]));
        }
        double share = (double) matched / total;
        System.out.printf(Locale.ROOT, "== cross-script pairs: %d/%d scored as match (%.3f)%n", matched, total, share);
        lines.forEach(System.out::println);
        assertTrue(share >= 0.90, "cross-script share " + share);
    }

    @Test
    void shouldRankLikeTheOfacSearchTool() throws IOException {
        List<Double> ours = new ArrayList<>();
        List<Double> ofac = new ArrayList<>();
        for (CSVRecord r : csv(SharedData.file("eval/ofac-tool-scores.csv"))) {
            ours.add(scorer.score(ScreeningQuery.of(r.get("query_name"), QueryType.ANY),
                    TestEntities.untyped(r.get("result_name")).build()).score());
            ofac.add(Double.parseDouble(r.get("ofac_score")));
        }
        double rho = spearman(ours, ofac);
        System.out.printf(Locale.ROOT, "== OFAC tool scores: Spearman %.3f over %d pairs%n", rho, ours.size());
        assertTrue(rho >= 0.3, "Spearman " + rho);
    }

    private static Counts[] newCounts(int n) {
        Counts[] c = new Counts[n];
        for (int i = 0; i < n; i++) {
            c[i] = new Counts();
        }
        return c;
    }

    private static double scorePair(String query, String listed, String schema) {
        ListedEntity entity = TestEntities.of("eval", entityType(schema), listed).build();
        return scorer.score(ScreeningQuery.of(query, queryType(schema)), entity).score();
    }

    private static String schemaGroup(String schema) {
        return switch (schema) {
            case "Person" -> "Person";
            case "Vessel" -> "Vessel";
            default -> "Organization";
        };
    }

    private static QueryType queryType(String schema) {
        return switch (schema) {
            case "Person" -> QueryType.PERSON;
            case "Vessel" -> QueryType.VESSEL;
            default -> QueryType.ORGANIZATION;
        };
    }

    private static EntityType entityType(String schema) {
        return switch (schema) {
            case "Person" -> EntityType.PERSON;
            case "Vessel" -> EntityType.VESSEL;
            default -> EntityType.ORGANIZATION;
        };
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    static double spearman(List<Double> a, List<Double> b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = Arrays.stream(ra).average().orElse(0);
        double mb = Arrays.stream(rb).average().orElse(0);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < ra.length; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    /** Ranks with ties given their average rank. */
    private static double[] ranks(List<Double> values) {
        Integer[] order = new Integer[values.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values.get(x), values.get(y)));
        double[] ranks = new double[order.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values.get(order[j + 1]).equals(values.get(order[i]))) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
