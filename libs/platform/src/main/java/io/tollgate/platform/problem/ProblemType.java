package io.tollgate.platform.problem;

import java.net.URI;

/** The catalogue of problem types Tollgate returns, each with its status and title. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "The request is malformed"),
    VALIDATION(400, "validation", "The request has invalid fields"),
    UNAUTHORIZED(401, "unauthorized", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "The caller's roles do not allow this"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "The method is not allowed on this resource"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The request body's media type is not supported"),
    UNPROCESSABLE(422, "unprocessable", "The request is well-formed but cannot be processed"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The request headers are too large"),
    BAD_GATEWAY(502, "bad-gateway", "An upstream source failed"),
    UNAVAILABLE(503, "unavailable", "The service cannot answer right now"),
    INTERNAL(500, "internal", "Internal error");

    private static final String BASE = "https://tollgate.io/problems/";

    private final int status;
    private final URI uri;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** The problem type that stands for a bare HTTP status, for errors raised without one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != VALIDATION) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
