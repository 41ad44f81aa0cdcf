package io.tollgate.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tollgate.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * With no list loaded, screening answers 503 — never an empty "no hits". Runs in its own application (and so its
 * own fresh database), where no test has imported anything.
 */
@QuarkusTest
@TestProfile(FailClosedTest.NoLists.class)
class FailClosedTest {

    /** A separate application start with a fresh, empty database. */
    public static class NoLists implements QuarkusTestProfile {
    }

    @Test
    void shouldRefuseToScreenWhileNoListIsLoaded() {
        given().auth().oauth2(DevTokens.token("sam", "screener")).contentType("application/json")
                .body("{\"name\": \"Sergei Lavrov\"}").post("/api/v1/screenings").then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("No sanctions list"));
        given().auth().oauth2(DevTokens.token("sam", "screener")).contentType("application/json")
                .body("[{\"name\": \"Sergei Lavrov\"}]").post("/api/v1/screenings/batch").then().statusCode(503);
    }
}
