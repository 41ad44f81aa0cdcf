package io.tollgate.screening.it;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.tollgate.testsupport.DevTokens;
import io.tollgate.testsupport.PackagedApplication;
import io.tollgate.testsupport.PackagedServiceContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged screening service (the jar here; the native executable under {@code -Dnative}): besides the suite's
 * edge promises, the paths a native image gets wrong when something is not registered — the name tables and ICU
 * transliteration data read from the class path, the list parser's reference tables, and the audit JSON written and
 * read back outside the REST layer.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedApplication.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "screening.lists.refresh-enabled", value = "false"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningPackagedIT extends PackagedServiceContract {

    private static final String SCREENER = DevTokens.token("sam", "screener", "auditor");

    @Override
    protected String expectedApiTitle() {
        return "Tollgate Screening API";
    }

    @Test
    @Order(1)
    void shouldRefuseToScreenWhileNoListIsLoaded() {
        given().auth().oauth2(SCREENER).contentType("application/json").body("{\"name\": \"Ivan Sidorenko\"}")
                .post("/api/v1/screenings").then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("No sanctions list"));
    }

    @Test
    @Order(2)
    void shouldImportAListAndMatchACyrillicNameWithAnExplainedStoredScreening() throws Exception {
        byte[] list = Files.readAllBytes(Path.of("src/test/resources/fixtures/custom/internal-watchlist.csv"));
        given().auth().oauth2(DevTokens.token("lena", "list-admin")).contentType("text/csv").body(list)
                .post("/api/v1/lists/custom-packaged/imports").then().statusCode(201)
                .body("source", equalTo("custom-packaged"));

        JsonPath screening = awaitScreening("{\"name\": \"Иван Сидоренко\", \"type\": \"person\"}");
        assertEquals("Ivan Petrovich Sidorenko", screening.getString("hits[0].primaryName"), screening.prettify());
        assertFalse(screening.getList("hits[0].explanation").isEmpty(), "a hit explains its score");

        given().auth().oauth2(SCREENER).get("/api/v1/screenings/" + screening.getString("screeningId")).then()
                .statusCode(200).body("normalized", notNullValue()).body("hits[0].explanation", not(equalTo(null)));
    }

    /** The index is rebuilt off the request path after an import: screen until it answers. */
    private static JsonPath awaitScreening(String body) {
        return await("the packaged screening service matching the imported list").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(SCREENER).contentType("application/json").body(body)
                        .post("/api/v1/screenings"), r -> r.statusCode() == 200 && !r.jsonPath().getList("hits").isEmpty())
                .jsonPath();
    }
}
