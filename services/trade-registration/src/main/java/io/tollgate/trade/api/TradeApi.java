package io.tollgate.trade.api;

import io.tollgate.platform.validation.PrintableText;
import io.tollgate.trade.domain.AlertOutcome;
import io.tollgate.trade.domain.AlertState;
import io.tollgate.trade.domain.ReasonKind;
import io.tollgate.trade.domain.TradeStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the trade-registration API. */
public final class TradeApi {

    private TradeApi() {
    }

    /** A place: ISO 3166 country and optional ISO 3166-2 subdivision. */
    public record Place(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
            @Schema(description = "ISO 3166-2 subdivision, e.g. UA-43 (Crimea)", nullable = true)
            @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code such as UA-43")
            String subdivision) {
    }

    /** One line of goods. */
    public record Goods(
            @NotNull @Pattern(regexp = "\\d{2,4}(\\.?\\d{2}){0,3}", message = "must be an HS code such as 854231 or 8542.31")
            String hsCode,
            @NotBlank @Size(max = 512) @PrintableText String description,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal quantity,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal value) {
    }

    /** An identifier of a party. */
    public record Identifier(
            @Schema(enumeration = {"BIC", "IMO", "LEI", "TAX_ID", "REGISTRATION", "PASSPORT", "CRYPTO_ADDRESS"})
            @NotNull @Pattern(regexp = "BIC|IMO|LEI|TAX_ID|REGISTRATION|PASSPORT|CRYPTO_ADDRESS",
                    message = "must be BIC, IMO, LEI, TAX_ID, REGISTRATION, PASSPORT or CRYPTO_ADDRESS") String type,
            @NotBlank @Size(max = 256) String value) {
    }

    /** A declared owner of a party. */
    public record Owner(
            @NotBlank @Size(max = 512) String name,
            @Schema(enumeration = {"person", "organization"})
            @NotNull @Pattern(regexp = "person|organization", message = "must be person or organization") String type,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal percentage) {
    }

    /** A party to the trade. */
    public record PartyData(
            @Schema(enumeration = {"BUYER", "SELLER", "BUYER_BANK", "SELLER_BANK", "INTERMEDIARY_BANK", "SHIPPER", "CONSIGNEE", "CARRIER", "VESSEL", "OWNER", "OTHER"})
            @NotNull @Pattern(regexp = "BUYER|SELLER|BUYER_BANK|SELLER_BANK|INTERMEDIARY_BANK|SHIPPER|CONSIGNEE|CARRIER"
                    + "|VESSEL|OWNER|OTHER", message = "must be one of BUYER, SELLER, BUYER_BANK, SELLER_BANK, "
                    + "INTERMEDIARY_BANK, SHIPPER, CONSIGNEE, CARRIER, VESSEL, OWNER, OTHER") String role,
            @NotBlank @Size(max = 512) String name,
            @Schema(enumeration = {"person", "organization", "vessel", "aircraft"})
            @NotNull @Pattern(regexp = "person|organization|vessel|aircraft",
                    message = "must be person, organization, vessel or aircraft") String type,
            @Schema(nullable = true)
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
            @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD: as much of the date as is known; passed to screening "
                    + "as given", example = "1950", nullable = true)
            @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be a date YYYY, YYYY-MM or YYYY-MM-DD")
            String birthDate,
            @Schema(nullable = true) @Size(max = 20) List<@NotNull @Valid Identifier> identifiers,
            @Schema(nullable = true) @Size(max = 50) List<@NotNull @Valid Owner> owners) {
    }

    /** The body of POST /api/v1/trades. */
    public record TradeRequest(
            @Schema(example = "INV-2026-0042") @NotBlank @Size(max = 128) @PrintableText String reference,
            @NotNull LocalDate tradeDate,
            @Schema(example = "125000.00") @NotNull @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @Schema(description = "ISO 4217", example = "RUB")
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
            @Schema(enumeration = {"SWIFT", "SPFS", "CIPS", "MIR", "CENTRAL_BANK", "CRYPTO", "CASH", "OTHER"})
            @NotNull @Pattern(regexp = "SWIFT|SPFS|CIPS|MIR|CENTRAL_BANK|CRYPTO|CASH|OTHER",
                    message = "must be SWIFT, SPFS, CIPS, MIR, CENTRAL_BANK, CRYPTO, CASH or OTHER") String paymentRail,
            @NotNull @Valid Place origin,
            @NotNull @Valid Place destination,
            @Size(max = 500) List<@NotNull @Valid Goods> goods,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid PartyData> parties) {
    }

    /** Why a trade has its status. */
    public record Reason(ReasonKind kind, @Schema(nullable = true) String ruleId,
                         @Schema(nullable = true) String ruleVersion, TradeStatus outcome, String explanation,
                         @Schema(nullable = true) List<Long> alertIds,
                         @Schema(nullable = true) Map<String, Long> listVersions) {
    }

    /** A potential match on one of the trade's parties or owners. */
    public record AlertView(long id, long tradeId, AlertState status, int partyIndex,
                            @Schema(nullable = true) Integer ownerIndex,
                            String subjectName, @Schema(nullable = true) String screeningId, long entityId,
                            String source, @Schema(nullable = true) String sourceId,
                            String primaryName, @Schema(nullable = true) String matchedName, BigDecimal score,
                            List<String> explanation,
                            Instant createdAt) {
    }

    /** A registered trade: its decision and everything that was sent. */
    public record TradeView(long id, TradeStatus status, List<Reason> reasons, List<AlertView> alerts,
                            @Schema(nullable = true) LocalDate reportDueDate, Map<String, String> ruleVersions,
                            String reference,
                            LocalDate tradeDate, BigDecimal amount, String currency, String paymentRail, Place origin,
                            Place destination, @Schema(nullable = true) List<Goods> goods, List<PartyData> parties,
                            @Schema(nullable = true) String corridor,
                            String registeredBy, Instant registeredAt, @Schema(nullable = true) Instant decidedAt) {
    }

    /** A decision on an alert. */
    public record AlertDecisionRequest(
            @Schema(enumeration = {"TRUE_MATCH", "FALSE_POSITIVE", "ESCALATE"})
            @NotNull @Pattern(regexp = "TRUE_MATCH|FALSE_POSITIVE|ESCALATE",
                    message = "must be TRUE_MATCH, FALSE_POSITIVE or ESCALATE") String decision,
            @NotBlank @Size(max = 2000) @PrintableText(lineBreaks = true) String reason) {
    }

    /** A stored decision on an alert. */
    public record AlertDecisionView(long id, AlertOutcome decision, String reason, String decidedBy,
                                    @Schema(nullable = true) String decidedAs,
                                    Instant decidedAt) {
    }

    /** An alert with the decisions taken on it and the status of its trade afterwards. */
    public record AlertDecisionResult(AlertView alert, List<AlertDecisionView> decisions, TradeStatus tradeStatus) {
    }

    /** One event of a trade's audit trail. */
    public record AuditEventView(long id, String eventType, String actor, Instant occurredAt, String retentionClass,
                                 @Schema(nullable = true) com.fasterxml.jackson.databind.JsonNode details) {
    }
}
