package io.tollgate.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.reporting.Fixtures;
import org.junit.jupiter.api.Test;

/** Importing reference rates: whole files or nothing, and stored rates never change. */
@QuarkusTest
class FxRateResourceTest {

    // the head of an ECB history file (trailing commas, N/A), for days no other test uses
    private static final String ECB = """
            Date,USD,JPY,BGN,CYP,CZK,RUB,
            2024-05-03,1.0765,164.69,1.9558,N/A,25.098,N/A,
            2024-05-02,1.0706,165.43,1.9558,N/A,25.179,N/A,
            """;

    @Test
    void shouldImportAnEcbFileOnceAndSkipItTheSecondTime() {
        String location = given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/csv").body(ECB)
                .post("/api/v1/fx-rates").then()
                .statusCode(201).header("Location", containsString("/api/v1/fx-rates/imports/"))
                .body("ratesAdded", equalTo(8)).body("ratesUnchanged", equalTo(0)).body("dates", equalTo(2))
                .body("firstDate", equalTo("2024-05-02")).body("lastDate", equalTo("2024-05-03"))
                .body("currencies", hasItem("CZK")).extract().header("Location");
        given().auth().oauth2(Fixtures.AUDITOR).get(location).then().statusCode(200).body("ratesAdded", equalTo(8))
                .body("sha256", equalTo(io.tollgate.reporting.Seed.sha256(ECB)));
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/csv").body(ECB).post("/api/v1/fx-rates").then()
                .statusCode(200).body("importId", nullValue()).body("ratesAdded", equalTo(0))
                .body("ratesUnchanged", equalTo(8));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates?from=2024-05-03&to=2024-05-03&currency=usd")
                .then().statusCode(200).body("", hasSize(1)).body("[0].unitsPerEur", equalTo(1.0765f));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates/imports").then().statusCode(200)
                .body("importedBy", hasItem("sofia"));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates/imports/999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseABrokenFileWholeAndStoreNothingOfIt() {
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/csv").body("""
                Date,USD,RUB
                2023-01-02,1.0670,78.1
                2023-01-03,1.0545,seventy
                """).post("/api/v1/fx-rates").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("line 3, RUB"))
                .body("violations[0].message", containsString("not a number"));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates?from=2023-01-02&to=2023-01-03").then()
                .statusCode(200).body("", hasSize(0));
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/csv").body("Day,USD\n2023-01-02,1\n")
                .post("/api/v1/fx-rates").then().statusCode(422).body("violations[0].field", equalTo("line 1"));
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/csv").body("").post("/api/v1/fx-rates").then()
                .statusCode(422);
    }

    @Test
    void shouldNeverChangeAStoredRate() {
        Fixtures.rates("Date,USD\n2023-02-01,1.0900\n");
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/csv")
                .body("Date,USD,RUB\n2023-02-01,1.0950,80\n2023-02-02,1.0910,80\n").post("/api/v1/fx-rates").then()
                .statusCode(409).contentType("application/problem+json")
                .body("violations[0].field", equalTo("2023-02-01 USD"))
                .body("violations[0].message", equalTo("stored rate 1.09, the file says 1.095"));
        // the new day of the refused file was not stored either
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates?from=2023-02-02&to=2023-02-02").then()
                .statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldLetOnlyASupervisorImport() {
        given().auth().oauth2(Fixtures.AUDITOR).contentType("text/csv").body(ECB).post("/api/v1/fx-rates").then()
                .statusCode(403).contentType("application/problem+json");
        given().contentType("text/csv").body(ECB).post("/api/v1/fx-rates").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("application/json").body("{}").post("/api/v1/fx-rates")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
