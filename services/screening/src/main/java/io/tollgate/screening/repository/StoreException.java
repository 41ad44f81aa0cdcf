package io.tollgate.screening.repository;

/** A database failure in the screening store; mapped to a 500 with an error id, never shown as SQL. */
public class StoreException extends RuntimeException {

    public StoreException(String what, Throwable cause) {
        super("store failure: " + what, cause);
    }
}
