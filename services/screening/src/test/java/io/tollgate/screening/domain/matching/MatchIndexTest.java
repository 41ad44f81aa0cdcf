package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.testsupport.SharedData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The candidate index: search semantics, identifiers, concurrency, and that matches reach scoring. */
class MatchIndexTest {

    private static final double T = MatchThreshold.DEFAULT;

    @Test
    void shouldReturnMatchesBestFirstAboveTheThresholdUpToTheLimit() {
        MatchIndex index = TestEntities.index(
                TestEntities.person("Vladimir Vladimirovich Putin").build(),
                TestEntities.person("Vladimir Putin").build(),
                TestEntities.person("Vladimir Pudin").build(),
                TestEntities.person("Vladimir Biliy").build(),
                TestEntities.vessel("VLADIMIR PUTIN").build());
        List<Match> all = index.search(ScreeningQuery.person("Vladimir Putin"), T, 10, s -> true);
        assertEquals(3, all.size(), all.toString());
        assertEquals(2, all.get(0).entity().entityId());
        assertEquals(1.0, all.get(0).score(), 1e-9);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).score() >= all.get(i).score());
            assertTrue(all.get(i).score() >= T);
        }
        assertEquals(1, index.search(ScreeningQuery.person("Vladimir Putin"), T, 1, s -> true).size());
        for (Match m : all) {
            assertEquals(m.score(), m.explanation().total(), 0.001);
        }
    }

    @Test
    void shouldAnswerEmptyQueriesAndEmptyIndexesWithNoMatches() {
        MatchIndex empty = MatchIndex.build(List.of(), NameKnowledge.loadDefault());
        assertTrue(empty.search(ScreeningQuery.person("Vladimir Putin"), T, 10, s -> true).isEmpty());
        MatchIndex index = TestEntities.index(TestEntities.person("Vladimir Putin").build());
        assertTrue(index.search(ScreeningQuery.person(""), T, 10, s -> true).isEmpty());
        assertTrue(index.search(ScreeningQuery.person("--- . ,"), T, 10, s -> true).isEmpty());
        assertTrue(index.search(ScreeningQuery.person("Vladimir Putin"), T, 0, s -> true).isEmpty());
    }

    @Test
    void shouldFilterBySource() {
        MatchIndex index = TestEntities.index(
                TestEntities.of("ofac-sdn", EntityType.PERSON, "Ali Haqqani Zardad").build(),
                TestEntities.of("un", EntityType.PERSON, "Ali Haqqani Zardad").build());
        List<Match> un = index.search(ScreeningQuery.person("Ali Haqqani Zardad"), T, 10, "un"::equals);
        assertEquals(1, un.size());
        assertEquals("un", un.get(0).entity().entity().source());
    }

    @Test
    void shouldFindAnEntityByIdentifierWhateverItsName() {
        MatchIndex index = TestEntities.index(
                TestEntities.vessel("OCEAN GLORY").id(IdentifierType.IMO, "IMO 9187629").build(),
                TestEntities.organization("BANCO EJEMPLO").id(IdentifierType.SWIFT_BIC, "BEJMVECAXXX").build());
        List<Match> imo = index.search(ScreeningQuery.of("Totally Unrelated", QueryType.VESSEL)
                .withIdentifiers(List.of(QueryIdentifier.of("9187629"))), T, 10, s -> true);
        assertEquals(1, imo.size());
        List<Match> bic8 = index.search(ScreeningQuery.organization("Other Bank")
                .withIdentifiers(List.of(QueryIdentifier.of(IdentifierType.SWIFT_BIC, "BEJMVECA"))), T, 10, s -> true);
        assertEquals(1, bic8.size());
        assertEquals(2, bic8.get(0).entity().entityId());
    }

    @Test
    void shouldFindNamesWrittenTogetherApartAndAsAcronyms() {
        MatchIndex index = TestEntities.index(
                TestEntities.person("Sergei Lavrov").build(),
                TestEntities.organization("Vanderbilt Corp").build(),
                TestEntities.organization("People's Liberation Army").build());
        assertEquals(1, index.search(ScreeningQuery.person("SergeiLavrov"), T, 10, s -> true).size());
        assertEquals(1, index.search(ScreeningQuery.organization("van der bilt corp"), T, 10, s -> true).size());
        assertEquals(1, index.search(ScreeningQuery.organization("PLA"), T, 10, s -> true).size());
    }

    @Test
    void shouldReturnTheSameResultsUnderConcurrentSearches() throws Exception {
        List<ListedEntity> entities = new ArrayList<>();
        String[] given = {"Ali", "Mohammed", "Sergei", "Ivan", "Maria", "Li", "Kim", "Jose", "Anna", "Omar"};
        String[] family = {"Hassan", "Petrov", "Ivanov", "Lopez", "Wang", "Jong Un", "Garcia", "Haddad", "Smirnova", "Khan"};
        for (String g : given) {
            for (String f : family) {
                entities.add(TestEntities.person(g + " " + f).build());
            }
        }
        MatchIndex index = TestEntities.index(entities.toArray(ListedEntity[]::new));
        List<ScreeningQuery> queries = new ArrayList<>();
        for (String g : given) {
            for (String f : family) {
                queries.add(ScreeningQuery.person(g.toUpperCase(Locale.ROOT) + " " + f));
            }
        }
        Map<ScreeningQuery, List<Long>> expected = new HashMap<>();
        for (ScreeningQuery q : queries) {
            expected.put(q, ids(index.search(q, 0.6, 20, s -> true)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int rep = 0; rep < 20; rep++) {
                        for (ScreeningQuery q : queries) {
                            if (!ids(index.search(q, 0.6, 20, s -> true)).equals(expected.get(q))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> ids(List<Match> matches) {
        return matches.stream().map(m -> m.entity().entityId()).toList();
    }

    /**
     * Every listed name the pair scorer would alert on must reach scoring through the index, also among
     * thousands of real listed names that compete for the candidate slots (the UK list's 15,000 names).
     */
    @Test
    void shouldLetAtLeast995PerMilleOfMatchesReachScoringAmongRealListNames() throws IOException {
        List<ListedEntity> entities = new ArrayList<>(ukSubjects());
        List<String[]> pairs = new ArrayList<>();
        for (CSVRecord r : csv(SharedData.file("eval/name-pairs.csv"))) {
            pairs.add(new String[]{r.get("name1"), r.get("name2"), r.get("schema")});
        }
        for (String line : Files.readAllLines(SharedData.file("eval/cross-script-pairs.csv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split(",");
                pairs.add(new String[]{p[0], p[1], "Person"});
            }
        }
        int firstPair = entities.size();
        for (String[] p : pairs) {
            entities.add(TestEntities.of("eval", entityType(p[2]), p[1]).build());
        }
        List<IndexedEntity> indexed = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            indexed.add(new IndexedEntity(i, entities.get(i)));
        }
        MatchIndex index = MatchIndex.build(indexed, NameKnowledge.loadDefault());
        PairScorer scorer = new PairScorer(NameKnowledge.loadDefault());
        int expected = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            String[] p = pairs.get(k);
            ScreeningQuery q = ScreeningQuery.of(p[0], queryType(p[2]));
            PairScore pair = scorer.score(q, entities.get(firstPair + k));
            if (!pair.match()) {
                continue;
            }
            expected++;
            long id = firstPair + k;
            boolean hit = index.search(q, T, 1000, s -> true).stream()
                    .anyMatch(m -> m.entity().entityId() == id && Math.abs(m.score() - pair.score()) < 1e-9);
            if (hit) {
                found++;
            } else {
                missed.add(p[0] + " | " + p[1]);
            }
        }
        double recall = (double) found / expected;
        System.out.printf(Locale.ROOT, "== candidate recall: %d/%d pair matches reach scoring (%.4f) among %d entities%n",
                found, expected, recall, entities.size());
        missed.forEach(m -> System.out.println("  missed " + m));
        assertTrue(recall >= 0.995, "candidate recall " + recall + " " + missed);
    }

    private static List<ListedEntity> ukSubjects() throws IOException {
        Map<String, EntityType> types = new HashMap<>();
        for (CSVRecord r : csv(SharedData.file("lists/uk-2026-04-29-derived/subjects.csv"))) {
            types.put(r.get("unique_id"), switch (r.get("subject_type")) {
                case "individual" -> EntityType.PERSON;
                case "ship" -> EntityType.VESSEL;
                case "entity" -> EntityType.ORGANIZATION;
                default -> EntityType.UNKNOWN;
            });
        }
        Map<String, ListedEntityBuilder> builders = new LinkedHashMap<>();
        for (CSVRecord r : csv(SharedData.file("lists/uk-2026-04-29-derived/subject_names.csv"))) {
            String id = r.get("unique_id");
            ListedEntityBuilder b = builders.computeIfAbsent(id,
                    k -> new ListedEntityBuilder("uk", k).type(types.getOrDefault(k, EntityType.UNKNOWN)));
            String name = r.get("full_name");
            b.name("primary".equals(r.get("name_type")) ? ListedName.primary(name)
                    : ListedName.alias(name, "low".equalsIgnoreCase(r.get("alias_strength")) ? NameQuality.WEAK : NameQuality.STRONG));
        }
        return builders.values().stream().filter(ListedEntityBuilder::hasNames).map(ListedEntityBuilder::build).toList();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
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
}
