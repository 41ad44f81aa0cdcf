package io.tollgate.screening.rest;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.testsupport.BadInputFuzzContract;
import io.tollgate.testsupport.DevTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/**
 * Bad input against every screening endpoint (see {@link BadInputFuzzContract}), with a small custom list loaded so
 * that screening requests reach the matcher instead of the fail-closed 503.
 */
@QuarkusTest
class ScreeningBadInputTest extends BadInputFuzzContract {

    private static final String SOURCE = "custom-fuzz";

    @BeforeEach
    void loadAList() throws Exception {
        String admin = DevTokens.token("lena", "list-admin");
        given().auth().oauth2(admin).queryParam("force", true).contentType("text/csv")
                .body(Files.readAllBytes(Path.of("src/test/resources/fixtures/custom/internal-watchlist.csv")))
                .post("/api/v1/lists/" + SOURCE + "/imports").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        String screener = DevTokens.token("sam", "screener");
        await("a list serving screenings").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(screener).contentType("application/json")
                        .body("{\"name\": \"probe\"}").post("/api/v1/screenings").statusCode() == 200);
    }

    @Override
    protected String pathValue(String path, String parameter) {
        return parameter.equals("source") ? SOURCE : "1";
    }

    private static final String QUERY = "{\"name\": \"Ivan Sidorenko\", \"type\": \"person\", \"birthDate\": \"1971\", "
            + "\"countries\": [\"RU\"], \"identifiers\": [{\"type\": \"PASSPORT\", \"value\": \"4509123456\"}], "
            + "\"gender\": \"male\", \"sources\": [\"custom-fuzz\"], \"threshold\": 0.8, \"limit\": 5}";

    /** Valid bodies, so that each mutation changes one thing and hostile text reaches the matcher and the audit. */
    @Override
    protected JsonNode sampleBody(String method, String path) {
        return switch (path) {
            case "/api/v1/screenings" -> json(QUERY);
            case "/api/v1/screenings/batch" -> json("[" + QUERY + "]");
            case "/api/v1/screenings/score" -> json("{\"query\": " + QUERY + ", \"candidate\": {\"name\": "
                    + "\"Ivan Petrovich Sidorenko\", \"type\": \"person\", \"birthDate\": \"1971-05-14\", "
                    + "\"countries\": [\"RU\"], \"identifiers\": [{\"type\": \"PASSPORT\", \"value\": \"4509123456\"}]}}");
            default -> null;
        };
    }

    /** A refused upload is still recorded as an import attempt: that is the audit of who tried what. */
    @Override
    protected Set<String> tablesWrittenOnRefusal() {
        return Set.of("list_import_attempt");
    }
}
