package io.tollgate.reporting.domain;

import java.util.List;

/** Input that cannot be used as it is, with every violation found (not just the first). */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
