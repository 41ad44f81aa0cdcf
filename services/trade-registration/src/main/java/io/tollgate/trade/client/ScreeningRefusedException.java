package io.tollgate.trade.client;

/**
 * The screening service refused the credentials (401: token invalid or expired; 403: the token's roles do not allow
 * the call). Not a sign that screening is down: it is neither retried nor counted by the circuit breaker, and the
 * trade stays PENDING_SCREENING until a token the screening service accepts screens it.
 */
public class ScreeningRefusedException extends RuntimeException {

    private final int status;

    public ScreeningRefusedException(int status, String detail) {
        super("the screening service refused the credentials (HTTP " + status + ")"
                + (detail == null || detail.isBlank() ? "" : ": " + detail));
        this.status = status;
    }

    /** 401 or 403. */
    public int status() {
        return status;
    }
}
