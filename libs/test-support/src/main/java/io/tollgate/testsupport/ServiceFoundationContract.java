package io.tollgate.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every Tollgate service promises at its edges, run by each service's {@code @QuarkusTest} subclass:
 * health, OpenAPI, bearer-token security with problem+json failures, problem+json for unknown routes, and its
 * schema migrated by Liquibase.
 */
public abstract class ServiceFoundationContract {

    /** A table this service's changelog creates, proving the migration ran. */
    protected abstract String expectedTable();

    /** The OpenAPI title this service declares. */
    protected abstract String expectedApiTitle();

    @Test
    void shouldRefuseASignInPostedFromAnotherSiteEvenWithAValidFormToken() {
        // a foreign page that fetched our sign-in form's token still cannot sign a victim in (login CSRF, issue 21)
        String token = DevTokens.token("mallory", "auditor", "screener", "analyst", "supervisor", "trade-clerk", "list-admin");
        WebForms browser = WebForms.anonymous();
        browser.form().header("Origin", "https://evil.example").formParam("token", token).post("/login")
                .then().statusCode(403).header("Set-Cookie", org.hamcrest.Matchers.not(
                        containsString(WebForms.SESSION_COOKIE + "=ey")));
        browser.form().header("Sec-Fetch-Site", "cross-site").formParam("token", token).post("/login")
                .then().statusCode(403);
        browser.form().header("Origin", "null").formParam("token", token).post("/login").then().statusCode(403);
        browser.form().header("Origin", "https://evil.example").post("/logout").then().statusCode(403);
        // the same form from this site's own page signs in (303 to the page asked for)
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        browser.form().header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .formParam("token", token).post("/login").then().statusCode(303);
    }

    @Test
    void shouldReportLiveAndReadyWithTheDatabaseCheck() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldServeOpenApiAndMetricsWithoutAToken() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(expectedApiTitle()))
                .body("info.version", notNullValue())
                .body("info.description", notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void shouldRefuseARequestWithoutATokenWithProblemJson() {
        given().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", notNullValue())
                .body("type", containsString("unauthorized"))
                .body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void shouldRefuseAnExpiredOrForgedTokenWithProblemJson() {
        String expired = DevTokens.token("mallory", List.of("auditor"), -600);
        given().auth().oauth2(expired).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        String token = DevTokens.token("mallory", "auditor");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldTellTheCallerWhoTheyAreFromAValidToken() {
        given().auth().oauth2(DevTokens.token("alice", "auditor", "analyst")).get("/api/v1/me").then()
                .statusCode(200).body("user", equalTo("alice")).body("roles", hasItem("analyst"));
    }

    @Test
    void shouldNameEachPersonInOneFormWhateverTheCaseOfTheToken() {
        // four eyes, "decided by", idempotency keys and audit all compare these names: ANNA is anna
        given().auth().oauth2(DevTokens.token("  ANNA ", "analyst")).get("/api/v1/me").then().statusCode(200)
                .body("user", equalTo("anna"));
        given().auth().oauth2(DevTokens.token("Anna", "analyst")).get("/api/v1/me").then().statusCode(200)
                .body("user", equalTo("anna"));
    }

    @Test
    void shouldAnswerAnUnknownRouteWithProblemJson() {
        given().auth().oauth2(DevTokens.token("alice", "auditor")).get("/api/v1/no-such-thing").then()
                .statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("/api/v1/no-such-thing"));
    }

    @Test
    void shouldAnswerAWrongMethodWithProblemJson() {
        given().auth().oauth2(DevTokens.token("alice", "auditor")).delete("/api/v1/me").then()
                .statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
    }

    @Test
    void shouldHaveMigratedItsOwnSchemaWithLiquibase() throws Exception {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        assertTrue(tables.contains("databasechangelog"), "Liquibase history missing: " + tables);
        assertTrue(tables.contains(expectedTable()), expectedTable() + " missing: " + tables);
    }
}
