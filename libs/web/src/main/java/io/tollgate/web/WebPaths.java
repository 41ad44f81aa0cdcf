package io.tollgate.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Which paths are workbench pages (for a browser) rather than the JSON API or Quarkus's own endpoints. */
public final class WebPaths {

    private WebPaths() {
    }

    /** True for every path outside {@code /api/} and {@code /q/}. */
    public static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/")
                && !path.equals("/q");
    }

    /** A page's path with the non-empty parameters as its query, in the order given, each value URL-encoded. */
    public static String withQuery(String path, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }
}
