package io.tollgate.web;

import java.net.URI;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether a browser says a form post comes from another site: {@code Sec-Fetch-Site: cross-site}, or an
 * {@code Origin} that is neither this request's own origin nor one of the three services' configured public
 * addresses ({@code Origin: null}, sent by sandboxed and privacy-redirected documents, counts as foreign). A request
 * without either header (a non-browser client) is left to the CSRF token, which it must carry anyway. This closes
 * login CSRF: a foreign page posting our sign-in form with its own token is refused before the token is read.
 */
final class CrossSiteForm {

    private CrossSiteForm() {
    }

    static boolean isCrossSite(String fetchSite, String origin, URI base, WebConfig.PublicUrl services) {
        if (fetchSite != null && fetchSite.trim().equalsIgnoreCase("cross-site")) {
            return true;
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String claimed = origin.trim().toLowerCase(Locale.ROOT);
        return Stream.of(originOf(base), originOf(services.screening()), originOf(services.trade()),
                originOf(services.reporting())).noneMatch(claimed::equals);
    }

    private static String originOf(String url) {
        try {
            return originOf(URI.create(url.trim()));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** scheme://host[:port] as a browser writes it in Origin (the port only when it is not the scheme's default). */
    static String originOf(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean standard = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    }
}
