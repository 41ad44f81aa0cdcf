package io.tollgate.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON half of {@link BadInputFuzzContract}: a sample body shaped like an OpenAPI schema, its leaves, and the
 * wrong-typed values each leaf is replaced with.
 */
final class JsonMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {
    }

    /** A value shaped like the schema: every property filled, so mutations reach every field. */
    static JsonNode sampleOf(JsonNode openApi, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return sampleOf(openApi, openApi.at(ref.substring(1)), depth + 1);
        }
        if (depth > 8) {
            return NODES.nullNode();
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return sampleOf(openApi, schema.get(combinator).get(0), depth + 1);
            }
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                schema.path("properties").fields()
                        .forEachRemaining(e -> o.set(e.getKey(), sampleOf(openApi, e.getValue(), depth + 1)));
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                a.add(sampleOf(openApi, schema.path("items"), depth + 1));
                return a;
            }
            case "integer" -> {
                return NODES.numberNode(1);
            }
            case "number" -> {
                return NODES.numberNode(1.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "string" -> {
                return NODES.textNode(switch (schema.path("format").asText()) {
                    case "date" -> "2026-11-20";
                    case "date-time" -> "2026-11-20T10:00:00Z";
                    default -> "Sample Name";
                });
            }
            default -> {
                return schema.has("properties")
                        ? sampleOf(openApi, ((ObjectNode) schema.deepCopy()).put("type", "object"), depth)
                        : NODES.textNode("Sample");
            }
        }
    }

    /** Every leaf (value that is not an object or array) with its path of keys and indexes. */
    static List<List<Object>> leaves(JsonNode node, List<Object> at, List<List<Object>> out) {
        if (out.size() >= 60) {
            return out;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                List<Object> next = new ArrayList<>(at);
                next.add(e.getKey());
                leaves(e.getValue(), next, out);
            }
        } else if (node.isArray() && node.size() > 0) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            leaves(node.get(0), next, out);
        } else {
            out.add(List.of(at, node));
        }
        return out;
    }

    static List<JsonNode> wrongTypes(JsonNode value) {
        List<JsonNode> out = new ArrayList<>();
        out.add(NODES.nullNode());
        out.add(NODES.objectNode().put("nested", 1));
        out.add(NODES.arrayNode().add("x"));
        if (value.isTextual()) {
            out.add(NODES.numberNode(12345));
            out.add(NODES.booleanNode(false));
        } else if (value.isNumber()) {
            out.add(NODES.textNode("not a number"));
            out.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
            out.add(NODES.numberNode(-1));
        } else {
            out.add(NODES.textNode("text"));
        }
        return out;
    }

    static JsonNode replace(JsonNode root, List<Object> at, JsonNode value) {
        JsonNode copy = root.deepCopy();
        if (at.isEmpty()) {
            return value;
        }
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            Object k = at.get(i);
            parent = k instanceof Integer idx ? parent.get(idx) : parent.get((String) k);
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer idx) {
            ((ArrayNode) parent).set(idx, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }
}
