package io.tollgate.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What every Tollgate service promises at its edges, checked against the packaged application (the jar built by
 * {@code make test}, or the native executable where one is built) by each service's {@code @QuarkusIntegrationTest}
 * subclass: it starts in the prod profile, migrates its database, becomes ready, verifies bearer tokens and answers
 * failures as problem+json. Deliberately few calls: the {@code @QuarkusTest}s cover the behaviour, these the build.
 */
public abstract class PackagedServiceContract {

    /** The OpenAPI title this service declares. */
    protected abstract String expectedApiTitle();

    @Test
    void shouldBeStartedLiveAndReadyWithTheDatabaseCheck() {
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldServeItsOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(expectedApiTitle()));
    }

    @Test
    void shouldRefuseARequestWithoutATokenWithProblemJson() {
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void shouldTellTheCallerWhoTheyAreFromAValidToken() {
        given().auth().oauth2(DevTokens.token("alice", "auditor")).get("/api/v1/me").then().statusCode(200)
                .body("user", equalTo("alice")).body("roles", hasItem("auditor"));
    }

    @Test
    void shouldAnswerAnUnknownRouteWithProblemJson() {
        given().auth().oauth2(DevTokens.token("alice", "auditor")).get("/api/v1/no-such-thing").then()
                .statusCode(404).contentType("application/problem+json").body("title", notNullValue());
    }
}
