package io.tollgate.reporting.rest.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.platform.security.Roles;
import io.tollgate.reporting.Fixtures;
import io.tollgate.testsupport.DevTokens;
import java.util.List;
import io.tollgate.testsupport.WebForms;
import org.junit.jupiter.api.Test;

/** How a browser signs in, what the session cookie may and may not do, and the page's security headers. */
@QuarkusTest
class DashboardPageTest {

    @Test
    void shouldSendAnAnonymousBrowserToTheSignInPage() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/login"));
        given().get("/login").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .body(containsString("name=\"token\""));
    }

    @Test
    void shouldSetAStrictHttpOnlyCookieForAValidAuditorToken() {
        WebForms.anonymous().form().formParam("token", "Bearer " + Fixtures.AUDITOR).post("/login").then()
                .statusCode(303).header("Location", endsWith("/"))
                .header("Set-Cookie", allOf(startsWith("tollgate_token=" + Fixtures.AUDITOR), containsString("HttpOnly"),
                        containsString("SameSite=Strict"), containsString("Path=/")));
        given().cookie("tollgate_token", Fixtures.AUDITOR).get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("Settlement-currency mix")).body(containsString("alice"));
    }

    @Test
    void shouldRefuseTokensThatAreInvalidOrLackTheRole() {
        WebForms.anonymous().form().formParam("token", "not-a-jwt").post("/login").then().statusCode(401)
                .body(containsString("not valid here"));
        WebForms.anonymous().form().formParam("token", Fixtures.ANALYST).post("/login").then().statusCode(401)
                .body(containsString("neither the auditor nor the supervisor"));
        given().auth().oauth2(Fixtures.ANALYST).get("/").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("needs the auditor or supervisor role"));
        String expired = DevTokens.token("alice", List.of(Roles.AUDITOR), -60);
        given().redirects().follow(false).cookie("tollgate_token", expired).get("/").then().statusCode(303)
                .header("Location", endsWith("/login"));
    }

    @Test
    void shouldLetTheCookieReadReportsButNeverWrite() {
        given().cookie("tollgate_token", Fixtures.SUPERVISOR).get("/api/v1/reports/register?format=csv").then()
                .statusCode(200).contentType(startsWith("text/csv"));
        given().cookie("tollgate_token", Fixtures.SUPERVISOR).contentType("text/csv").body("Date,USD\n2022-01-03,1.13\n")
                .post("/api/v1/fx-rates").then().statusCode(401).contentType("application/problem+json");
        given().cookie("tollgate_token", Fixtures.SUPERVISOR).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(Fixtures.SUPERVISOR).get("/api/v1/me").then().statusCode(200)
                .body("user", equalTo("sofia"));
    }

    @Test
    void shouldSignOutByExpiringTheCookie() {
        WebForms.signedIn(Fixtures.AUDITOR).form().post("/logout").then()
                .statusCode(303).header("Location", endsWith("/login"))
                .header("Set-Cookie", allOf(startsWith("tollgate_token="), containsString("Max-Age=0")));
    }

    @Test
    void shouldRefuseAFormWithoutItsCsrfToken() {
        WebForms.anonymous().withoutToken().formParam("token", Fixtures.AUDITOR).post("/login").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("This form cannot be accepted"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        WebForms.signedIn(Fixtures.AUDITOR).withoutToken().post("/logout").then().statusCode(403);
        // a token issued before signing in is no good once signed in
        WebForms before = WebForms.anonymous();
        new WebForms(Fixtures.AUDITOR, before.csrfCookie(), before.csrfToken()).form().post("/logout").then()
                .statusCode(403);
    }
}
