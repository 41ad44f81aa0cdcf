package io.tollgate.screening.rest;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tollgate.testsupport.DevTokens;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Screening over HTTP against the real OFAC SDN (2024-05-03) and UN lists: the hits a compliance officer must
 * see, the ones they must not, explanations that add up, the stored audit record, batch and pair scoring, and
 * the error paths.
 */
@QuarkusTest
class ScreeningResourceTest {

    static final String SCREENER = DevTokens.token("sam", "screener");
    static final String AUDITOR = DevTokens.token("otto", "auditor");

    private static boolean loaded;

    @Inject
    AgroalDataSource dataSource;

    /** Once per class; not @BeforeAll, because RestAssured learns the test port only per test. */
    @BeforeEach
    void loadLists() throws Exception {
        if (loaded) {
            return;
        }
        String admin = DevTokens.token("lena", "list-admin");
        // force: another test class may have left an older OFAC set loaded in this run's database
        given().auth().oauth2(admin).queryParam("force", true).contentType("text/csv")
                .body(ListImportResourceTest.shared("lists/ofac/2024-05-03/sdn.csv"))
                .post("/api/v1/lists/ofac-sdn/imports").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().auth().oauth2(admin).queryParam("force", true).contentType("application/xml")
                .body(ListImportResourceTest.shared("lists/un/UN_consolidated.xml"))
                .post("/api/v1/lists/un/imports").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        awaitIndex(Map.of("ofac-sdn", 14965, "un", 1003));
        loaded = true;
    }

