package io.tollgate.screening.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.security.Roles;
import io.tollgate.screening.domain.list.ListSource;
import io.tollgate.screening.service.ImportOutcome;
import io.tollgate.screening.service.ListCatalogService;
import io.tollgate.screening.service.ListImportService;
import io.tollgate.screening.service.ListRefreshService;
import io.tollgate.screening.api.ListViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sanctions lists: import, refresh, versions, deltas and the change feed. */
@Path("/api/v1/lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lists", description = "Official and custom sanctions lists, their versions and changes")
public class ListResource {

    /** What a list source id looks like: an official list or custom-&lt;name&gt;. */
    static final String SOURCE_PATTERN = "^(ofac-sdn|ofac-consolidated|un|eu|uk|us-csl|bis-dpl|custom-[a-z0-9][a-z0-9-]{0,39})$";

    private final ListImportService importer;
    private final ListRefreshService refresher;
    private final ListCatalogService catalog;
    private final SecurityIdentity identity;

    public ListResource(ListImportService importer, ListRefreshService refresher, ListCatalogService catalog,
                        SecurityIdentity identity) {
        this.importer = importer;
        this.refresher = refresher;
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.SCREENER, Roles.AUDITOR, Roles.LIST_ADMIN})
    @Operation(operationId = "listSources", summary = "Every list with its current version and freshness",
            description = "Each source: current version with counts, when it was imported, its age in seconds, whether "
                    + "it is stale, the configured refresh URL and the outcome of the last refresh.")
    public List<ListViews.SourceSummary> sources() {
        return catalog.sources();
    }

    @POST
    @Path("/{source}/imports")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.LIST_ADMIN)
    @Operation(operationId = "importList", summary = "Import a list publication",
            description = "The raw file as published, in the body: plain, zip (e.g. the OFAC CSV set sdn.csv, alt.csv, "
                    + "add.csv, sdn_comments.csv) or gzip, recognised by content. The whole file is parsed before "
                    + "anything is stored; a file that does not parse, is truncated, is of the wrong format or would "
                    + "remove more than the configured share of the list (default 10%) is refused with 422 and changes "
                    + "nothing. force=true overrides the shrink guard and is recorded.")
    @APIResponse(responseCode = "201", description = "A new version was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Version.class),
            examples = @ExampleObject(name = "version", value = Examples.VERSION)))
    @APIResponse(responseCode = "200", description = "The identical content was already imported: the existing version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Version.class)))
    @RequestBody(required = true, description = "The list file as published (plain, zip or gzip)", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "The body is empty")
    @APIResponse(responseCode = "404", description = "No such list source")
    @APIResponse(responseCode = "413", description = "The file is larger than the upload limit")
    @APIResponse(responseCode = "422", description = "The file was refused; nothing changed",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "refused", value = Examples.PROBLEM_422)))
    public Response importList(
            @Parameter(description = "Source id: ofac-sdn, ofac-consolidated, un, eu, uk, us-csl, bis-dpl or custom-<name>",
                    schema = @Schema(type = SchemaType.STRING, pattern = SOURCE_PATTERN))
            @PathParam("source") String source,
            @Parameter(description = "Import even if the file removes more than the configured share of the list")
            @QueryParam("force") @DefaultValue("false") boolean force,
            byte[] body, @jakarta.ws.rs.core.Context UriInfo uri) {
        ListSource src = sourceOf(source);
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The request body is empty: send the list file as the body");
        }
        ImportOutcome outcome = importer.importList(src, body, "upload", user(), force);
        ListViews.Version view = catalog.view(outcome.version());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/lists/{source}/versions/{id}")
                .build(src.id(), outcome.version().id())).entity(view).build();
    }

    @POST
    @Path("/{source}/refresh")
    @RolesAllowed(Roles.LIST_ADMIN)
    @Operation(operationId = "refreshList", summary = "Fetch the list from its configured URL now",
            description = "Conditional request (ETag / Last-Modified); imports the publication if it changed. "
                    + "Outcome IMPORTED (201), UNCHANGED or NOT_MODIFIED (200), FAILED (502 problem), REJECTED (422).")
    @APIResponse(responseCode = "201", description = "A new version was imported", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Refresh.class)))
    @APIResponse(responseCode = "200", description = "Nothing new was published", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Refresh.class)))
    @APIResponse(responseCode = "404", description = "No such list source")
    @APIResponse(responseCode = "422", description = "The publication was refused; nothing changed")
    @APIResponse(responseCode = "502", description = "The publication could not be fetched")
    public Response refresh(@PathParam("source") String source) {
        ListSource src = sourceOf(source);
        ListRefreshService.RefreshResult r = refresher.refresh(src, user());
        if (r.outcome() == ListRefreshService.Outcome.FAILED) {
            throw new ProblemException(io.tollgate.platform.problem.ProblemType.BAD_GATEWAY, r.detail());
        }
        ListViews.Refresh body = new ListViews.Refresh(src.id(), r.outcome().name(), r.detail(),
                r.importOutcome().map(o -> catalog.view(o.version())).orElse(null));
        return Response.status(r.outcome() == ListRefreshService.Outcome.IMPORTED ? 201 : 200).entity(body).build();
    }

    @GET
    @Path("/{source}/versions")
    @RolesAllowed({Roles.SCREENER, Roles.AUDITOR, Roles.LIST_ADMIN})
    @Operation(operationId = "listVersions", summary = "Every version of a list, newest first")
    public List<ListViews.Version> versions(@PathParam("source") String source) {
        return catalog.versions(sourceOf(source));
    }

    @GET
    @Path("/{source}/versions/{id}")
    @RolesAllowed({Roles.SCREENER, Roles.AUDITOR, Roles.LIST_ADMIN})
    @Operation(operationId = "getListVersion", summary = "One version of a list")
    public ListViews.Version version(@PathParam("source") String source, @PathParam("id") long id) {
        return catalog.version(sourceOf(source), id);
    }

    @GET
    @Path("/{source}/versions/{id}/delta")
    @RolesAllowed({Roles.SCREENER, Roles.AUDITOR, Roles.LIST_ADMIN})
    @Operation(operationId = "getListDelta", summary = "The record-level delta of a version against the one before it",
            description = "Entities added, removed and changed (with the changed fields), paged.")
    public ListViews.Delta delta(@PathParam("source") String source, @PathParam("id") long id,
                                 @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                 @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10000) int limit) {
        return catalog.delta(sourceOf(source), id, offset, limit);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({Roles.SCREENER, Roles.AUDITOR, Roles.LIST_ADMIN, Roles.SERVICE})
    @Operation(operationId = "listChanges", summary = "The change feed across all lists",
            description = "Entity changes in commit order. Resume with after=<nextCursor of the previous page>. "
                    + "Also open to the service role: trade registration follows it with its service token to "
                    + "re-screen the parties a change could touch.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.ChangeFeed.class),
            examples = @ExampleObject(name = "changes", value = Examples.CHANGES)))
    public ListViews.ChangeFeed changes(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
                                        @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10000) int limit) {
        return catalog.changes(after, limit);
    }

    private static ListSource sourceOf(String id) {
        return ListSource.of(id).orElseThrow(() -> ProblemException.notFound("No list source '" + id
                + "': use one of " + String.join(", ", ListSource.OFFICIAL) + " or custom-<name>"));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
