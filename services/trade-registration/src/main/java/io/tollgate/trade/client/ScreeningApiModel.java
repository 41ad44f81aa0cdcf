package io.tollgate.trade.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The screening service's batch API as this service sees it. Responses ignore fields they do not know, so that the
 * screening service can grow its answers without breaking trade registration.
 */
final class ScreeningApiModel {

    private ScreeningApiModel() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IdentifierDto(String type, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ScreeningRequestDto(String name, String type, String birthDate, List<String> countries,
                               List<IdentifierDto> identifiers, Integer limit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComponentDto(String feature, String queryValue, String candidateValue, double contribution) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HitDto(long entityId, String source, String sourceId, String type, String primaryName, String matchedName,
                  double score, String entityContentHash, List<ComponentDto> explanation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScreeningResponseDto(String screeningId, Instant screenedAt, double threshold,
                                Map<String, Long> listVersions, List<HitDto> hits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChangeDto(long cursor, long versionId, String source, long entityId, String sourceEntityId,
                     String changeType, String contentHash) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChangeFeedDto(long after, long nextCursor, boolean more, List<ChangeDto> changes) {
    }
}
