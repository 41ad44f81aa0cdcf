package io.tollgate.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * A file sent with a {@link WebForm} (multipart). The form of such an endpoint is read before {@link CsrfFilter} runs,
 * and in that reading a file part is kept as a form value (in memory or on disk), not handed to a
 * {@code @RestForm FileUpload} parameter (which stays null): read it here, from the request's form data.
 */
public final class FormFiles {

    private FormFiles() {
    }

    /** The bytes of the form's file field {@code name}; empty when none was sent. */
    public static byte[] read(ServerRequestContext request, String name) {
        var form = ((ResteasyReactiveRequestContext) request).getFormData();
        FormValue value = form == null ? null : form.getFirst(name);
        if (value == null) {
            return new byte[0];
        }
        if (!value.isFileItem()) {
            return value.getValue() == null ? new byte[0] : value.getValue().getBytes(StandardCharsets.UTF_8);
        }
        try (InputStream in = value.getFileItem().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + value.getFileName(), e);
        }
    }
}
