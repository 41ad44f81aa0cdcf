package io.tollgate.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.testsupport.DevTokens;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Every source imports its publication as published, recognised by content: the real UN, OFAC consolidated,
 * US CSL and BIS files, and hand-written EU, UK and custom-list fixtures in their published layouts.
 */
@QuarkusTest
class ListSourcesImportTest {

    private static final String ADMIN = DevTokens.token("lena", "list-admin");
    private static final String AUDITOR = DevTokens.token("otto", "auditor");

    private static void imports(String source, String contentType, byte[] body, String jsonPath, Object expected) {
        given().auth().oauth2(ADMIN).contentType(contentType).body(body).post("/api/v1/lists/" + source + "/imports")
                .then().statusCode(oneOf(200, 201)).body(jsonPath, equalTo(expected));
    }

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = ListSourcesImportTest.class.getResourceAsStream("/fixtures/" + path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void shouldImportTheUnListWithItsIndividualsAndEntities() throws IOException {
        byte[] un = ListImportResourceTest.shared("lists/un/UN_consolidated.xml");
        imports("un", "application/xml", un, "entities.person", 730);
        imports("un", "application/xml", un, "entities.organization", 273);
    }

    @Test
    void shouldImportTheOfacConsolidatedEnhancedXmlStraightFromItsZip() throws IOException {
        imports("ofac-consolidated", "application/zip",
                ListImportResourceTest.shared("lists/ofac/non-sdn-2025/CONS_ENHANCED.ZIP"), "entities.total", 443);
    }

    @Test
    void shouldImportTheGzippedUsConsolidatedScreeningList() throws IOException {
        // 14,160 rows; parties published on several sub-lists share an _id and become one entity
        imports("us-csl", "application/gzip", ListImportResourceTest.shared("lists/us-csl/consolidated-2022.csv.gz"),
                "entities.total", 14048);
    }

    @Test
    void shouldImportTheBisDeniedPersonsList() throws IOException {
        imports("bis-dpl", "text/tab-separated-values", ListImportResourceTest.shared("lists/bis-dpl/dpl.txt"),
                "entities.total", 417);
    }

    @Test
    void shouldImportTheEuFinancialSanctionsFile() throws IOException {
        imports("eu", "application/xml", fixture("eu/eu-fsf-sample.xml"), "entities.total", 4);
    }

    @Test
    void shouldImportTheUkListInBothOfficialLayoutsAlike() throws IOException {
        imports("uk", "application/xml", fixture("uk/uk-sanctions-list.xml"), "entities.total", 6);
        // the same designations in the CSV layout: a new version whose content equals the XML's
        given().auth().oauth2(ADMIN).contentType("text/csv").body(fixture("uk/uk-sanctions-list.csv"))
                .post("/api/v1/lists/uk/imports").then().statusCode(201)
                .body("entities.total", equalTo(6)).body("format", equalTo("uk-csv"));
    }

    @Test
    void shouldImportACustomInternalWatchlist() throws IOException {
        imports("custom-fraud-watch", "text/csv", fixture("custom/internal-watchlist.csv"), "source",
                "custom-fraud-watch");
        given().auth().oauth2(AUDITOR).get("/api/v1/lists").then().statusCode(200)
                .body("source", hasItem("custom-fraud-watch"));
    }

    @Test
    void shouldRefuseAFileOfAnotherSourcesFormat() throws IOException {
        given().auth().oauth2(ADMIN).contentType("text/csv").body(ListImportResourceTest.shared("lists/bis-dpl/dpl.txt"))
                .post("/api/v1/lists/un/imports").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("un"));
        given().auth().oauth2(ADMIN).contentType("text/csv").body("id,name\n1,x\n")
                .post("/api/v1/lists/Not_A_Source/imports").then().statusCode(404);
        given().auth().oauth2(ADMIN).contentType("text/csv").body(new byte[0])
                .post("/api/v1/lists/un/imports").then().statusCode(400).contentType("application/problem+json");
    }
}
