package io.tollgate.reporting.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.platform.security.Roles;
import io.tollgate.reporting.api.ReportingApi;
import io.tollgate.reporting.domain.InvalidInputException;
import io.tollgate.reporting.domain.ListVersionInForce;
import io.tollgate.reporting.domain.Report;
import io.tollgate.reporting.domain.ReportName;
import io.tollgate.reporting.domain.ReportParameters;
import io.tollgate.reporting.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The compliance reports, as JSON or CSV, each stamped and recorded as a run. */
@Path("/api/v1/reports")
@Tag(name = "reports", description = "Compliance reports over trades, screenings and list versions")
public class ReportResource {

    /** The CSV media type reports are served as. */
    public static final String TEXT_CSV = "text/csv";

    private final ReportService reports;
    private final SecurityIdentity identity;

    public ReportResource(ReportService reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
    @Operation(operationId = "listReports", summary = "The reports", description = "Every report with the parameters it accepts.")
    public List<ReportingApi.ReportSummary> list() {
        return Arrays.stream(ReportName.values()).map(r -> new ReportingApi.ReportSummary(r.slug(), r.title(),
                ReportParameters.accepted(r).stream().sorted().toList(), "/api/v1/reports/" + r.slug())).toList();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
    @Operation(operationId = "getReport", summary = "A report", description = """
            Produces the report as of now (the data cut-off: nothing registered, decided or imported after it is in \
            the report) and records the run (who, when, parameters, cut-off, sha256). JSON by default; CSV with \
            `Accept: text/csv` or `format=csv` (the stamp is then in X-Report-* headers). The sha256 is the hash of \
            the CSV rendering, in both formats.

            Parameters (unknown or repeated ones are refused):
            - settlement-currency-mix, payment-rail-mix: from, to (trade dates, default the last 12 months), period \
            (month|quarter), corridor (e.g. VE-RU), rail (e.g. SWIFT, SPFS, CIPS, MIR, CENTRAL_BANK), status \
            (comma-separated), currency (reporting currency, default USD), ratePolicy, rateMaxAge
            - exposure: from, to, corridor, rail, currency, ratePolicy, rateMaxAge
            - register: status (default BLOCKED,HELD,REJECTED), corridor, from, to (decision dates), asOf (the day \
            the countdown counts from, default today), currency, ratePolicy, rateMaxAge

            ratePolicy: trade-date (only the trade date's own rate) or last-published (the latest rate on or before \
            the trade date, at most rateMaxAge days older; default 4); the default is tollgate.reporting.rate-policy. \
            Every converting report's stamp lists the sources of the rates it used (rateSources; X-Report-Rate-Sources \
            in CSV).
            - screening-operations: from, to (days, default the last 30), sla (ISO-8601 duration, default PT24H)
            - list-change-impact: from, to (import days, default the last 90), source (e.g. ofac-sdn)""")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingApi.ReportDocument.class),
                    examples = @ExampleObject(name = "VE-RU currency mix",
                    value = Examples.CURRENCY_MIX)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING, description = "The report as CSV, "
                    + "header line first; the stamp is in the X-Report-* headers"),
                    examples = @ExampleObject(name = "VE-RU currency mix as CSV",
                    value = Examples.CURRENCY_MIX_CSV))})
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "Start (a date YYYY-MM-DD; trade, decision, import or screening days by report)", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "End, inclusive (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "period", in = ParameterIn.QUERY, description = "settlement-currency-mix, payment-rail-mix: month or quarter", schema = @Schema(type = SchemaType.STRING, enumeration = {"month", "quarter"}))
    @Parameter(name = "corridor", in = ParameterIn.QUERY, description = "Origin-destination countries, e.g. VE-RU", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "rail", in = ParameterIn.QUERY, description = "Payment rail, e.g. SWIFT, SPFS, CIPS, MIR, CENTRAL_BANK", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Trade statuses, comma-separated", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "currency", in = ParameterIn.QUERY, description = "Reporting currency (ISO 4217, default USD)", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ratePolicy", in = ParameterIn.QUERY, description = "trade-date or last-published", schema = @Schema(type = SchemaType.STRING, enumeration = {"trade-date", "last-published"}))
    @Parameter(name = "rateMaxAge", in = ParameterIn.QUERY, description = "last-published: at most this many days older than the trade date (default 4)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    @Parameter(name = "asOf", in = ParameterIn.QUERY, description = "register: the day the countdown counts from (YYYY-MM-DD, default today)", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sla", in = ParameterIn.QUERY, description = "screening-operations: an ISO-8601 duration (default PT24H)", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "source", in = ParameterIn.QUERY, description = "list-change-impact: a list source, e.g. ofac-sdn", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "csv for the CSV rendering (as Accept: text/csv)", schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
    @APIResponse(responseCode = "400", description = "Invalid parameters (each in violations)")
    @APIResponse(responseCode = "404", description = "No report of that name")
    public Response report(@Parameter(description = "settlement-currency-mix, payment-rail-mix, exposure, register, "
                                   + "screening-operations or list-change-impact", schema = @Schema(type = SchemaType.STRING, enumeration = {"settlement-currency-mix",
                                   "payment-rail-mix", "exposure", "register", "screening-operations", "list-change-impact"}))
                           @PathParam("name") String name,
                           @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportName report = ReportName.bySlug(name).orElseThrow(() -> ProblemException.notFound("No report '" + name
                + "'; the reports are " + Arrays.stream(ReportName.values()).map(ReportName::slug)
                .collect(Collectors.joining(", "))));
        Map<String, List<String>> query = new LinkedHashMap<>(uri.getQueryParameters());
        boolean csv = wantsCsv(query.remove("format"), headers);
        ReportService.RecordedReport recorded;
        try {
            recorded = reports.run(report, query, identity.getPrincipal().getName(), csv ? "csv" : "json");
        } catch (InvalidInputException e) {
            throw invalid(e);
        }
        Report r = recorded.report();
        if (csv) {
            return Response.ok(r.csv(), TEXT_CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + report.slug() + "-run-"
                            + recorded.runId() + ".csv\"")
                    .header("X-Report-Run", recorded.runId())
                    .header("X-Report-Sha256", r.sha256())
                    .header("X-Report-Row-Count", r.rowCount())
                    .header("X-Report-Data-Cutoff", r.dataCutoff().toString())
                    .header("X-Report-Parameters", r.parameters().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&")))
                    .header("X-Report-List-Versions", r.listVersions().stream()
                            .map(v -> v.source() + "=" + v.versionId()).collect(Collectors.joining(",")))
                    .header("X-Report-Rate-Sources", r.rateSources().stream()
                            .map(io.tollgate.reporting.domain.fx.RateSourceUsed::text)
                            .collect(Collectors.joining(";")))
                    .header("Link", "</api/v1/report-runs/" + recorded.runId() + ">; rel=\"describedby\"")
                    .build();
        }
        return Response.ok(document(r, recorded.runId(), recorded.requestedBy()), MediaType.APPLICATION_JSON).build();
    }

    /** The JSON form of a report. */
    static ReportingApi.ReportDocument document(Report r, Long runId, String requestedBy) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("csv", ReportingApi.reportHref(r.name().slug(), r.parameters(), "format=csv"));
        if (runId != null) {
            links.put("run", "/api/v1/report-runs/" + runId);
            links.put("reproduction", "/api/v1/report-runs/" + runId + "/reproduction");
        }
        List<ListVersionInForce> lists = r.listVersions();
        return new ReportingApi.ReportDocument(r.name().slug(), r.name().title(), runId, r.parameters(),
                r.dataCutoff(), lists, r.rateSources(), r.rowCount(), r.sha256(), requestedBy, r.notes(), r.table().columns(),
                r.table().records(), links);
    }

    static ProblemException invalid(InvalidInputException e) {
        return new ProblemException(ProblemType.VALIDATION, e.getMessage(), e.violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.message())).toList());
    }

    private static boolean wantsCsv(List<String> format, HttpHeaders headers) {
        if (format != null && !format.isEmpty() && format.get(0) != null && !format.get(0).isBlank()) {
            return switch (format.get(0).trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new ProblemException(ProblemType.VALIDATION, "format must be json or csv",
                        List.of(new Problem.Violation("format", "must be json or csv")));
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
