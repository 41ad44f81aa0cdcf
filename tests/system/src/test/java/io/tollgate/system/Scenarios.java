package io.tollgate.system;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.tollgate.system.harness.TollgateSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The issue's scenario trades ({@code tools/demo/trades/*.json}, the same bodies {@code make demo} registers) and the
 * calls the tests make with them.
 */
final class Scenarios {

    static final String CLERK = TollgateSystem.token("clara", "trade-clerk");
    static final String ANALYST = TollgateSystem.token("anna", "analyst");
    static final String SUPERVISOR = TollgateSystem.token("sam", "supervisor");
    static final String ANNA_AS_SUPERVISOR = TollgateSystem.token("anna", "supervisor");
    static final String AUDITOR = TollgateSystem.token("aud", "auditor", "analyst");

    private Scenarios() {
    }

    /** A scenario body, with a fresh reference suffix so repeated registrations are distinct trades. */
    static String body(TollgateSystem system, String file) {
        try {
            String json = Files.readString(system.root().resolve(Path.of("tools/demo/trades", file)));
            return json.replaceFirst("\"reference\": \"([^\"]+)\"", "\"reference\": \"$1-" + UUID.randomUUID()
                    .toString().substring(0, 8) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidatableResponse register(TollgateSystem system, String body) {
        return given().baseUri(system.trade().baseUri().toString()).auth().oauth2(CLERK)
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json").body(body)
                .post("/api/v1/trades").then();
    }

    static ValidatableResponse trade(TollgateSystem system, Object id) {
        return given().baseUri(system.trade().baseUri().toString()).auth().oauth2(AUDITOR)
                .get("/api/v1/trades/" + id).then().statusCode(200);
    }

    static ValidatableResponse audit(TollgateSystem system, Object id) {
        return given().baseUri(system.trade().baseUri().toString()).auth().oauth2(AUDITOR)
                .get("/api/v1/trades/" + id + "/audit").then().statusCode(200);
    }

    static ValidatableResponse decide(TollgateSystem system, String token, Object alertId, String decision) {
        return given().baseUri(system.trade().baseUri().toString()).auth().oauth2(token).contentType("application/json")
                .body("{\"decision\": \"" + decision + "\", \"reason\": \"system test: " + decision + "\"}")
                .post("/api/v1/alerts/" + alertId + "/decisions").then();
    }

    /** Polls the trade until its status satisfies the condition; returns the last status seen. */
    static String awaitStatus(TollgateSystem system, Object id, Predicate<String> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String status;
        do {
            status = trade(system, id).extract().path("status");
            if (condition.test(status)) {
                return status;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        } while (System.nanoTime() < deadline);
        return status;
    }
}
