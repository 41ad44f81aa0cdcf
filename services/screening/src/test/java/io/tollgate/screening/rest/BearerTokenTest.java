package io.tollgate.screening.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.tollgate.platform.security.VerifiedTokenCache;
import io.tollgate.testsupport.DevTokens;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens through the verified-token memory the services use: it is the parser in force, an expired token is
 * refused, and a token with a changed signature is refused although the same claims were seen with a good one.
 */
@QuarkusTest
class BearerTokenTest {

    @Inject
    JWTParser parser;

    @Test
    void shouldParseBearerTokensThroughTheVerifiedTokenMemory() {
        assertInstanceOf(VerifiedTokenCache.class, parser);
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        // expired beyond the parser's clock skew (60 s)
        String token = DevTokens.token("long-gone", List.of("screener"), -120);
        given().auth().oauth2(token).get("/api/v1/lists").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/lists").then().statusCode(401);
    }

    @Test
    void shouldRefuseASeenTokenWhoseSignatureWasChanged() {
        String token = DevTokens.token("sam", "screener");
        given().auth().oauth2(token).get("/api/v1/lists").then().statusCode(200);
        int dot = token.lastIndexOf('.');
        // a character in the middle of the signature (the last one also carries unused bits)
        int at = dot + 20;
        String forged = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        given().auth().oauth2(forged).get("/api/v1/lists").then().statusCode(401);
        given().auth().oauth2(token.substring(0, dot + 1)).get("/api/v1/lists").then().statusCode(401);
    }
}
