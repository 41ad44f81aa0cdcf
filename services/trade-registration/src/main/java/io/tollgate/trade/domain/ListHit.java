package io.tollgate.trade.domain;

import java.util.List;

/**
 * A listed entity the screening service found for a query.
 *
 * @param identifierMatch whether an identifier of the query equals one of the entity's (identifier-certain)
 * @param explanation the score components, as {@code feature: query ~ candidate (+contribution)}
 */
public record ListHit(long entityId, String source, String sourceId, String type, String primaryName,
                      String matchedName, double score, String entityContentHash, boolean identifierMatch,
                      List<String> explanation) {

    public ListHit {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    /** E.g. {@code ofac-sdn 26727 BANCO CENTRAL DE VENEZUELA}. */
    public String label() {
        return source + " " + sourceId + " " + primaryName;
    }
}
