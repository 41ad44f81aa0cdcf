package io.tollgate.screening.domain.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.screening.domain.list.Countries;
import io.tollgate.screening.domain.list.ListFileUnpacker;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.csl.CslCsvParser;
import io.tollgate.screening.domain.list.ofac.OfacEnhancedXmlParser;
import io.tollgate.screening.domain.list.ofac.OfacLegacyCsvParser;
import io.tollgate.screening.domain.list.un.UnXmlParser;
import io.tollgate.testsupport.BenchmarkRecorder;
import io.tollgate.testsupport.SharedData;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Matching quality against real lists (eval README): recall on UN-listed persons with the UN list loaded, and the
 * false-alert rate of 50,000 unlisted people against OFAC SDN 2024-05-03 + UN + OFAC consolidated + US CSL.
 * Prints the figures; asserts them with a margin, since an unseen set of the same kinds judges the result.
 */
class ListScreeningQualityTest {

    private static MatchIndex unIndex;
    private static MatchIndex allIndex;

    @BeforeAll
    static void loadLists() throws Exception {
        NameKnowledge knowledge = NameKnowledge.loadDefault();
        List<ListedEntity> un = parse(new UnXmlParser(), "un", "lists/un/UN_consolidated.xml");
        List<ListedEntity> all = new ArrayList<>(un);
        all.addAll(parse(new OfacLegacyCsvParser(), "ofac-sdn", "lists/ofac/2024-05-03/sdn.csv"));
        all.addAll(parse(new OfacEnhancedXmlParser(), "ofac-consolidated", "lists/ofac/non-sdn-2025/CONS_ENHANCED.ZIP"));
        all.addAll(parse(new CslCsvParser(), "us-csl", "lists/us-csl/consolidated-2022.csv.gz"));
        unIndex = MatchIndex.build(indexed(un), knowledge);
        long t = System.nanoTime();
        allIndex = MatchIndex.build(indexed(all), knowledge);
        System.out.printf("index over %d entities built in %d ms%n", all.size(), (System.nanoTime() - t) / 1_000_000);
    }

    private static List<ListedEntity> parse(ListParser parser, String source, String file) throws Exception {
        return parser.parse(source, new ListFileUnpacker().unpack(file, Files.readAllBytes(SharedData.file(file))))
                .entities();
    }

    private static List<IndexedEntity> indexed(List<ListedEntity> entities) {
        List<IndexedEntity> out = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            out.add(new IndexedEntity(i + 1, entities.get(i)));
        }
        return out;
    }

    private static List<CSVRecord> eval(String file) throws Exception {
        try (Reader r = Files.newBufferedReader(SharedData.file("eval/" + file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static ScreeningQuery query(CSVRecord r) {
        PartialDate dob = null;
        try {
            dob = r.get("date_of_birth").isBlank() ? null : PartialDate.parse(r.get("date_of_birth"));
        } catch (IllegalArgumentException e) {
            dob = null;
        }
        String nat = r.get("nationality");
        Set<String> countries = nat.isBlank() ? Set.of()
                : Countries.code(nat).map(Set::of).orElse(Set.of());
        String gender = r.isMapped("gender") ? r.get("gender") : null;
        return new ScreeningQuery(r.get("full_name"), QueryType.PERSON, dob, countries, List.of(),
                gender == null || gender.isBlank() ? null : gender);
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Test
    void shouldAlertOnTheRightEntityForUnListedPersons() throws Exception {
        List<CSVRecord> positives = eval("un-positives-clean.csv");
        int right = 0;
        int any = 0;
        List<String> missed = new ArrayList<>();
        for (CSVRecord r : positives) {
            ScreeningQuery q = query(r);
            List<Match> hits = unIndex.search(q, MatchThreshold.DEFAULT, 10, s -> true);
            if (!hits.isEmpty()) {
                any++;
            }
            String wanted = key(r.get("full_name"));
            boolean onRight = hits.stream().anyMatch(m -> m.entity().entity().names().stream()
                    .map(ListedName::full).map(ListScreeningQualityTest::key).anyMatch(wanted::equals));
            if (onRight) {
                right++;
            } else if (missed.size() < 15) {
                missed.add(r.get("full_name") + (hits.isEmpty() ? " (no hit)" : " → " + hits.get(0).matchedName()));
            }
        }
        double recall = (double) right / positives.size();
        System.out.printf("UN positives: %d, alerted on the right entity %d (%.2f%%), any alert %d%n", positives.size(),
                right, 100 * recall, any);
        missed.forEach(m -> System.out.println("  missed: " + m));
        BenchmarkRecorder.record("matching-quality", "UN clean positives recall (right entity)", 100 * recall, "%",
                ">= 99");
        assertTrue(recall >= 0.97, "UN recall " + recall);
    }

    @Test
    void shouldRarelyAlertOnUnlistedPeople() throws Exception {
        List<CSVRecord> negatives = eval("negatives-global.csv");
        AtomicLong alerts = new AtomicLong();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long t = System.nanoTime();
        negatives.parallelStream().forEach(r -> {
            List<Match> hits = allIndex.search(query(r), MatchThreshold.DEFAULT, 3, s -> true);
            if (!hits.isEmpty()) {
                alerts.incrementAndGet();
                if (samples.size() < Integer.getInteger("tollgate.quality.samples", 15)) {
                    samples.add(r.get("full_name") + " → " + hits.get(0).matchedName() + " ("
                            + String.format(Locale.ROOT, "%.3f", hits.get(0).score()) + ")");
                }
            }
        });
        double seconds = (System.nanoTime() - t) / 1e9;
        double rate = (double) alerts.get() / negatives.size();
        System.out.printf("negatives: %d, alerts %d (%.3f%%) in %.1f s%n", negatives.size(), alerts.get(), 100 * rate,
                seconds);
        samples.forEach(s -> System.out.println("  false alert: " + s));
        BenchmarkRecorder.record("matching-quality", "false-alert rate, 50k negatives vs SDN+UN+CONS+CSL", 100 * rate,
                "%", "<= 0.5");
        assertTrue(rate <= 0.01, "false-alert rate " + rate);
    }
}
