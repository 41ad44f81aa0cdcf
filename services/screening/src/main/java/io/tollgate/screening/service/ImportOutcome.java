package io.tollgate.screening.service;

import io.tollgate.screening.repository.StoredVersion;

/**
 * What an import did.
 *
 * @param created a new version was stored (false: identical content was already imported)
 * @param version the version now describing the content
 */
public record ImportOutcome(boolean created, StoredVersion version) {
}
