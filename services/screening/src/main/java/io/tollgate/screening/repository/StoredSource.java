package io.tollgate.screening.repository;

import java.time.Instant;

/** The stored state of one list source: its current version and the last refresh. */
public record StoredSource(String source, Long currentVersionId, String etag, String lastModified,
                           Instant lastRefreshAt, String lastRefreshOutcome, String lastRefreshDetail) {
}
