package io.tollgate.reporting.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.platform.security.Roles;
import io.tollgate.reporting.api.ReportingApi;
import io.tollgate.reporting.domain.InvalidInputException;
import io.tollgate.reporting.repository.FxRateImportEntity;
import io.tollgate.reporting.service.FxRateService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Daily reference rates the reports convert with. */
@Path("/api/v1/fx-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "fx-rates", description = "Published daily rates (ECB, Bank of Russia, any official source in the plain "
        + "layout) for converting trade values")
public class FxRateResource {

    private final FxRateService rates;
    private final SecurityIdentity identity;
    private final Clock clock;

    public FxRateResource(FxRateService rates, SecurityIdentity identity, Clock clock) {
        this.rates = rates;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_XML,
            MediaType.TEXT_XML, "application/zip", "application/x-zip-compressed"})
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "importFxRates", summary = "Import published rates", description = """
            A rate file, recognised by its content: the ECB euro reference-rate CSV (eurofxref-hist.csv, \
            eurofxref.csv, or the ECB's eurofxref-hist.zip as published); the Bank of Russia's daily XML \
            (XML_daily.asp: ValCurs/Valute with Nominal and a decimal-comma Value, windows-1251 or UTF-8), one day per \
            file or many day files in a zip; or the plain CSV `date,base,quote,rate,source` for any other official \
            source (one base is worth rate quote that day). `source` names the publisher of a file in the ECB layout \
            when it is not the ECB. The file is imported whole or not at all: a malformed line or element refuses it \
            (422, each one in violations, with its line and element); a rate that differs from one already stored \
            (same day, source and pair) is refused (409) because reports were converted with it. Rates already \
            stored with the same value are skipped; a file that adds nothing answers 200. See docs/fx-rates.md.""")
    @RequestBody(content = {@Content(mediaType = "text/csv", examples = {
            @ExampleObject(name = "ECB layout", value = Examples.RATES_FILE),
            @ExampleObject(name = "plain layout", value = Examples.PLAIN_RATES_FILE)}),
            @Content(mediaType = MediaType.APPLICATION_XML, examples = @ExampleObject(name = "Bank of Russia",
                    value = Examples.CBR_RATES_FILE))})
    @APIResponse(responseCode = "201", description = "New rates stored", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingApi.FxImportView.class),
            examples = @ExampleObject(name = "imported", value = Examples.RATES_IMPORTED)))
    @APIResponse(responseCode = "200", description = "Every rate was stored already; nothing changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingApi.FxImportView.class)))
    @APIResponse(responseCode = "409", description = "A rate contradicts a stored one; nothing changed")
    @APIResponse(responseCode = "422", description = "The file is not a valid rate file; nothing changed")
    public Response importRates(byte[] file, @QueryParam("source") String source) {
        if (file == null || file.length == 0) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The body is empty: send a rate file");
        }
        Optional<String> ecbSource = Optional.ofNullable(source).filter(v -> !v.isBlank())
                .map(v -> v.trim().toUpperCase(Locale.ROOT));
        if (ecbSource.isPresent() && !ecbSource.get().matches("[A-Z][A-Z0-9-]{1,31}")) {
            throw invalid("source", "must be a source name: 2 to 32 letters, digits or '-', starting with a letter");
        }
        FxRateService.ImportResult r;
        try {
            r = rates.importFile(file, identity.getPrincipal().getName(), ecbSource);
        } catch (InvalidInputException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, e.getMessage(), violations(e.violations()));
        } catch (FxRateService.ConflictingRatesException e) {
            throw new ProblemException(ProblemType.CONFLICT, e.getMessage(), violations(e.conflicts()));
        }
        ReportingApi.FxImportView view = new ReportingApi.FxImportView(r.importId().orElse(null), r.sha256(),
                r.layouts(), r.sources(), r.firstDate(), r.lastDate(), r.dates(), r.currencies(), r.ratesAdded(),
                r.ratesUnchanged());
        return r.importId().isPresent()
                ? Response.created(URI.create("/api/v1/fx-rates/imports/" + r.importId().get())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
    @Operation(operationId = "listFxRates", summary = "Stored rates", description = "Rates per day in [from, to] (default: the last 31 days), "
            + "optionally of one currency (as base or quote), as published: one base is worth rate quote, according to "
            + "source.")
    public List<ReportingApi.FxRateView> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                              @QueryParam("currency") String currency) {
        LocalDate end = date("to", to).orElse(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate start = date("from", from).orElse(end.minusDays(30));
        if (start.isAfter(end) || start.plusDays(3660).isBefore(end)) {
            throw invalid("from", "must be on or before to, at most 3660 days before it");
        }
        Optional<String> code = Optional.ofNullable(currency).filter(c -> !c.isBlank())
                .map(c -> c.trim().toUpperCase(Locale.ROOT));
        if (code.isPresent() && !code.get().matches("[A-Z]{3}")) {
            throw invalid("currency", "must be an ISO 4217 code such as USD");
        }
        return rates.rates(start, end, code).stream().map(s -> new ReportingApi.FxRateView(s.quote().date(),
                s.quote().source(), s.quote().base(), s.quote().quote(), s.quote().rate(), s.importId())).toList();
    }

    @GET
    @Path("/imports")
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
    @Operation(operationId = "listFxImports", summary = "Rate imports", description = "The latest 100 accepted rate files, newest first.")
    public List<ReportingApi.FxImportRecord> imports() {
        return rates.imports(100).stream().map(FxRateResource::record).toList();
    }

    @GET
    @Path("/imports/{id}")
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
    @Operation(operationId = "getFxImport", summary = "A rate import", description = "Who imported which file (sha256), when, with what.")
    public ReportingApi.FxImportRecord importRecord(@PathParam("id") long id) {
        return rates.importRecord(id).map(FxRateResource::record)
                .orElseThrow(() -> ProblemException.notFound("No rate import " + id));
    }

    private static ReportingApi.FxImportRecord record(FxRateImportEntity i) {
        return new ReportingApi.FxImportRecord(i.id, i.sha256, i.layouts, i.sources, i.firstDate, i.lastDate,
                i.dateCount, i.currencies,
                i.ratesAdded, i.ratesUnchanged, i.importedBy, i.importedAt);
    }

    private static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a date YYYY-MM-DD");
        }
    }

    private static List<Problem.Violation> violations(List<io.tollgate.reporting.domain.Violation> vs) {
        return vs.stream().map(v -> new Problem.Violation(v.field(), v.message())).toList();
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + " " + message,
                List.of(new Problem.Violation(field, message)));
    }
}
