package io.tollgate.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** Refresh from a configured URL: a file: URL imports and then answers not-modified; an unreachable one fails clearly. */
@QuarkusTest
class ListRefreshResourceTest {

    private static final String ADMIN = DevTokens.token("lena", "list-admin");

    @Test
    void shouldImportFromAFileUrlAndThenSeeItUnmodified() {
        given().auth().oauth2(ADMIN).post("/api/v1/lists/custom-refresh-test/refresh").then().statusCode(201)
                .body("outcome", equalTo("IMPORTED")).body("version.origin", containsString("file:"));
        given().auth().oauth2(ADMIN).post("/api/v1/lists/custom-refresh-test/refresh").then().statusCode(200)
                .body("outcome", equalTo("NOT_MODIFIED"));
        given().auth().oauth2(DevTokens.token("otto", "auditor")).get("/api/v1/lists").then().statusCode(200)
                .body("find { it.source == 'custom-refresh-test' }.lastRefresh.outcome", equalTo("NOT_MODIFIED"))
                .body("find { it.source == 'custom-refresh-test' }.currentVersion.entities.total", equalTo(5));
    }

    @Test
    void shouldReportAnUnreachableSourceAsABadGatewayAndRecordIt() {
        given().auth().oauth2(ADMIN).post("/api/v1/lists/ofac-sdn/refresh").then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("POST /api/v1/lists/ofac-sdn/imports"));
        given().auth().oauth2(DevTokens.token("otto", "auditor")).get("/api/v1/lists").then().statusCode(200)
                .body("find { it.source == 'ofac-sdn' }.lastRefresh.outcome", equalTo("FAILED"));
    }

    @Test
    void shouldRefuseARefreshWithoutAConfiguredUrl() {
        given().auth().oauth2(ADMIN).post("/api/v1/lists/custom-no-url/refresh").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("imports"));
    }
}
