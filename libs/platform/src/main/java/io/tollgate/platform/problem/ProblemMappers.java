package io.tollgate.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single translation of every failure into {@code application/problem+json}.
 * Responses never carry stack traces, SQL or class names; unexpected failures are logged with an
 * error id that the response repeats, so an operator can find the log line.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.type(), e.getMessage(), uri, e.violations());
        if (e.retryAfter().isEmpty()) {
            return response;
        }
        long seconds = Math.max(1, (e.retryAfter().get().toMillis() + 999) / 1000);
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String fields = violations.stream().map(Problem.Violation::field).distinct()
                .collect(Collectors.joining(", "));
        return respond(ProblemType.VALIDATION, "Invalid fields: " + fields, uri, violations);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        LOG.warnf("validation setup failure: %s", e.getMessage());
        return respond(ProblemType.INTERNAL, "The request could not be validated", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return respond(ProblemType.BAD_REQUEST, "Unknown field '" + field + "'", uri,
                List.of(new Problem.Violation(field, "unknown field")));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        if (field.isEmpty()) {
            return respond(ProblemType.BAD_REQUEST, "The request body does not have the expected shape", uri,
                    List.of());
        }
        return respond(ProblemType.BAD_REQUEST, "Field '" + field + "' has a value of the wrong type or format",
                uri, List.of(new Problem.Violation(field, "wrong type or format")));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = pathOf(e);
        String detail = field.isEmpty() ? "The request body cannot be read"
                : "Field '" + field + "' cannot be read";
        return respond(ProblemType.BAD_REQUEST, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        List<Problem.Violation> violations = JsonProblems.duplicateField(e)
                .map(field -> List.of(new Problem.Violation(field, "appears more than once")))
                .orElse(List.of());
        return respond(ProblemType.BAD_REQUEST, JsonProblems.describe(e), uri, violations);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated("A bearer token is required", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated("The bearer token is missing, expired or not valid", uri);
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated("Authentication could not be completed", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "The caller's roles do not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // the JSON reader wraps some parse failures (e.g. a body cut short) in a plain 400
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException other) {
            return json(other, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "Method not allowed on " + uri.getPath();
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not accepted here";
            default -> status >= 500 ? type.title() : safeMessage(e, type);
        };
        return respond(status, type, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            // a lost or refused database connection is an outage the client can wait out, not a defect
            LOG.warnf("database unreachable on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
            return Response.fromResponse(respond(ProblemType.UNAVAILABLE, "The database is unreachable right "
                    + "now; nothing was stored. Retry later.", uri, List.of())).header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        if (clientWentAway(e)) {
            // the caller closed the connection while its request was read (a client timeout, a load test stopping):
            // nothing was stored and nobody is left to answer; not a defect of ours
            LOG.infof("client closed the connection during its request on %s", uri == null ? "?" : uri.getPath());
            return respond(ProblemType.BAD_REQUEST, "The connection was closed before the request was read", uri,
                    List.of());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(ProblemType.INTERNAL, "Internal error (error id " + errorId + ")", uri, List.of());
    }

    /**
     * Whether the failure is the caller's connection closing under the request (Vert.x's closed-connection exception
     * or a closed channel, wrapped in the body reader's IOException). Outbound calls (trade-registration to screening)
     * catch their own failures, so these reach the mappers only from the caller's side.
     */
    static boolean clientWentAway(Throwable e) {
        return anyCause(e, t -> t instanceof java.nio.channels.ClosedChannelException
                || t.getClass().getName().equals("io.vertx.core.http.HttpClosedException"));
    }

    /**
     * Whether the failure comes from a database connection that is lost, refused or cannot be had from the pool
     * (SQL state class 08, the JDBC connection exception types, a pool acquisition timeout).
     */
    static boolean databaseUnreachable(Throwable e) {
        return anyCause(e, t -> t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof java.sql.SQLRecoverableException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                || t.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")
                || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08")
                || t instanceof java.sql.SQLException && t.getMessage() != null
                        && t.getMessage().contains("Acquisition timeout"));
    }

    /** Whether {@code e} or any of its causes matches. */
    private static boolean anyCause(Throwable e, java.util.function.Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static Response unauthenticated(String detail, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, detail, uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static String safeMessage(WebApplicationException e, ProblemType type) {
        String m = e.getMessage();
        // JAX-RS default messages are "HTTP 400 Bad Request" and carry nothing useful
        if (m == null || m.startsWith("HTTP ")) {
            return type.title();
        }
        return m;
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.Violation> violations) {
        return respond(type.status(), type, detail, uri, violations);
    }

    static Response respond(int status, ProblemType type, String detail, UriInfo uri,
                            List<Problem.Violation> violations) {
        String instance = uri == null ? null : uri.getPath();
        Problem body = new Problem(type.uri(), type.title(), status, detail, instance, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // paths look like "register.request.parties[0].name": drop the method and parameter names
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        return JsonProblems.fieldPath(e);
    }
}
