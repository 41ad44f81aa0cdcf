package io.tollgate.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the edge of every service must refuse, each with its exact status and as a problem in our words: a chunked
 * JSON body or upload past its endpoint's limit, refused while it arrives (not after it was read whole); a field
 * named twice; a whole-number query parameter that is not one; an oversize URI or headers; an undecodable escape;
 * a token issued in the future or for a thousand years. Run by {@link BadInputFuzzContract}.
 */
final class EdgeProbes {

    /** What the probes need of the service under test. */
    interface Service {
        HttpResponse<String> send(String method, String path, String contentType, byte[] body,
                                  Map<String, String> extra, String bearer) throws Exception;

        Map<String, String> headers(String method, String path);

        JsonNode sample(String method, String path, JsonNode schema);

        String fillPath(String template);

        String token();

        String token(long issuedInSeconds, long lifetimeSeconds);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Service service;
    private final int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    private final List<String> found = new ArrayList<>();
    private int probes;

    EdgeProbes(Service service) {
        this.service = service;
    }

    /** Probes every operation and the service as a whole; returns what was answered wrong. */
    List<String> run(List<BadInputFuzzContract.Operation> operations) throws Exception {
        for (BadInputFuzzContract.Operation op : operations) {
            String path = service.fillPath(op.path());
            JsonNode content = op.spec().path("requestBody").path("content");
            if (content.has("application/json")) {
                chunkedPastLimit(op, path, "application/json", bodyLimit(op.path()), utf8("\""));
                fieldTwice(op, path, service.sample(op.method(), op.path(),
                        content.path("application/json").path("schema")));
            } else if (!content.isEmpty() && uploadLimit() <= (64L << 20)) {
                // a file upload, at the service's upload limit (larger limits would make the probe slow)
                chunkedPastLimit(op, path, content.fieldNames().next(), uploadLimit(), new byte[0]);
            }
            for (JsonNode param : op.spec().path("parameters")) {
                if ("query".equals(param.path("in").asText())
                        && "integer".equals(param.path("schema").path("type").asText())) {
                    String name = param.path("name").asText();
                    HttpResponse<String> r = service.send(op.method(), path + "?" + name + "=abc", null, null,
                            service.headers(op.method(), op.path()), service.token());
                    expect(op.key() + " [" + name + "=abc]", r, 400);
                }
            }
        }
        wholeService(operations);
        System.out.printf("edge: %d probes, %d failures%n", probes, found.size());
        found.forEach(f -> System.out.println("  FAIL " + f));
        return found;
    }

    private void chunkedPastLimit(BadInputFuzzContract.Operation op, String path, String contentType, long limit,
                                  byte[] prefix) throws Exception {
        Map<String, String> headers = new TreeMap<>(service.headers(op.method(), op.path()));
        headers.put("Authorization", "Bearer " + service.token());
        headers.put("Content-Type", contentType);
        RawHttp.Answer a = RawHttp.chunked(port, op.method(), path, headers, prefix, (byte) 'x',
                limit * 4 + (32L << 20));
        expect(op.key() + " [chunked body past " + limit + " bytes]", a.status(), a.header("content-type"),
                a.body(), 413);
        if (a.bodyBytesSent() > limit + (16L << 20)) {
            found.add(op.key() + " [chunked body]: refused only after " + a.bodyBytesSent() + " bytes");
        }
    }

    private void fieldTwice(BadInputFuzzContract.Operation op, String path, JsonNode sample) throws Exception {
        if (!sample.isObject() || sample.isEmpty()) {
            return;
        }
        String key = sample.fieldNames().next();
        String text = JSON.writeValueAsString(sample);
        String twice = text.substring(0, text.length() - 1) + "," + JSON.writeValueAsString(key) + ":"
                + JSON.writeValueAsString(sample.get(key)) + "}";
        HttpResponse<String> r = service.send(op.method(), path, "application/json", utf8(twice),
                service.headers(op.method(), op.path()), service.token());
        expect(op.key() + " [field '" + key + "' twice]", r, 400);
        if (r.statusCode() == 400 && !r.body().contains(key)) {
            found.add(op.key() + " [field '" + key + "' twice]: the problem does not name it: " + r.body());
        }
    }

    private void wholeService(List<BadInputFuzzContract.Operation> operations) throws Exception {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + service.token());
        RawHttp.Answer longUri = RawHttp.get(port, "/api/v1/" + "a".repeat(20_000), auth);
        expect("20,000-character URI", longUri.status(), longUri.header("content-type"), longUri.body(), 414);
        Map<String, String> bigHeaders = new TreeMap<>(auth);
        bigHeaders.put("X-Padding", "p".repeat(30_000));
        RawHttp.Answer big = RawHttp.get(port, "/api/v1/anything", bigHeaders);
        expect("30,000 bytes of headers", big.status(), big.header("content-type"), big.body(), 431);
        RawHttp.Answer escape = RawHttp.get(port, "/api/v1/%zz", auth);
        expect("undecodable %zz escape", escape.status(), escape.header("content-type"), escape.body(), 400);
        String anyGet = operations.stream().filter(o -> o.method().equals("GET") && !o.path().contains("{"))
                .map(BadInputFuzzContract.Operation::path).findFirst().orElse("/api/v1/anything");
        Map<String, String> tokens = Map.of(
                "a token issued tomorrow", service.token(86_400, 3600),
                "a token valid for 1,000 years", service.token(0, 1000L * 365 * 86_400));
        for (Map.Entry<String, String> t : tokens.entrySet()) {
            expect("GET " + anyGet + " with " + t.getKey(),
                    service.send("GET", anyGet, null, null, Map.of(), t.getValue()), 401);
        }
    }

    private void expect(String what, HttpResponse<String> r, int expected) {
        expect(what, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), expected);
    }

    private void expect(String what, int status, String contentType, String body, int expected) {
        probes++;
        if (status != expected || !contentType.startsWith("application/problem+json")
                || !body.contains("\"status\":" + expected)) {
            found.add(what + ": expected a " + expected + " problem, got " + status + " (" + contentType + ") "
                    + abbreviate(body));
        } else if (body.contains("Exception") || body.contains("getMax") || body.contains("jackson")) {
            found.add(what + ": the problem speaks the framework's words: " + abbreviate(body));
        }
    }

    /** The body limit of the endpoint at {@code path}: its own, or the service's JSON limit. */
    private static long bodyLimit(String path) {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue("tollgate.http.body-limits.\"" + path + "\"", Long.class)
                .orElseGet(() -> config.getOptionalValue("tollgate.http.max-json-body-bytes", Long.class)
                        .orElse(8L << 20));
    }

    private static long uploadLimit() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10L << 20);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
    }
}
