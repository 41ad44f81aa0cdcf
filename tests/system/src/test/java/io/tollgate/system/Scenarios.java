package io.tollgate.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.client.Clients;
import io.tollgate.client.StrictJson;
import io.tollgate.client.trade.ApiClient;
import io.tollgate.client.trade.ApiException;
import io.tollgate.client.trade.ApiResponse;
import io.tollgate.client.trade.api.AlertsApi;
import io.tollgate.client.trade.api.TradesApi;
import io.tollgate.client.trade.model.AlertDecisionRequest;
import io.tollgate.client.trade.model.AlertDecisionResult;
import io.tollgate.client.trade.model.AuditEventView;
import io.tollgate.client.trade.model.Reason;
import io.tollgate.client.trade.model.ReasonKind;
import io.tollgate.client.trade.model.TradeRequest;
import io.tollgate.client.trade.model.TradeStatus;
import io.tollgate.client.trade.model.TradeView;
import io.tollgate.system.harness.TollgateSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The issue's scenario trades ({@code tools/demo/trades/*.json}, the same bodies {@code make demo} registers) and the
 * calls the tests make with them, all through the clients generated from docs/api/trade-registration.yaml (typed
 * requests and responses; strict: a response the document does not describe fails the call).
 */
final class Scenarios {

    static final String CLERK = TollgateSystem.token("clara", "trade-clerk");
    static final String ANALYST = TollgateSystem.token("anna", "analyst");
    static final String SUPERVISOR = TollgateSystem.token("sam", "supervisor");
    static final String ANNA_AS_SUPERVISOR = TollgateSystem.token("anna", "supervisor");
    static final String AUDITOR = TollgateSystem.token("aud", "auditor", "analyst");

    /** The demo files read as the typed request (strictly: a demo file the document does not describe fails). */
    private static final ObjectMapper REQUESTS = StrictJson.strict(ApiClient.createDefaultObjectMapper());

    private Scenarios() {
    }

    static TradesApi trades(TollgateSystem system, String token) {
        return new TradesApi(Clients.trade(system.trade().baseUri(), token));
    }

    static AlertsApi alerts(TollgateSystem system, String token) {
        return new AlertsApi(Clients.trade(system.trade().baseUri(), token));
    }

    /** A scenario body, with a fresh reference suffix so repeated registrations are distinct trades. */
    static TradeRequest body(TollgateSystem system, String file) {
        try {
            TradeRequest request = REQUESTS.readValue(system.root().resolve(Path.of("tools/demo/trades", file)).toFile(),
                    TradeRequest.class);
            return request.reference(request.getReference() + "-" + UUID.randomUUID().toString().substring(0, 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers the trade as the clerk under a fresh Idempotency-Key; the trade, after checking the 201. */
    static TradeView register(TollgateSystem system, TradeRequest request) {
        try {
            ApiResponse<TradeView> r = trades(system, CLERK).registerTradeWithHttpInfo(UUID.randomUUID().toString(),
                    request);
            assertEquals(201, r.getStatusCode(), "a new trade is created");
            return r.getData();
        } catch (ApiException e) {
            throw new AssertionError("registerTrade: HTTP " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    static TradeView trade(TollgateSystem system, long id) {
        try {
            return trades(system, AUDITOR).getTrade(id);
        } catch (ApiException e) {
            throw new AssertionError("getTrade " + id + ": HTTP " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    static List<AuditEventView> audit(TollgateSystem system, long id) {
        try {
            return trades(system, AUDITOR).getTradeAudit(id);
        } catch (ApiException e) {
            throw new AssertionError("getTradeAudit " + id + ": HTTP " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /** Decides the alert; the API's exception (with its status and problem body) if it refuses. */
    static AlertDecisionResult decide(TollgateSystem system, String token, long alertId,
                                      AlertDecisionRequest.DecisionEnum decision) throws ApiException {
        return alerts(system, token).decideAlert(alertId, new AlertDecisionRequest().decision(decision)
                .reason("system test: " + decision));
    }

    /** The first reason of the kind, or a failure naming the reasons there are. */
    static Reason reason(TradeView trade, ReasonKind kind) {
        return trade.getReasons().stream().filter(r -> r.getKind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " reason in " + trade.getReasons()));
    }

    static List<ReasonKind> kinds(TradeView trade) {
        return trade.getReasons().stream().map(Reason::getKind).toList();
    }

    static List<String> eventTypes(List<AuditEventView> events) {
        return events.stream().map(AuditEventView::getEventType).toList();
    }

    /** Polls the trade until its status satisfies the condition; returns the last status seen. */
    static TradeStatus awaitStatus(TollgateSystem system, long id, Predicate<TradeStatus> condition,
                                   Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        TradeStatus status;
        do {
            status = trade(system, id).getStatus();
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
