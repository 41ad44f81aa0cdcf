package io.tollgate.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.tollgate.platform.security.Roles;
import io.tollgate.testsupport.DevTokens;

/** Tokens and reference rates the reporting tests share. */
public final class Fixtures {

    public static final String AUDITOR = DevTokens.token("alice", Roles.AUDITOR);
    public static final String SUPERVISOR = DevTokens.token("sofia", Roles.SUPERVISOR);
    public static final String ANALYST = DevTokens.token("anna", Roles.ANALYST);

    /**
     * Rates for the VE-RU scenario (ECB layout, units per EUR): USD 1.25, RUB 100, VES 50, CNY 8 on the trade days;
     * none on Saturday 17 October 2026.
     */
    public static final String VE_RU_RATES = """
            Date,USD,JPY,CNY,RUB,VES,
            2026-10-13,1.25,N/A,8,100,50,
            2026-10-12,1.25,N/A,8,100,50,
            2026-09-15,1.25,N/A,8,100,50,
            2026-09-14,1.25,N/A,8,100,50,
            2026-08-11,1.25,N/A,8,100,50,
            2026-08-10,1.25,N/A,8,100,50,
            """;

    private Fixtures() {
    }

    /** Imports a rate file as a supervisor; the same rates imported again are a no-op. */
    public static void rates(String file) {
        given().auth().oauth2(SUPERVISOR).contentType("text/csv").body(file).post("/api/v1/fx-rates").then()
                .statusCode(anyOf(is(200), is(201)));
    }

    /** Imports a rate file of any layout as a supervisor. */
    public static void rates(byte[] file, String contentType) {
        given().auth().oauth2(SUPERVISOR).contentType(contentType).body(file).post("/api/v1/fx-rates").then()
                .statusCode(anyOf(is(200), is(201)));
    }
}
