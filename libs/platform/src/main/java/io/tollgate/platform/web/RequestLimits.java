package io.tollgate.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Enforces {@link HttpLimits} on every request before a resource sees it, whatever the framing: a body with a
 * {@code Content-Length} over its endpoint's limit is refused at once; a chunked body is read here, counting, and
 * refused as soon as it passes the limit (the connection is then closed, so the rest is never kept). Refusals are
 * problem+json in our own words (Vert.x's own 413, 414 and 431 answers have empty bodies). Netty's limits on the
 * request line and headers ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * well above ours so that these checks, not Netty's bare answers, meet ordinary oversize requests.
 */
@ApplicationScoped
public class RequestLimits {

    private static final Logger LOG = Logger.getLogger(RequestLimits.class);
    /** Before Quarkus's own upload-limit route (order -2), which answers an oversize Content-Length with a bare 413. */
    static final int ORDER = -3;
    /** Statuses Vert.x itself fails a request with before any resource runs, which we render as problems. */
    private static final Set<Integer> EDGE_FAILURES = Set.of(400, 413, 414, 431);

    private final HttpLimits limits;
    private final long maxOtherBodyBytes;
    private final ObjectMapper json;
    private final Map<Long, BodyHandler> bodyReaders = new ConcurrentHashMap<>();
    private final Map<Long, BodyHandler> fileReaders = new ConcurrentHashMap<>();

    public RequestLimits(HttpLimits limits,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
                         MemorySize maxBodySize, ObjectMapper json) {
        this.limits = limits;
        this.maxOtherBodyBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> edgeFailure(ctx, ctx.statusCode()));
        // a URI that cannot be decoded (a "%zz" escape) fails while routes are matched, before any failure route
        // can match: the router's error handler for the status is what answers it
        // (and calls it with no status on the context)
        EDGE_FAILURES.forEach(status -> router.errorHandler(status, ctx -> edgeFailure(ctx, status)));
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > limits.maxUriLength()) {
            refuse(ctx, ProblemType.URI_TOO_LONG, "The request URI is longer than " + limits.maxUriLength()
                    + " characters", false);
            return;
        }
        if (headerBytes(request) > limits.maxHeaderBytes()) {
            refuse(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than "
                    + limits.maxHeaderBytes() + " bytes in all", false);
            return;
        }
        long limit = bodyLimit(request.path(), request.getHeader(HttpHeaderNames.CONTENT_TYPE));
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(ctx, ProblemType.BAD_REQUEST, "Content-Length is not a number", true);
                return;
            }
            if (declared > limit) {
                refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(limit, request), true);
                return;
            }
            ctx.next();
            return;
        }
        if (!request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
            ctx.next(); // no body
            return;
        }
        // a chunked body: read it here, counting, so that the limit holds while it arrives; the resources then
        // take it from the routing context (RESTEasy Reactive uses a body already read)
        ctx.put(LIMIT_KEY, limit);
        String type = request.getHeader("Content-Type");
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // a page's file upload: keep the file parts (a reader without file handling drops them), in the temp
            // directory, deleted when the request ends
            fileReaders.computeIfAbsent(limit, l -> BodyHandler.create(true).setBodyLimit(l)
                    .setUploadsDirectory(System.getProperty("java.io.tmpdir") + "/tollgate-uploads")
                    .setDeleteUploadedFilesOnEnd(true)).handle(ctx);
            return;
        }
        bodyReaders.computeIfAbsent(limit, l -> BodyHandler.create(false).setBodyLimit(l)).handle(ctx);
    }

    private static final String LIMIT_KEY = RequestLimits.class.getName() + ".limit";

    /** The body limit of the endpoint at {@code path} for a body of {@code contentType}. */
    long bodyLimit(String path, String contentType) {
        Long own = path == null ? null : limits.bodyLimits().get(path);
        if (own != null) {
            return own;
        }
        return isJson(contentType) ? limits.maxJsonBodyBytes() : maxOtherBodyBytes;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        int semicolon = type.indexOf(';');
        String bare = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return bare.endsWith("/json") || bare.endsWith("+json") || bare.equals("application/x-ndjson");
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            total += h.getKey().length() + h.getValue().length() + 4; // ": " and CRLF
        }
        return total;
    }

    private static String tooLarge(long limit, HttpServerRequest request) {
        return "The request body is larger than " + limit + " bytes, the limit of " + request.method() + " "
                + request.path();
    }

    private void edgeFailure(RoutingContext ctx, int status) {
        if (!EDGE_FAILURES.contains(status) || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        switch (status) {
            case 413 -> {
                Object limit = ctx.get(LIMIT_KEY);
                refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, limit == null ? "The request body is too large"
                        : tooLarge((Long) limit, ctx.request()), true);
            }
            case 414 -> refuse(ctx, ProblemType.URI_TOO_LONG, "The request URI is too long", false);
            case 431 -> refuse(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers are too large", false);
            default -> refuse(ctx, ProblemType.BAD_REQUEST, ctx.failure() == null
                    ? "The request cannot be read" : "The request cannot be read: its URI or headers are malformed",
                    false);
        }
    }

    /** How long, and how much more of a refused body, is read and thrown away before the connection is closed. */
    static final long LINGER_MILLIS = 2_000;
    static final long LINGER_BYTES = 16L << 20;

    /**
     * Closes the connection once the client has had time to read the refusal: the rest of the body is read and thrown
     * away until it ends, {@value #LINGER_BYTES} more bytes have come or {@value #LINGER_MILLIS} ms have passed.
     * Closing at once, with the client still sending, makes the kernel reset the connection, and a client that is
     * still writing then loses the answer it was sent.
     */
    private static void lingerThenClose(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                request.connection().close();
            }
        };
        if (request.isEnded()) {
            ctx.response().endHandler(v -> close.run());
            return;
        }
        long timer = ctx.vertx().setTimer(LINGER_MILLIS, t -> close.run());
        long[] thrownAway = {0};
        request.handler(chunk -> {
            thrownAway[0] += chunk.length();
            if (thrownAway[0] > LINGER_BYTES) {
                ctx.vertx().cancelTimer(timer);
                close.run();
            }
        });
        request.endHandler(v -> {
            ctx.vertx().cancelTimer(timer);
            // the answer may still be on its way out: close once it is written
            if (ctx.response().ended()) {
                close.run();
            } else {
                ctx.response().endHandler(e -> close.run());
            }
        });
        request.resume();
    }

    /** Answers with a problem; with {@code close}, also closes the connection so that no more of the body is read. */
    private void refuse(RoutingContext ctx, ProblemType type, String detail, boolean close) {
        // the path is repeated back only when it is short and plain (not an oversize or undecodable one)
        String path = ctx.request().path();
        if (path == null || path.length() > 512 || path.indexOf('%') >= 0) {
            path = null;
        }
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, path, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + type.status() + "}";
        }
        var response = ctx.response().setStatusCode(type.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaderNames.CONNECTION, "close");
            lingerThenClose(ctx);
        }
        LOG.debugf("refused %s %s: %s", ctx.request().method(), path, detail);
        response.end(body);
    }
}
