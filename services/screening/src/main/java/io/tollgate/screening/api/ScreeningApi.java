package io.tollgate.screening.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the screening API. */
public final class ScreeningApi {

    private ScreeningApi() {
    }

    /** An identifier of the screened party. */
    public record Identifier(
            @Schema(description = "PASSPORT, NATIONAL_ID, TAX_ID, REGISTRATION, SWIFT_BIC (or BIC), IMO, MMSI, CALL_SIGN, "
                    + "AIRCRAFT_REGISTRATION, AIRCRAFT_SERIAL, LEI, DIGITAL_CURRENCY_ADDRESS (or CRYPTO_ADDRESS), OTHER; "
                    + "omitted: compared with identifiers of any kind")
            @Pattern(regexp = "(?i)[a-z_]{2,32}", message = "must be an identifier type such as IMO or SWIFT_BIC")
            String type,
            @NotBlank @Size(max = 256) String value) {
    }

    /** One party to screen. */
    public record ScreeningRequest(
            @Schema(description = "The name, in any script", example = "Serguei Lavrof")
            @NotBlank @Size(max = 512) String name,
            @Schema(description = "person, organization, vessel, aircraft or any (default); any case",
                    enumeration = {"person", "organization", "vessel", "aircraft", "any"})
            @Pattern(regexp = "(?i)person|organization|vessel|aircraft|any", message = "must be person, organization, vessel, aircraft or any")
            String type,
            @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", example = "1950-03-21")
            @Pattern(regexp = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
            String birthDate,
            @Schema(description = "ISO 3166 alpha-2 codes: nationality, residence, registration")
            @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code") String> countries,
            @Size(max = 20) List<@NotNull @Valid Identifier> identifiers,
            @Schema(description = "male or female")
            @Pattern(regexp = "(?i)male|female|m|f", message = "must be male or female") String gender,
            @Schema(description = "List sources to screen against (default: all loaded)")
            @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9-]{1,48}", message = "must be a list source id") String> sources,
            @Schema(description = "Only hits at or above this score (default from configuration)")
            @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal threshold,
            @Schema(description = "At most this many hits (default 10)")
            @Min(1) @Max(100) Integer limit) {
    }

    /** One component of a score. */
    public record Component(String feature, @Schema(nullable = true) String queryValue,
                            @Schema(nullable = true) String candidateValue, double contribution) {
    }

    /** One hit of a screening. */
    public record Hit(long entityId, String source, @Schema(nullable = true) String sourceId, String type,
                      String primaryName,
                      @Schema(nullable = true) String matchedName, double score, String entityContentHash,
                      List<Component> explanation) {
    }

    /** The answer to one screening. */
    public record ScreeningResponse(String screeningId, Instant screenedAt, double threshold,
                                    Map<String, Long> listVersions, List<Hit> hits, boolean evasionCharacters) {
    }

    /** A stored screening, for audit. */
    public record StoredScreening(String screeningId, String requestedBy, Instant requestedAt, double threshold,
                                  JsonNode listVersions, JsonNode request,
                                  @Schema(nullable = true) JsonNode normalized, @Schema(nullable = true) String batchId,
                                  boolean evasionCharacters, List<Hit> hits) {
    }

    /** The candidate side of a pair score. */
    public record Candidate(
            @NotBlank @Size(max = 512) String name,
            @Pattern(regexp = "(?i)person|organization|vessel|aircraft|unknown|any", message = "must be person, organization, vessel, aircraft or unknown")
            String type,
            @Pattern(regexp = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
            String birthDate,
            @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code") String> countries,
            @Size(max = 20) List<@NotNull @Valid Identifier> identifiers,
            @Pattern(regexp = "(?i)male|female|m|f", message = "must be male or female") String gender) {
    }

    /** "Why would these two match?" */
    public record PairRequest(@NotNull @Valid ScreeningRequest query, @NotNull @Valid Candidate candidate) {
    }

    /** The score of a pair, with its explanation. */
    public record PairResponse(double score, boolean match, double threshold,
                               @Schema(nullable = true) String matchedName,
                               List<Component> explanation, @Schema(nullable = true) JsonNode normalizedQuery) {
    }
}
