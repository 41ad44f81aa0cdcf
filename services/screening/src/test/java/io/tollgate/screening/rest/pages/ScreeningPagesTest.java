package io.tollgate.screening.rest.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.testsupport.SharedData;
import io.tollgate.testsupport.WebForms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The screening workbench pages over real HTTP against the real OFAC SDN list: who sees which page (sign-in
 * redirect, 403 page), the search with its explanation bars, output escaping, the CSRF refusal of a form without its
 * token, the upload refused with its reasons while the current version stays, and the pages kept out of OpenAPI.
 */
@QuarkusTest
class ScreeningPagesTest {

    static final String SCREENER = DevTokens.token("sam", "screener");
    static final String AUDITOR = DevTokens.token("otto", "auditor");
    static final String ADMIN = DevTokens.token("lena", "list-admin");
    static final String XSS = "<script>alert(1)</script>";

    private static boolean loaded;

    @BeforeEach
    void loadList() throws Exception {
        if (loaded) {
            return;
        }
        given().auth().oauth2(ADMIN).queryParam("force", true).contentType("text/csv")
                .body(Files.readAllBytes(SharedData.file("lists/ofac/2024-05-03/sdn.csv")))
                .post("/api/v1/lists/ofac-sdn/imports").then().statusCode(oneOf(200, 201));
        String custom = "id,type,name,aliases,birth_date,countries,identifiers,programs,remarks\n"
                + "WL-1,person,\"" + XSS + "\",,,RU,,INTERNAL,\"<b>bold</b> remark\"\n";
        given().auth().oauth2(ADMIN).queryParam("force", true).contentType("text/csv")
                .body(custom.getBytes(StandardCharsets.UTF_8)).post("/api/v1/lists/custom-xss/imports").then()
                .statusCode(oneOf(200, 201));
        io.tollgate.screening.rest.ScreeningResourceTestAccess.awaitIndex(Map.of("ofac-sdn", 14965));
        loaded = true;
    }

    @Test
    void shouldSendAnAnonymousBrowserToSignInWithARelativeRedirectWhateverTheHost() {
        given().redirects().follow(false).header("Host", "evil.example").get("/").then().statusCode(303)
                .header("Location", equalTo("/login"));
        given().redirects().follow(false).get("/lists").then().statusCode(303).header("Location", equalTo("/login"));
        WebForms.anonymous().form().header("Host", "evil.example").formParam("token", SCREENER).post("/login").then()
                .statusCode(303).header("Location", equalTo("/"));
    }