    /** The index is rebuilt off the request path after an import: wait until it serves both lists. */
    static void awaitIndex(Map<String, Integer> expected) {
        await("the screening index serving " + expected.keySet()).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    var r = given().auth().oauth2(SCREENER).contentType("application/json")
                            .body("{\"name\": \"probe\"}").post("/api/v1/screenings");
                    if (r.statusCode() != 200) {
                        return false;
                    }
                    Map<String, Object> versions = r.jsonPath().getMap("listVersions");
                    if (!versions.keySet().containsAll(expected.keySet())) {
                        return false;
                    }
                    long sdn = ((Number) versions.get("ofac-sdn")).longValue();
                    int total = given().auth().oauth2(AUDITOR).get("/api/v1/lists/ofac-sdn/versions/" + sdn).then()
                            .extract().jsonPath().getInt("entities.total");
                    return total == expected.get("ofac-sdn");
                });
    }

    static JsonPath screen(String body) {
        return given().auth().oauth2(SCREENER).contentType("application/json").body(body)
                .post("/api/v1/screenings").then().statusCode(200).extract().jsonPath();
    }

    /** Other lists loaded in the same run (US CSL repeats the SDN) may rank first: the SDN entry must be among the hits. */
    static void assertHit(JsonPath r, String sdnId) {
        List<Map<String, Object>> hits = r.getList("hits");
        assertTrue(hits.stream().anyMatch(h -> "ofac-sdn".equals(h.get("source")) && sdnId.equals(h.get("sourceId"))),
                "expected OFAC SDN " + sdnId + " among " + hits.stream().map(h -> h.get("source") + "/" + h.get("sourceId")).toList());
    }

    @Test
    void shouldFindTheForeignMinisterUnderAFrenchTransliterationWithHisBirthDate() {
        JsonPath r = screen("""
                {"name": "Serguei Lavrof", "type": "person", "birthDate": "1950-03-21", "countries": ["RU"]}""");
        assertHit(r, "35233");
        assertTrue(r.getDouble("hits[0].score") >= r.getDouble("threshold"));
        double sum = r.getList("hits[0].explanation.contribution", Double.class).stream()
                .mapToDouble(Double::doubleValue).sum();
        assertEquals(r.getDouble("hits[0].score"), sum, 0.001, "the explanation adds up to the score");
        assertFalse(r.getString("hits[0].entityContentHash").isEmpty());
    }

    @Test
    void shouldFindTheCentralBankByItsBicEvenUnderAGarbledName() {
        JsonPath r = screen("""
                {"name": "Bnaco Sentral Venezuala", "type": "organization",
                 "identifiers": [{"type": "BIC", "value": "BCVEVECA"}]}""");
        assertHit(r, "26727");
        assertTrue(r.getList("hits[0].explanation.feature", String.class).stream().anyMatch(f -> f.contains("ident")),
                "the identifier is in the explanation");
    }

    @Test
    void shouldFindTheCardSystemByNameAndTaxId() {
        JsonPath r = screen("""
                {"name": "National Payment Card System JSC", "type": "organization",
                 "identifiers": [{"type": "TAX_ID", "value": "7706812159"}]}""");
        assertHit(r, "37809");
    }

    @Test
    void shouldFindTheTankerByItsImoNumber() {
        JsonPath r = screen("""
                {"name": "NS Lion", "type": "vessel", "identifiers": [{"type": "IMO", "value": "9339313"}]}""");
        assertHit(r, "46976");
    }

    @Test
    void shouldNotAlertOnGenericWordsAlone() {
        JsonPath r = screen("{\"name\": \"Trading Group Corp\", \"type\": \"organization\"}");
        assertTrue(r.getList("hits").isEmpty(), "generic words carry no match: " + r.getList("hits.primaryName"));
    }

    @Test
    void shouldStoreEveryScreeningForAudit() {
        JsonPath r = screen("{\"name\": \"Sergei Lavrov\", \"type\": \"person\"}");
        String id = r.getString("screeningId");
        given().auth().oauth2(AUDITOR).get("/api/v1/screenings/" + id).then().statusCode(200)
                .body("requestedBy", equalTo("sam"))
                .body("request.name", equalTo("Sergei Lavrov"))
                .body("normalized", notNullValue())
                .body("listVersions.'ofac-sdn'", notNullValue())
                .body("hits[0].sourceId", equalTo(r.getString("hits[0].sourceId")))
                .body("hits[0].explanation", notNullValue());
        given().auth().oauth2(AUDITOR).get("/api/v1/screenings/nope").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /**
     * A listed name hidden by a right-to-left override (it displays as "Sergei Lavrov") or by Cyrillic look-alike
     * letters is screened as it is read, and the screening is flagged, in the answer and in the audit record (issue 21).
     */
    @Test
    void shouldSeeThroughBidiControlsAndConfusablesAndFlagTheScreening() {
        for (String name : List.of("\u202evorvaL iegreS", "Serge\u0456 L\u0430vrov", "Ser\u200bgei La\u00advrov")) {
            JsonPath r = given().auth().oauth2(SCREENER).contentType("application/json")
                    .body(Map.of("name", name, "type", "person")).post("/api/v1/screenings").then().statusCode(200)
                    .extract().jsonPath();
            assertHit(r, "35233");
            assertTrue(r.getBoolean("evasionCharacters"), name);
            assertTrue(r.getList("hits[0].explanation.feature", String.class).contains("evasion-characters"), name);
            given().auth().oauth2(AUDITOR).get("/api/v1/screenings/" + r.getString("screeningId")).then()
                    .statusCode(200).body("evasionCharacters", equalTo(true))
                    .body("normalized.evasionCharacters", notNullValue());
        }
        JsonPath plain = screen("{\"name\": \"Sergei Lavrov\", \"type\": \"person\"}");
        assertFalse(plain.getBoolean("evasionCharacters"));
        given().auth().oauth2(AUDITOR).get("/api/v1/screenings/" + plain.getString("screeningId")).then()
                .statusCode(200).body("evasionCharacters", equalTo(false));
    }

    /**
     * The answer is given only once the screening is committed: with the audit table gone (renamed away under the
     * writers, which keep their connections between groups), the screening is refused with a 503 problem and no hits;
     * once the table is back, the writers take fresh connections and screening and its audit record work again.
     */
    @Test
    void shouldRefuseTheAnswerWhenTheScreeningCannotBeRecorded() throws Exception {
        screen("{\"name\": \"Sergei Lavrov\", \"type\": \"person\"}"); // the writers hold a connection now
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("RENAME TABLE screening TO screening_parked");
            try {
                given().auth().oauth2(SCREENER).contentType("application/json")
                        .body("{\"name\": \"Sergei Lavrov\", \"type\": \"person\"}").post("/api/v1/screenings")
                        .then().statusCode(503).contentType("application/problem+json")
                        .body("detail", containsString("could not be recorded"))
                        .body("hits", nullValue());
            } finally {
                st.execute("RENAME TABLE screening_parked TO screening");
            }
        }
        String id = screen("{\"name\": \"Sergei Lavrov\", \"type\": \"person\"}").getString("screeningId");
        given().auth().oauth2(AUDITOR).get("/api/v1/screenings/" + id).then().statusCode(200)
                .body("request.name", equalTo("Sergei Lavrov"));
    }

    @Test
    void shouldScreenABatchInInputOrderAsNdjson() {
        String body = given().auth().oauth2(SCREENER).contentType("application/json").body("""
                [{"name": "Serguei Lavrof", "type": "person"},
                 {"name": "Anna Schmidt-Unlisted", "type": "person"},
                 {"name": "Banco Central de Venezuela", "type": "organization"}]""")
                .post("/api/v1/screenings/batch").then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();
        List<String> lines = body.lines().toList();
        assertEquals(3, lines.size());
        assertHit(new JsonPath(lines.get(0)), "35233");
        assertTrue(new JsonPath(lines.get(1)).getList("hits").isEmpty());
        assertHit(new JsonPath(lines.get(2)), "26727");

        String ndjson = given().auth().oauth2(SCREENER).contentType("application/x-ndjson")
                .body("{\"name\": \"Sergei Lavrov\"}\n{\"name\": \"NS Lion\", \"type\": \"vessel\"}\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/screenings/batch").then().statusCode(200).extract().asString();
        assertEquals(2, ndjson.lines().count());
    }

    @Test
    void shouldRefuseABatchWithAnInvalidEntryAndScreenNothing() {
        given().auth().oauth2(SCREENER).contentType("application/json")
                .body("[{\"name\": \"A\"}, {\"name\": \"\"}]").post("/api/v1/screenings/batch").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("[1].name"));
    }

    @Test
    void shouldExplainWhyTwoNamesMatchAcrossScripts() {
        given().auth().oauth2(SCREENER).contentType("application/json").body("""
                {"query": {"name": "Сергей Лавров", "type": "person"},
                 "candidate": {"name": "Sergey Lavrov", "type": "person"}}""")
                .post("/api/v1/screenings/score").then().statusCode(200)
                .body("match", equalTo(true))
                .body("explanation", org.hamcrest.Matchers.not(empty()));
    }

    /** The explanation names the features of issue 16 with their contributions, and they still add up to the score. */
    @Test
    void shouldNameTheNewMatchingFeaturesInTheScoreExplanation() {
        Map<String, String> cases = Map.of(
                "name.given-name-hypocorism", """
                        {"query": {"name": "Peggy Vandermeer", "type": "person"},
                         "candidate": {"name": "Margaret Vandermeer", "type": "person"}}""",
                "name.common-name-penalty", """
                        {"query": {"name": "Ahmed Hassan", "type": "person"},
                         "candidate": {"name": "Ahmed Hassan", "type": "person"}}""",
                "name.title-removed", """
                        {"query": {"name": "Minister Kirill Zharkovsky", "type": "person"},
                         "candidate": {"name": "Kirill Zharkovsky", "type": "person"}}""",
                "name.romanisation-system", """
                        {"query": {"name": "Kang Kam-ch'an", "type": "person"},
                         "candidate": {"name": "강감찬", "type": "person"}}""",
                "name.script-skeleton", """
                        {"query": {"name": "레오폴트 크라우스너", "type": "person"},
                         "candidate": {"name": "Leopold Krausner", "type": "person"}}""",
                "name.abbreviation", """
                        {"query": {"name": "Zhenhua Intl Brothers", "type": "organization"},
                         "candidate": {"name": "Zhenhua International Brothers", "type": "organization"}}""",
                "name.given-name-only", """
                        {"query": {"name": "Nicholas Gruzdel", "type": "person"},
                         "candidate": {"name": "GRUZDEV, Nikolai", "type": "person"}}""",
                "evasion-characters", """
                        {"query": {"name": "\u202evorvaL iegreS", "type": "person"},
                         "candidate": {"name": "Sergei Lavrov", "type": "person"}}""");
        cases.forEach((feature, body) -> {
            JsonPath r = given().auth().oauth2(SCREENER).contentType("application/json").body(body)
                    .post("/api/v1/screenings/score").then().statusCode(200).extract().jsonPath();
            assertTrue(r.getList("explanation.feature", String.class).contains(feature), feature + ": "
                    + r.getList("explanation.feature"));
            double sum = r.getList("explanation.contribution", Double.class).stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(r.getDouble("score"), sum, 0.001, feature + ": the explanation adds up to the score");
        });
        // a common name alone is held under the threshold; its birth date lifts it
        given().auth().oauth2(SCREENER).contentType("application/json").body("""
                {"query": {"name": "Ahmed Hassan", "type": "person", "birthDate": "1971-06-02"},
                 "candidate": {"name": "Ahmed Hassan", "type": "person", "birthDate": "1971-06-02"}}""")
                .post("/api/v1/screenings/score").then().statusCode(200).body("match", equalTo(true));
    }

    @Test
    void shouldAnswerBadInputWithProblemJsonNamingTheFields() {
        given().auth().oauth2(SCREENER).contentType("application/json")
                .body("{\"type\": \"person\", \"birthDate\": \"21.03.1950\"}").post("/api/v1/screenings").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("birthDate"));
        given().auth().oauth2(SCREENER).contentType("application/json").body("{\"name\": \"x\", \"nmae\": 1}")
                .post("/api/v1/screenings").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nmae"));
        given().auth().oauth2(SCREENER).contentType("application/json").body("{\"name\": \"x\"")
                .post("/api/v1/screenings").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Malformed JSON"));
        given().auth().oauth2(SCREENER).contentType("application/json").body("{\"name\": [1, 2]}")
                .post("/api/v1/screenings").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SCREENER).contentType("text/plain").body("Sergei")
                .post("/api/v1/screenings").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnOversizedBodyBeforeReadingIt() {
        String huge = "{\"name\": \"" + "x".repeat(1_200_000) + "\"}";
        given().auth().oauth2(SCREENER).contentType("application/json").body(huge).post("/api/v1/screenings").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void shouldLetTradeRegistrationScreenWithTheClerksToken() {
        given().auth().oauth2(DevTokens.token("carla", "trade-clerk")).contentType("application/json")
                .body("[{\"name\": \"Sergei Lavrov\", \"type\": \"person\"}]").post("/api/v1/screenings/batch")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseScreeningToCallersWithoutTheScreenerRole() {
        given().auth().oauth2(AUDITOR).contentType("application/json").body("{\"name\": \"x\"}")
                .post("/api/v1/screenings").then().statusCode(403).contentType("application/problem+json");
    }
}
