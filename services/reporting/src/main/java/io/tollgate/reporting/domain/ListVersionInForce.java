package io.tollgate.reporting.domain;

import java.time.Instant;

/** The version of one sanctions list that screening used at a report's data cut-off. */
public record ListVersionInForce(String source, long versionId, String sha256, Instant importedAt) {
}
