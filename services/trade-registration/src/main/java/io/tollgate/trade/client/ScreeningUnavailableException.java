package io.tollgate.trade.client;

/** The screening service did not give a usable answer (down, too slow, circuit open, or a malformed answer). */
public class ScreeningUnavailableException extends RuntimeException {

    public ScreeningUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