    @Test
    void shouldShowEachPageOnlyToItsRolesAndOthersThe403Page() {
        given().cookie(WebForms.SESSION_COOKIE, ADMIN).get("/search?name=x").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("needs the screener role"))
                .body(containsString("lena"));
        given().cookie(WebForms.SESSION_COOKIE, SCREENER).get("/lists").then().statusCode(403)
                .body(containsString("needs the list-admin or auditor role"));
        given().cookie(WebForms.SESSION_COOKIE, AUDITOR).get("/lists").then().statusCode(200)
                .body(containsString("ofac-sdn")).body(not(containsString("id=\"upload-form\"")));
        given().cookie(WebForms.SESSION_COOKIE, ADMIN).get("/lists").then().statusCode(200)
                .body(containsString("id=\"upload-form\"")).body(containsString("name=\"csrf\""));
        // the navigation bar shows what the roles open, and nothing else
        given().cookie(WebForms.SESSION_COOKIE, SCREENER).get("/").then().statusCode(200)
                .body(containsString(">Search</a>")).body(not(containsString(">Lists</a>")))
                .body(not(containsString(">Dashboard</a>")));
    }

    @Test
    void shouldRankTheHitsAndDrawEachExplanationAsBars() {
        String page = given().cookie(WebForms.SESSION_COOKIE, SCREENER).queryParam("name", "Serguei Lavrof")
                .queryParam("type", "person").queryParam("birthDate", "1950-03-21").queryParam("countries", "RU")
                .get("/search").then().statusCode(200).extract().asString();
        int hit = page.indexOf("ofac-sdn 35233");
        assertFalse(hit < 0, "OFAC SDN 35233 is a hit");
        assertFalse(page.substring(hit).indexOf("class=\"bar\"") < 0, "its explanation is drawn");
        assertFalse(page.contains(SCREENER), "the token never appears in a page");
        given().cookie(WebForms.SESSION_COOKIE, SCREENER).get("/search?name=x&birthDate=03/21/1950").then()
                .statusCode(400).body(containsString("birthDate: must be YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    @Test
    void shouldShowAScriptTagAsTextEverywhere() {
        String search = given().cookie(WebForms.SESSION_COOKIE, SCREENER).queryParam("name", XSS).get("/search")
                .then().statusCode(200).extract().asString();
        assertFalse(search.contains(XSS), "the typed name is escaped");
        assertFalse(search.contains("<script"), "no script element");
        String hits = given().cookie(WebForms.SESSION_COOKIE, SCREENER).queryParam("name", "alert script")
                .get("/search").then().statusCode(200).extract().asString();
        long version = given().auth().oauth2(AUDITOR).get("/api/v1/lists").then().extract().jsonPath()
                .getLong("find { it.source == 'custom-xss' }.currentVersion.id");
        long entity = given().auth().oauth2(AUDITOR).get("/api/v1/lists/custom-xss/versions/" + version + "/delta")
                .then().extract().jsonPath().getLong("changes[0].entityId");
        given().cookie(WebForms.SESSION_COOKIE, SCREENER).get("/entities/" + entity).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")).body(not(containsString("<script")))
                .body(containsString("&lt;b&gt;bold&lt;/b&gt; remark"));
        assertFalse(hits.contains("<script"), "a hit's name is escaped");
    }

    @Test
    void shouldRefuseTheUploadFormWithoutItsCsrfToken() throws Exception {
        byte[] file = Files.readAllBytes(SharedData.file("lists/ofac/2024-05-03/sdn.csv"));
        WebForms admin = WebForms.signedIn(ADMIN);
        admin.withoutToken().multiPart("source", "ofac-sdn").multiPart("file", "sdn.csv", file, "text/csv")
                .post("/lists/upload").then().statusCode(403).body(containsString("This form cannot be accepted"));
        // a token of another session
        WebForms other = WebForms.signedIn(DevTokens.token("mia", "list-admin"));
        admin.withoutToken().multiPart("csrf", other.csrfToken()).multiPart("source", "ofac-sdn")
                .multiPart("file", "sdn.csv", file, "text/csv").post("/lists/upload").then().statusCode(403);
        // the sign-out form too; and the API is not a page: its bearer calls need no token
        admin.withoutToken().post("/logout").then().statusCode(403);
    }

    @Test
    void shouldShowWhyATruncatedFileIsRefusedAndKeepTheCurrentVersion() throws Exception {
        long current = currentVersion();
        byte[] full = Files.readAllBytes(SharedData.file("lists/ofac/2024-05-03/sdn.csv"));
        byte[] truncated = Arrays.copyOf(full, full.length / 2 + 17);
        WebForms admin = WebForms.signedIn(ADMIN);
        admin.withoutToken().multiPart("csrf", admin.csrfToken()).multiPart("source", "ofac-sdn")
                .multiPart("file", "sdn.csv", truncated, "text/csv").post("/lists/upload").then().log().ifValidationFails()
                .statusCode(422)
                .contentType(containsString("text/html")).body(containsString("id=\"upload-refused\""))
                .body(containsString("truncated")).body(containsString("stays in force"));
        assertEquals(current, currentVersion());
    }

    @Test
    void shouldKeepThePagesOutOfTheOpenApiDocument() {
        String doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String page : List.of("\"/search\"", "\"/login\"", "\"/logout\"", "\"/lists/upload\"", "\"/entities/{id}\"",
                "\"/\"")) {
            assertFalse(doc.contains(page), page + " is in the OpenAPI document");
        }
    }

    private static long currentVersion() {
        return given().auth().oauth2(AUDITOR).get("/api/v1/lists").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.source == 'ofac-sdn' }.currentVersion.id");
    }
}
