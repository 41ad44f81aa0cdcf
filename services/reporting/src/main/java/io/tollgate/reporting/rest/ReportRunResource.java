package io.tollgate.reporting.rest;

import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.platform.security.Roles;
import io.tollgate.reporting.api.ReportingApi;
import io.tollgate.reporting.domain.ReportName;
import io.tollgate.reporting.service.ReportRunService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recorded report runs: who produced which report when, with which parameters, cut-off and hash. */
@Path("/api/v1/report-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "report-runs", description = "Every report produced, to reproduce it and prove a filed copy unchanged")
public class ReportRunResource {

    private final ReportRunService runs;

    public ReportRunResource(ReportRunService runs) {
        this.runs = runs;
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
    @Operation(operationId = "listReportRuns", summary = "Report runs", description = "The newest runs first, optionally of one report; limit "
            + "1-500 (default 50).")
    public List<ReportingApi.RunView> list(@QueryParam("report") String report, @QueryParam("limit") Integer limit) {
        Optional<ReportName> name = Optional.ofNullable(report).filter(r -> !r.isBlank())
                .map(r -> ReportName.bySlug(r.trim()).orElseThrow(() -> invalid("report", "is not a report name")));
        int n = limit == null ? 50 : limit;
        if (n < 1 || n > 500) {
            throw invalid("limit", "must be between 1 and 500");
        }
        return runs.latest(name, n).stream().map(ReportRunResource::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
    @Operation(operationId = "getReportRun", summary = "A report run", description = "Who produced the report, when, with which parameters, "
            + "data cut-off, row count and sha256 (of the CSV rendering).")
    public ReportingApi.RunView find(@PathParam("id") long id) {
        return runs.find(id).map(ReportRunResource::view).orElseThrow(() -> ProblemException.notFound("No report run "
                + id));
    }

    @GET
    @Path("/{id}/reproduction")
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
    @Operation(operationId = "reproduceReportRun", summary = "Reproduce a run", description = "Produces the run's report again from its stored "
            + "parameters and data cut-off and compares the sha256. identical: the filed report is what the data "
            + "as of the cut-off gives today. Not identical: something as of the cut-off has changed since, e.g. a "
            + "trade's status (the currency mix and exposure read statuses as they are now; the register reads them "
            + "as of the cut-off).")
    @APIResponse(responseCode = "200", description = "The comparison", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingApi.ReproductionView.class),
            examples = @ExampleObject(name = "identical",
            value = Examples.REPRODUCTION)))
    public ReportingApi.ReproductionView reproduce(@PathParam("id") long id) {
        ReportRunService.Reproduction r = runs.reproduce(id).orElseThrow(() -> ProblemException.notFound(
                "No report run " + id));
        return new ReportingApi.ReproductionView(view(r.run()), r.report().sha256(), r.report().rowCount(),
                r.identical(), r.identical()
                ? "The report produced again from the stored parameters and cut-off has the same content."
                : "The content differs: data as of the cut-off has changed since the run (e.g. a trade status, "
                        + "a rate, a late registration dated before the cut-off).");
    }

    static ReportingApi.RunView view(ReportRunService.Run run) {
        var e = run.entity();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("reproduction", "/api/v1/report-runs/" + e.id + "/reproduction");
        links.put("csv", ReportingApi.reportHref(e.reportName, run.parameters(), "format=csv"));
        return new ReportingApi.RunView(e.id, e.reportName, run.parameters(), e.dataCutoff, e.rowCount,
                e.contentSha256, e.format, e.requestedBy, e.requestedAt, links);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + " " + message,
                List.of(new Problem.Violation(field, message)));
    }
}
