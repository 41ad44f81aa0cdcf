package io.tollgate.screening.domain.list;

/**
 * A published list file that cannot be used: it does not parse, is truncated, or is not the format expected.
 * The message says what is wrong; {@link #location()} names the file and line or element at fault.
 */
public class ListFormatException extends Exception {

    private final String location;

    public ListFormatException(String message, String location) {
        super(message);
        this.location = location;
    }

    public ListFormatException(String message, String location, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /** The file and line or element at fault, e.g. {@code sdn.csv line 1234} or {@code INDIVIDUAL #17}. */
    public String location() {
        return location;
    }
}
