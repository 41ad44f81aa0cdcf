package io.tollgate.system.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load of real HTTP requests from a few client threads while a fault is injected, keeping what each request got:
 * the ids of acknowledged (2xx) records, so the test can check afterwards that none was lost, and how the others
 * failed (status, or no answer at all).
 */
final class Load {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final Pattern ID = Pattern.compile("\"(?:id|screeningId)\"\\s*:\\s*\"?([A-Za-z0-9-]+)\"?");

    /** One kind of request: where it goes and what it sends. */
    record Call(String name, URI uri, String token, String body, boolean idempotencyKey) {
    }

    final List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    final AtomicInteger sent = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;
    private final Call call;

    private Load(Call call, int threads) {
        this.call = call;
        this.clients = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            clients.submit(this::loop);
        }
    }

    /** Starts {@code threads} clients sending the call back to back until {@link #stop()}. */
    static Load start(Call call, int threads) {
        return new Load(call, threads);
    }

    private void loop() {
        while (running.get()) {
            sent.incrementAndGet();
            String body = call.body().replace("{{unique}}", UUID.randomUUID().toString().substring(0, 12));
            HttpRequest.Builder b = HttpRequest.newBuilder(call.uri()).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + call.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (call.idempotencyKey()) {
                b.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            try {
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                count("HTTP " + r.statusCode());
                if (r.statusCode() / 100 == 2) {
                    Matcher m = ID.matcher(r.body());
                    if (!m.find()) {
                        count("2xx without an id");
                    } else {
                        acknowledged.add(m.group(1));
                    }
                } else if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    count("error not problem+json");
                }
            } catch (IOException e) {
                count("no answer (" + e.getClass().getSimpleName() + ")");
                pause(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Waits until at least {@code n} requests were acknowledged (or the timeout passes). */
    void awaitAcknowledged(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acknowledged.size() < n && System.nanoTime() < deadline) {
            pause(50);
        }
    }

    /** Stops the clients and waits for the requests in flight. */
    void stop() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
    }

    String summary() {
        return call.name() + ": " + sent.get() + " requests, " + acknowledged.size() + " acknowledged, outcomes "
                + new java.util.TreeMap<>(outcomes);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
