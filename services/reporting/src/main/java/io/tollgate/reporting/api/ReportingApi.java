package io.tollgate.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.tollgate.reporting.domain.ListVersionInForce;
import io.tollgate.reporting.domain.fx.RateSourceUsed;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON shapes of the reporting API. */
public final class ReportingApi {

    private ReportingApi() {
    }

    /**
     * A report with its stamp. {@code sha256} is the hash of the report's CSV rendering (the same report with
     * {@code format=csv}), so a filed CSV can be checked with {@code sha256sum}.
     */
    public record ReportDocument(String report, String title, @Schema(nullable = true) Long runId,
                                 Map<String, String> parameters,
                                 Instant dataCutoff, List<ListVersionInForce> listVersions,
                                 List<RateSourceUsed> rateSources, int rowCount, String sha256,
                                 @Schema(nullable = true) String requestedBy,
                                 List<String> notes, List<String> columns, List<Map<String, Object>> rows,
                                 @Schema(nullable = true) Map<String, String> links) {
    }

    /** One report this service can produce. */
    public record ReportSummary(String name, String title, List<String> parameters, String href) {
    }

    /** A stored report run. */
    public record RunView(long id, String report, Map<String, String> parameters, Instant dataCutoff, int rowCount,
                          String sha256, String format, String requestedBy, Instant requestedAt,
                          @Schema(nullable = true) Map<String, String> links) {
    }

    /** A run produced again from its stored parameters and cut-off. */
    public record ReproductionView(RunView run, String reproducedSha256, int reproducedRowCount, boolean identical,
                                   @Schema(nullable = true) String explanation) {
    }

    /** What an FX rate import did: the layouts recognised (ECB, CBR, PLAIN) and the sources of the rates. */
    public record FxImportView(@Schema(nullable = true) Long importId, String sha256, List<String> layouts,
                               List<String> sources,
                               @Schema(nullable = true) LocalDate firstDate,
                               @Schema(nullable = true) LocalDate lastDate, int dates, List<String> currencies,
                               int ratesAdded, int ratesUnchanged) {
    }

    /** A stored FX import. */
    public record FxImportRecord(long id, String sha256, String layouts, String sources, LocalDate firstDate,
                                 LocalDate lastDate, int dates, String currencies, int ratesAdded, int ratesUnchanged,
                                 String importedBy, Instant importedAt) {
    }

    /** One stored rate: on {@code date}, according to {@code source}, one {@code base} is worth {@code rate} {@code quote}. */
    public record FxRateView(LocalDate date, String source, String base, String quote, BigDecimal rate,
                             long importId) {
    }

    /** The URL of a report with these parameters (and any extra ones, e.g. {@code format=csv}). */
    public static String reportHref(String report, Map<String, String> parameters, String extra) {
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String all = extra == null || extra.isEmpty() ? query : query.isEmpty() ? extra : extra + "&" + query;
        return "/api/v1/reports/" + report + (all.isEmpty() ? "" : "?" + all);
    }
}
