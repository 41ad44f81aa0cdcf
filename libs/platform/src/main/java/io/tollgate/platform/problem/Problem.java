package io.tollgate.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail: the one error body every Tollgate endpoint returns.
 *
 * @param type a URI naming the kind of problem (resolvable to documentation; stable across releases)
 * @param title a short, human-readable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, in words an operator can act on
 * @param instance the request path the problem occurred on
 * @param violations for validation problems: each offending field and why
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
                      List<Violation> violations) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation. */
    public record Violation(String field, String message) {
    }
}
