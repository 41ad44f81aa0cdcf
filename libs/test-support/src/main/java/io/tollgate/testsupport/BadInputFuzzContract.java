package io.tollgate.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Bad input against every endpoint a service publishes in its OpenAPI document: malformed and truncated JSON,
 * wrong types in every field, huge bodies, deep nesting, control and mixed-script Unicode and injection strings
 * in every text field, junk path and query parameters, unexpected content types. Every answer must be below 500;
 * every refusal must be {@code application/problem+json}; a refused request must leave every table of the service's
 * schema as it was. Run by each service's {@code @QuarkusTest} subclass; prints what it tried and what it found.
 */
public abstract class BadInputFuzzContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ALL_ROLES = Set.of("screener", "list-admin", "trade-clerk", "analyst",
            "supervisor", "auditor", "service");

    /** A token with every role, so refusals come from the input, not from the caller's rights. */
    protected String token() {
        return DevTokens.token("fuzzer", List.copyOf(ALL_ROLES), 3600);
    }

    /** Tables a refused request may still write to on purpose (e.g. an audit of failed import attempts). */
    protected Set<String> tablesWrittenOnRefusal() {
        return Set.of();
    }

    /** A plausible value for a path parameter, so the body and query cases reach the handler. */
    protected String pathValue(String path, String parameter) {
        return "1";
    }

    /** Extra headers a request needs to get past the edge (e.g. a fresh Idempotency-Key). */
    protected Map<String, String> headers(String method, String path) {
        return Map.of();
    }

    /** A valid-looking body to mutate, when the service knows one better than the schema does. */
    protected JsonNode sampleBody(String method, String path) {
        return null;
    }

    /** The operations to leave out, "METHOD /path", with the reason printed. */
    protected Map<String, String> skipped() {
        return Map.of();
    }

    /** An operation of the service's OpenAPI document. */
    record Operation(String method, String path, JsonNode spec) {
        String key() {
            return method.toUpperCase() + " " + path;
        }
    }

    private record Case(String what, String method, String path, String contentType, byte[] body) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(42);
    private JsonNode openApi;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int requests;
    private int refusedChecked;
    private Connection db;

    @Test
    void shouldRefuseBadInputWithProblemJsonAndStoreNothing() throws Exception {
        openApi = JSON.readTree(send("GET", "/q/openapi?format=json", null, null, Map.of()).body());
        List<Operation> operations = operations();
        int fuzzed = 0;
        for (Operation op : operations) {
            if (skipped().containsKey(op.key())) {
                System.out.println("fuzz: skipped " + op.key() + ": " + skipped().get(op.key()));
                continue;
            }
            fuzzed++;
            for (Case c : cases(op)) {
                run(c);
            }
        }
        if (db != null) {
            db.close();
        }
        System.out.printf("fuzz: %d operations, %d requests, statuses %s, %d refusals checked for stored rows, "
                + "%d failures%n", fuzzed, requests, statuses, refusedChecked, failures.size());
        failures.stream().limit(40).forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(fuzzed > 0, "no operation found in the OpenAPI document");
        assertTrue(failures.isEmpty(), () -> failures.size() + " bad answers, first: " + failures.get(0));
    }

    /**
     * What the edge must refuse in every service, each with its exact status (the main fuzz only asks for "below
     * 500"): see {@link EdgeProbes}.
     */
    @Test
    void shouldRefuseWhatTheEdgeMustRefuseInItsOwnWords() throws Exception {
        openApi = JSON.readTree(send("GET", "/q/openapi?format=json", null, null, Map.of()).body());
        List<Operation> operations = operations().stream().filter(op -> !skipped().containsKey(op.key())).toList();
        List<String> found = new EdgeProbes(new EdgeProbes.Service() {
            @Override
            public HttpResponse<String> send(String method, String path, String contentType, byte[] body,
                                             Map<String, String> extra, String bearer) throws Exception {
                return BadInputFuzzContract.this.send(method, path, contentType, body, extra, bearer);
            }

            @Override
            public Map<String, String> headers(String method, String path) {
                return BadInputFuzzContract.this.headers(method, path);
            }

            @Override
            public JsonNode sample(String method, String path, JsonNode schema) {
                JsonNode sample = sampleBody(method, path);
                return sample != null ? sample : JsonMutations.sampleOf(openApi, schema, 0);
            }

            @Override
            public String fillPath(String template) {
                return BadInputFuzzContract.this.fillPath(template, null, null);
            }

            @Override
            public String token() {
                return BadInputFuzzContract.this.token();
            }

            @Override
            public String token(long issuedInSeconds, long lifetimeSeconds) {
                return DevTokens.tokenIssuedAt("fuzzer", List.copyOf(ALL_ROLES), issuedInSeconds, lifetimeSeconds);
            }
        }).run(operations);
        assertTrue(found.isEmpty(), () -> found.size() + " wrong answers at the edge, first: " + found.get(0));
    }

    private List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(p -> {
            if (!p.getKey().startsWith("/api/")) {
                return;
            }
            p.getValue().fields().forEachRemaining(m -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                    out.add(new Operation(m.getKey().toUpperCase(), p.getKey(), m.getValue()));
                }
            });
        });
        return out;
    }

    private List<Case> cases(Operation op) throws IOException {
        List<Case> cases = new ArrayList<>();
        String path = fillPath(op.path(), null, null);
        // junk in each path parameter
        for (String param : pathParameters(op.path())) {
            for (String junk : HostileInputs.HOSTILE_PARAMETERS) {
                cases.add(new Case("path " + param + "=" + HostileInputs.abbreviate(junk), op.method(),
                        fillPath(op.path(), param, junk), null, null));
            }
        }
        // junk in each query parameter
        for (JsonNode param : op.spec().path("parameters")) {
            if ("query".equals(param.path("in").asText())) {
                String name = param.path("name").asText();
                for (String junk : HostileInputs.HOSTILE_PARAMETERS) {
                    cases.add(new Case("query " + name + "=" + HostileInputs.abbreviate(junk), op.method(),
                            path + "?" + name + "=" + URLEncoder.encode(junk, StandardCharsets.UTF_8), null, null));
                }
            }
        }
        JsonNode content = op.spec().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return cases;
        }
        boolean json = content.has("application/json");
        if (!json) {
            // uploads: garbage, empty and a JSON document where a file is expected
            String type = content.fieldNames().next();
            cases.add(new Case("empty upload", op.method(), path, type, new byte[0]));
            byte[] garbage = new byte[4096];
            random.nextBytes(garbage);
            cases.add(new Case("random bytes", op.method(), path, type, garbage));
            cases.add(new Case("gzip header only", op.method(), path, type, new byte[]{0x1f, (byte) 0x8b, 8, 0}));
            cases.add(new Case("zip header only", op.method(), path, type, new byte[]{0x50, 0x4b, 3, 4, 20, 0}));
            cases.add(new Case("json for a file", op.method(), path, type, HostileInputs.utf8("{\"name\":\"x\"}")));
            return cases;
        }
        JsonNode sample = sampleBody(op.method(), op.path());
        if (sample == null) {
            sample = JsonMutations.sampleOf(openApi, content.path("application/json").path("schema"), 0);
        }
        for (String bad : HostileInputs.MALFORMED_JSON) {
            cases.add(new Case("malformed " + HostileInputs.abbreviate(bad), op.method(), path, "application/json", HostileInputs.utf8(bad)));
        }
        String whole = JSON.writeValueAsString(sample);
        cases.add(new Case("truncated at 1/3", op.method(), path, "application/json",
                HostileInputs.utf8(whole.substring(0, whole.length() / 3))));
        cases.add(new Case("truncated before the end", op.method(), path, "application/json",
                HostileInputs.utf8(whole.substring(0, Math.max(0, whole.length() - 1)))));
        cases.add(new Case("deeply nested arrays", op.method(), path, "application/json",
                HostileInputs.utf8("[".repeat(100_000) + "]".repeat(100_000))));
        cases.add(new Case("deeply nested objects", op.method(), path, "application/json",
                HostileInputs.utf8("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000))));
        cases.add(new Case("body over the size limit", op.method(), path, "application/json", oversized()));
        cases.add(new Case("json as text/plain", op.method(), path, "text/plain", HostileInputs.utf8(whole)));
        cases.add(new Case("json as application/xml", op.method(), path, "application/xml", HostileInputs.utf8(whole)));
        if (sample.isObject()) {
            ObjectNode unknown = sample.deepCopy();
            unknown.put("surpriseField", "x");
            cases.add(new Case("unknown field", op.method(), path, "application/json", bytes(unknown)));
        }
        for (List<Object> leaf : JsonMutations.leaves(sample, new ArrayList<>(), new ArrayList<>())) {
            @SuppressWarnings("unchecked")
            List<Object> at = (List<Object>) leaf.get(0);
            JsonNode value = (JsonNode) leaf.get(1);
            String where = at.toString();
            for (JsonNode wrong : JsonMutations.wrongTypes(value)) {
                cases.add(new Case("wrong type at " + where + ": " + HostileInputs.abbreviate(wrong.toString()), op.method(), path,
                        "application/json", bytes(JsonMutations.replace(sample, at, wrong))));
            }
            if (value.isTextual()) {
                for (String text : HostileInputs.HOSTILE_TEXT) {
                    cases.add(new Case("hostile text at " + where + ": " + HostileInputs.abbreviate(text), op.method(), path,
                            "application/json", bytes(JsonMutations.replace(sample, at, NODES.textNode(text)))));
                }
            }
        }
        return cases;
    }

    private byte[] oversizedBody;

    /** One byte more than the service accepts: a JSON string of spaces, so only its size is wrong. */
    private byte[] oversized() {
        if (oversizedBody == null) {
            int limit = ConfigProvider.getConfig().getOptionalValue("tollgate.http.max-json-body-bytes", Integer.class)
                    .orElse(64 * 1024 * 1024);
            oversizedBody = new byte[limit + 1];
            java.util.Arrays.fill(oversizedBody, (byte) ' ');
            oversizedBody[0] = '"';
            oversizedBody[limit] = '"';
        }
        return oversizedBody;
    }

    private void run(Case c) throws Exception {
        Map<String, Long> before = refusalMayBeChecked(c) ? rowCounts() : null;
        HttpResponse<String> response;
        try {
            response = send(c.method(), c.path(), c.contentType(), c.body(), headers(c.method(), c.path()));
        } catch (IOException e) {
            failures.add(c.method() + " " + c.path() + " [" + c.what() + "]: no answer (" + e + ")");
            return;
        }
        requests++;
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String where = c.method() + " " + HostileInputs.abbreviate(c.path()) + " [" + c.what() + "]";
        if (status >= 500) {
            failures.add(where + ": " + status + " " + HostileInputs.abbreviate(response.body()));
            return;
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json") || !response.body().contains("\"status\"")) {
                failures.add(where + ": " + status + " not problem+json (" + type + ") " + HostileInputs.abbreviate(response.body()));
            }
            if (before != null) {
                refusedChecked++;
                Map<String, Long> after = rowCounts();
                for (Map.Entry<String, Long> e : after.entrySet()) {
                    if (!e.getValue().equals(before.get(e.getKey())) && !tablesWrittenOnRefusal().contains(e.getKey())) {
                        failures.add(where + ": refused with " + status + " but table " + e.getKey() + " went from "
                                + before.get(e.getKey()) + " to " + e.getValue() + " rows");
                    }
                }
            }
        }
    }

    /** Row counts are compared around requests that change something (all but GET). */
    private static boolean refusalMayBeChecked(Case c) {
        return !"GET".equals(c.method());
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body,
                                      Map<String, String> extra) throws IOException, InterruptedException {
        return send(method, path, contentType, body, extra, token());
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body,
                                      Map<String, String> extra, String bearer) throws IOException, InterruptedException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        URI uri = URI.create("http://127.0.0.1:" + port + path.replace(" ", "%20"));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json, application/x-ndjson, text/csv, */*;q=0.1");
        extra.forEach(b::header);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Long> rowCounts() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        Map<String, Long> counts = new TreeMap<>();
        if (db == null || !db.isValid(2)) {
            db = DriverManager.getConnection(url, user, password);
        }
        try (Statement s = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' "
                    + "AND table_name NOT LIKE 'DATABASECHANGELOG%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + t + "`")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private String fillPath(String template, String junkParam, String junk) {
        String out = template;
        for (String p : pathParameters(template)) {
            String value = p.equals(junkParam) ? URLEncoder.encode(junk, StandardCharsets.UTF_8).replace("+", "%20")
                    : pathValue(template, p);
            out = out.replace("{" + p + "}", value);
        }
        return out;
    }

    private static List<String> pathParameters(String template) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static byte[] bytes(JsonNode node) throws IOException {
        return JSON.writeValueAsBytes(node);
    }


    /** For subclasses building sample bodies. */
    protected static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
