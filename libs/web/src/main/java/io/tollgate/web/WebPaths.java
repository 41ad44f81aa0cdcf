package io.tollgate.web;

/** Which paths are workbench pages (for a browser) rather than the JSON API or Quarkus's own endpoints. */
public final class WebPaths {

    private WebPaths() {
    }

    /** True for every path outside {@code /api/} and {@code /q/}. */
    public static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/")
                && !path.equals("/q");
    }
}
