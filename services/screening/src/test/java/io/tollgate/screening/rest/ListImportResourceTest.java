package io.tollgate.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.testsupport.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The OFAC SDN list through its whole life over HTTP, on the real published files: first import, a real weekly
 * update with its delta, an identical re-import, broken files refused while the previous version keeps serving,
 * and the shrink guard.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListImportResourceTest {

    private static final String ADMIN = DevTokens.token("lena", "list-admin");
    private static final String AUDITOR = DevTokens.token("otto", "auditor");

    static byte[] shared(String path) throws IOException {
        return Files.readAllBytes(SharedData.file(path));
    }

    static JsonPath importFile(String source, byte[] body, int status) {
        return given().auth().oauth2(ADMIN).contentType("application/octet-stream").body(body)
                .post("/api/v1/lists/" + source + "/imports").then().statusCode(status).extract().jsonPath();
    }

    static long currentVersionId(String source) {
        return given().auth().oauth2(AUDITOR).get("/api/v1/lists").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.source == '" + source + "' }.currentVersion.id");
    }

    @Test
    @Order(1)
    void shouldRefuseImportsFromCallersWithoutTheListAdminRole() throws IOException {
        given().auth().oauth2(DevTokens.token("sam", "screener")).body(shared("lists/ofac/2024-04-26/sdn.csv"))
                .contentType("text/csv").post("/api/v1/lists/ofac-sdn/imports").then().statusCode(403)
                .contentType("application/problem+json");
        given().body("x").contentType("text/csv").post("/api/v1/lists/ofac-sdn/imports").then().statusCode(401);
    }

    @Test
    @Order(2)
    void shouldImportTheOfacSdnFileAsANewVersion() throws IOException {
        JsonPath v = importFile("ofac-sdn", shared("lists/ofac/2024-04-26/sdn.csv"), 201);
        assertEquals(14668, v.getInt("entities.total"));
        assertEquals(14668, v.getInt("delta.added"));
        assertEquals("lena", v.getString("importedBy"));
        assertEquals(64, v.getString("sha256").length());
        assertTrue(v.getInt("entities.vessel") > 0, "vessels counted");
    }

    @Test
    @Order(3)
    void shouldRecordTheRealWeeklyUpdateAsItsDelta() throws IOException {
        long before = currentVersionId("ofac-sdn");
        JsonPath v = importFile("ofac-sdn", shared("lists/ofac/2024-05-03/sdn.csv"), 201);
        assertEquals(14965, v.getInt("entities.total"));
        assertEquals(305, v.getInt("delta.added"));
        assertEquals(8, v.getInt("delta.removed"));
        assertEquals(before, v.getLong("previousVersionId"));
        long id = v.getLong("id");

        JsonPath delta = given().auth().oauth2(AUDITOR).queryParam("limit", 10000)
                .get("/api/v1/lists/ofac-sdn/versions/" + id + "/delta").then().statusCode(200).extract().jsonPath();
        List<String> types = delta.getList("changes.changeType");
        assertEquals(305, types.stream().filter("ADDED"::equals).count());
        assertEquals(8, types.stream().filter("REMOVED"::equals).count());
        assertEquals(v.getInt("delta.changed"), types.stream().filter("CHANGED"::equals).count());
        List<List<String>> changedFields = delta.getList("changes.findAll { it.changeType == 'CHANGED' }.changedFields");
        changedFields.forEach(f -> assertTrue(!f.isEmpty(), "a change names its fields"));
    }

    @Test
    @Order(4)
    void shouldReturnTheExistingVersionForIdenticalContent() throws IOException {
        long current = currentVersionId("ofac-sdn");
        JsonPath v = importFile("ofac-sdn", shared("lists/ofac/2024-05-03/sdn.csv"), 200);
        assertEquals(current, v.getLong("id"));
        given().auth().oauth2(AUDITOR).get("/api/v1/lists/ofac-sdn/versions").then().statusCode(200)
                .body("size()", equalTo(2));
    }

    @Test
    @Order(5)
    void shouldRefuseATruncatedFileNamingTheLineAndKeepServingThePreviousVersion() throws IOException {
        long current = currentVersionId("ofac-sdn");
        byte[] full = shared("lists/ofac/2024-05-03/sdn.csv");
        byte[] truncated = Arrays.copyOf(full, full.length / 2 + 17);
        given().auth().oauth2(ADMIN).contentType("text/csv").body(truncated).post("/api/v1/lists/ofac-sdn/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("truncated")).body("detail", containsString("line"));
        assertEquals(current, currentVersionId("ofac-sdn"));
    }

    @Test
    @Order(6)
    void shouldRefuseACorruptedOrForeignFileAndChangeNothing() throws IOException {
        long current = currentVersionId("ofac-sdn");
        byte[] zipOfGarbage = zip(Map.of("sdn.csv", "\u0000\u0001garbage\u00ff".repeat(1000).getBytes()));
        given().auth().oauth2(ADMIN).contentType("application/zip").body(zipOfGarbage)
                .post("/api/v1/lists/ofac-sdn/imports").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType("application/xml").body(shared("lists/un/UN_consolidated.xml"))
                .post("/api/v1/lists/ofac-sdn/imports").then().statusCode(422)
                .body("detail", containsString("ofac-sdn"));
        assertEquals(current, currentVersionId("ofac-sdn"));
    }

    @Test
    @Order(7)
    void shouldTripTheShrinkGuardUnlessForcedAndRecordTheOverride() throws IOException {
        long current = currentVersionId("ofac-sdn");
        byte[] oldSet = zip(Map.of(
                "sdn.csv", shared("lists/ofac/2021-complete/sdn.csv"),
                "alt.csv", shared("lists/ofac/2021-complete/alt.csv"),
                "add.csv", shared("lists/ofac/2021-complete/add.csv"),
                "sdn_comments.csv", shared("lists/ofac/2021-complete/sdn_comments.csv")));
        given().auth().oauth2(ADMIN).contentType("application/zip").body(oldSet)
                .post("/api/v1/lists/ofac-sdn/imports").then().statusCode(422)
                .body("detail", containsString("force=true"));
        assertEquals(current, currentVersionId("ofac-sdn"));

        JsonPath forced = given().auth().oauth2(ADMIN).contentType("application/zip").body(oldSet)
                .queryParam("force", true).post("/api/v1/lists/ofac-sdn/imports").then().statusCode(201)
                .extract().jsonPath();
        assertEquals(8976, forced.getInt("entities.total"));
        assertTrue(forced.getBoolean("shrinkGuardOverridden"));
        assertTrue(forced.getInt("delta.removed") > 1000);
    }

    @Test
    @Order(8)
    void shouldServeAResumableChangeFeedInCommitOrder() {
        JsonPath first = given().auth().oauth2(AUDITOR).queryParam("after", 0).queryParam("limit", 100)
                .get("/api/v1/lists/changes").then().statusCode(200).extract().jsonPath();
        assertTrue(first.getBoolean("more"));
        List<Long> cursors = first.getList("changes.cursor", Long.class);
        assertEquals(100, cursors.size());
        for (int i = 1; i < cursors.size(); i++) {
            assertTrue(cursors.get(i) > cursors.get(i - 1), "ordered");
        }
        long next = first.getLong("nextCursor");
        JsonPath second = given().auth().oauth2(AUDITOR).queryParam("after", next).queryParam("limit", 5)
                .get("/api/v1/lists/changes").then().statusCode(200).extract().jsonPath();
        assertTrue(second.getLong("changes[0].cursor") > next);
        given().auth().oauth2(AUDITOR).queryParam("limit", 0).get("/api/v1/lists/changes").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @Order(9)
    void shouldShowOneEntityWithItsTypedFieldsAndSourceRecord() {
        JsonPath feed = given().auth().oauth2(AUDITOR).queryParam("limit", 10000)
                .get("/api/v1/lists/changes").then().statusCode(200).extract().jsonPath();
        long bcv = feed.getLong("changes.find { it.sourceEntityId == '26727' }.entityId");
        given().auth().oauth2(DevTokens.token("sam", "screener")).get("/api/v1/entities/" + bcv).then()
                .statusCode(200)
                .body("entity.names[0].full", containsString("BANCO CENTRAL DE VENEZUELA"))
                .body("entity.identifiers.findAll { it.type == 'SWIFT_BIC' }.value", hasItem("BCVEVECA"))
                .body("entity.sourceRecord.file", notNullValue());
        given().auth().oauth2(AUDITOR).get("/api/v1/entities/999999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @Order(10)
    void shouldListEverySourceWithFreshness() {
        given().auth().oauth2(AUDITOR).get("/api/v1/lists").then().statusCode(200)
                .body("source", hasItem("un"))
                .body("find { it.source == 'ofac-sdn' }.currentVersion.entities.total", equalTo(8976))
                .body("find { it.source == 'ofac-sdn' }.ageSeconds", notNullValue())
                .body("find { it.source == 'ofac-sdn' }.stale", equalTo(false))
                .body("find { it.source == 'un' }.configuredUrl", containsString("https://"))
                .body("findAll { it.currentVersion != null }.stale", everyItem(equalTo(false)));
        given().auth().oauth2(AUDITOR).get("/api/v1/lists/nonsense/versions").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Sanctions lists' }.data.'ofac-sdn'", containsString("8976"));
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    @Order(11)
    void shouldTreatAReturnToAnOlderPublicationAsANewCurrentVersion() throws IOException {
        long current = currentVersionId("ofac-sdn");
        JsonPath v = given().auth().oauth2(ADMIN).queryParam("force", true).contentType("text/csv")
                .body(shared("lists/ofac/2024-05-03/sdn.csv")).post("/api/v1/lists/ofac-sdn/imports").then()
                .statusCode(201).extract().jsonPath();
        assertEquals(current, v.getLong("previousVersionId"));
        assertEquals(14965, v.getInt("entities.total"));
        assertEquals(v.getLong("id"), currentVersionId("ofac-sdn"));
    }
}
