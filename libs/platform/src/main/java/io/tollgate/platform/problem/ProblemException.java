package io.tollgate.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Raised by services for an expected failure the caller can act on (conflict, unprocessable input, …);
 * rendered as problem+json with the given type and detail.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations) {
        this(type, detail, violations, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.Violation> violations,
                             Duration retryAfter) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    /** When the caller may try again (sent as {@code Retry-After} in whole seconds), if the failure is transient. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A conflict that resolves itself: the same request may succeed after {@code retryAfter}. */
    public static ProblemException conflict(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(), retryAfter);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.BAD_REQUEST, detail);
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail);
    }
}
