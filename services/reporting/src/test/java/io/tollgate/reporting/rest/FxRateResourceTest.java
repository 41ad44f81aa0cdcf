package io.tollgate.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.reporting.Fixtures;
import io.tollgate.testsupport.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Importing published rates in the ECB's, the Bank of Russia's and the plain layout: whole files or nothing, and stored
 * rates never change.
 */
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
                .then().statusCode(200).body("", hasSize(1)).body("[0].rate", equalTo(1.0765f))
                .body("[0].base", equalTo("EUR")).body("[0].quote", equalTo("USD")).body("[0].source", equalTo("ECB"));
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
                .body("violations[0].field", equalTo("2023-02-01 ECB EUR/USD"))
                .body("violations[0].message", equalTo("stored rate 1.09, the file says 1.095"));
        // the new day of the refused file was not stored either
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates?from=2023-02-02&to=2023-02-02").then()
                .statusCode(200).body("", hasSize(0));
        // another source's rate for the same pair and day is its own fact, stored beside the ECB's
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/csv")
                .body("date,base,quote,rate,source\n2023-02-01,EUR,USD,1.0950,ACME-BANK\n").post("/api/v1/fx-rates")
                .then().statusCode(201);
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates?from=2023-02-01&to=2023-02-01&currency=USD")
                .then().statusCode(200).body("source", contains("ACME-BANK", "ECB"));
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

    @Test
    void shouldImportABankOfRussiaDayAsPublishedInWindows1251() throws IOException {
        byte[] day = Files.readAllBytes(SharedData.file("fx/cbr/XML_daily_2022-02-04.xml"));
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("application/xml").body(day).post("/api/v1/fx-rates")
                .then().statusCode(201).body("layouts", contains("CBR")).body("sources", contains("CBR"))
                .body("ratesAdded", equalTo(34)).body("firstDate", equalTo("2022-02-04"));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates?from=2022-02-04&to=2022-02-04&currency=INR")
                .then().statusCode(200).body("", hasSize(1)).body("[0].base", equalTo("INR"))
                .body("[0].quote", equalTo("RUB")).body("[0].source", equalTo("CBR"));
        // sent again: nothing new
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/xml").body(day).post("/api/v1/fx-rates")
                .then().statusCode(200).body("ratesUnchanged", equalTo(34));
    }

    @Test
    void shouldRefuseADayResentWithAnotherValueAndKeepTheStoredOne() throws IOException {
        byte[] day = Files.readAllBytes(SharedData.file("fx/cbr/XML_daily_2023-11-02.xml"));
        Fixtures.rates(day, "application/xml");
        // the same day with the dollar changed (and its VunitRate with it): a correction is not taken silently
        String changed = new String(day, "windows-1251").replace("<Value>93,2801</Value><VunitRate>93,2801</VunitRate>",
                "<Value>93,3801</Value><VunitRate>93,3801</VunitRate>");
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("application/xml").body(changed.getBytes("windows-1251"))
                .post("/api/v1/fx-rates").then().statusCode(409).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("2023-11-02 CBR USD/RUB"))
                .body("violations[0].message", equalTo("stored rate 93.2801, the file says 93.3801"));
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates?from=2023-11-02&to=2023-11-02&currency=USD")
                .then().statusCode(200).body("[0].rate", equalTo(93.2801f));
    }

    @Test
    void shouldImportManyDaysInAZipAndThePlainLayout() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String name : new String[] {"XML_daily_2021-12-11.xml", "XML_daily_2022-03-15.xml"}) {
                out.putNextEntry(new ZipEntry(name));
                out.write(Files.readAllBytes(SharedData.file("fx/cbr/" + name)));
            }
        }
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("application/zip").body(zip.toByteArray())
                .post("/api/v1/fx-rates").then().statusCode(201).body("dates", equalTo(2)).body("ratesAdded", equalTo(68));
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/csv").body("""
                # Banco Central de Venezuela, bolivares per US dollar
                date,base,quote,rate,source
                2025-01-03,USD,VES,52.5723,BCV
                2025-01-06,USD,VES,52.9531,BCV
                """).post("/api/v1/fx-rates").then().statusCode(201).body("layouts", contains("PLAIN"))
                .body("sources", contains("BCV")).body("currencies", contains("USD", "VES"));
    }

    @Test
    void shouldRefuseAMalformedFileOfEachLayoutNamingTheLineOrElement() {
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("application/xml").body("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ValCurs Date="10.01.2022" name="Foreign Currency Market">
                <Valute ID="R01235"><NumCode>840</NumCode><CharCode>USD</CharCode><Nominal>1</Nominal><Value>74,2926</Value></Valute>
                <Valute ID="R01270"><NumCode>356</NumCode><CharCode>INR</CharCode><Nominal>100</Nominal><Value>n/a</Value></Valute>
                </ValCurs>
                """).post("/api/v1/fx-rates").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("line 4, Valute R01270 (INR), Value"))
                .body("detail", containsString("line 4"));
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("text/csv").body("""
                date,base,quote,rate,source
                2022-01-10,USD,VES,4.61,BCV
                2022-01-11,USD,VES,4,62,BCV
                """).post("/api/v1/fx-rates").then().statusCode(422).body("violations[0].field", equalTo("line 3"));
        given().auth().oauth2(Fixtures.SUPERVISOR).contentType("application/zip").body(new byte[] {'P', 'K', 3, 4, 9})
                .post("/api/v1/fx-rates").then().statusCode(422).contentType("application/problem+json");
        // nothing of the refused files was stored
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/fx-rates?from=2022-01-10&to=2022-01-11").then()
                .statusCode(200).body("", hasSize(0));
    }
}
