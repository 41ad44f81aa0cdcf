package io.tollgate.reporting.domain;

/** One offending input (a parameter, a line of a file) and what is wrong with it. */
public record Violation(String field, String message) {
}
