package io.tollgate.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The file of a {@link WebUpload} form, handed over only with a valid CSRF token: the one way such an endpoint reads
 * its file, so it cannot forget the check.
 */
@ApplicationScoped
public class WebUploads {

    private final CsrfTokens tokens;
    private final RoutingContext routing;

    public WebUploads(CsrfTokens tokens, RoutingContext routing) {
        this.tokens = tokens;
        this.routing = routing;
    }

    /**
     * The uploaded file's bytes (empty when none was chosen), after checking the form's {@code csrf} field against
     * this browser's cookies; a missing or foreign token is refused with the 403 page.
     */
    public byte[] read(String csrf, FileUpload file) {
        Cookie cookie = routing.request().getCookie(CsrfTokens.COOKIE);
        Cookie session = routing.request().getCookie(SessionCookieAuthMechanism.COOKIE);
        if (!tokens.verify(csrf, cookie == null ? null : cookie.getValue(), session == null ? "" : session.getValue())) {
            throw new PageRefusal(CsrfFilter.refused());
        }
        java.nio.file.Path stored = file == null ? null : file.uploadedFile();
        if (stored == null) {
            // the body was read before the endpoint (request limits): Vert.x kept the file part
            stored = routing.fileUploads().stream().filter(f -> f.name().equals(file == null ? "file" : file.name()))
                    .findFirst().map(f -> java.nio.file.Path.of(f.uploadedFileName())).orElse(null);
        }
        if (stored == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + file.fileName(), e);
        }
    }
}
