package io.tollgate.screening.rest.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.security.Roles;
import io.tollgate.screening.api.ListViews;
import io.tollgate.screening.domain.list.ListSource;
import io.tollgate.screening.service.ImportOutcome;
import io.tollgate.screening.service.ListCatalogService;
import io.tollgate.screening.service.ListImportService;
import io.tollgate.web.WebPages;
import io.tollgate.web.WebUpload;
import io.tollgate.web.WebUploads;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The list administrator's and auditor's pages: every source with its current version, age and last refresh
 * ({@code GET /lists}), a version's delta, paged ({@code GET /lists/{source}/versions/{id}}), the change feed
 * ({@code GET /lists/changes}) and the upload of a list file ({@code POST /lists/upload}), whose refusal (the API's
 * 422) is shown as a readable list while the current version stays in force.
 */
@Path("/lists")
@Produces(MediaType.TEXT_HTML)
public class ListPages {

    /** Rows per page of a delta or of the change feed. */
    static final int PAGE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lists(List<ListRows.SourceRow> sources, boolean admin, List<String> sourceIds,
                                             String uploadSource, String refusal, List<String> problems);

        static native TemplateInstance version(ListViews.Version version, String importedAt,
                                               List<ListRows.ChangeRow> changes, int offset, Integer previous,
                                               Integer next);

        static native TemplateInstance changes(List<ListRows.ChangeRow> changes, long after, Long next);
    }

    private final WebPages pages;
    private final ListCatalogService catalog;
    private final ListImportService importer;
    private final WebUploads uploads;

    public ListPages(WebPages pages, ListCatalogService catalog, ListImportService importer, WebUploads uploads) {
        this.pages = pages;
        this.catalog = catalog;
        this.importer = importer;
        this.uploads = uploads;
    }

    @GET
    @PermitAll
    @Operation(hidden = true)
    public Response lists() {
        pages.require(Roles.LIST_ADMIN, Roles.AUDITOR);
        return WebPages.html(page(null, null, List.of()));
    }

    @GET
    @Path("{source}/versions/{id}")
    @PermitAll
    @Operation(hidden = true)
    public Response version(@RestPath String source, @RestPath long id, @RestQuery Integer offset) {
        pages.require(Roles.LIST_ADMIN, Roles.AUDITOR);
        ListSource src = ListSource.of(source).orElseThrow(() -> WebPages.notFound("No list source " + source + "."));
        int from = Math.max(0, offset == null ? 0 : offset);
        ListViews.Delta delta;
        try {
            delta = catalog.delta(src, id, from, PAGE + 1);
        } catch (ProblemException e) {
            throw WebPages.notFound(e.getMessage());
        }
        List<ListViews.Change> changes = delta.changes();
        Integer next = changes.size() > PAGE ? from + PAGE : null;
        return WebPages.html(Templates.version(delta.version(), io.tollgate.web.WebFormat.time(
                delta.version().importedAt()), ListRows.changes(changes.subList(0, Math.min(PAGE, changes.size()))),
                from, from > 0 ? Math.max(0, from - PAGE) : null, next));
    }

    @GET
    @Path("changes")
    @PermitAll
    @Operation(hidden = true)
    public Response changes(@RestQuery Long after) {
        pages.require(Roles.LIST_ADMIN, Roles.AUDITOR);
        long cursor = Math.max(0, after == null ? 0 : after);
        ListViews.ChangeFeed feed = catalog.changes(cursor, PAGE);
        return WebPages.html(Templates.changes(ListRows.changes(feed.changes()), cursor,
                feed.more() ? feed.nextCursor() : null));
    }

    @POST
    @Path("upload")
    @PermitAll
    @WebUpload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(@RestForm String source, @RestForm String csrf, @RestForm FileUpload file) {
        pages.require(Roles.LIST_ADMIN);
        byte[] content = uploads.read(csrf, file);
        ListSource src = ListSource.of(source == null ? "" : source.trim()).orElse(null);
        if (src == null) {
            return WebPages.html(400, page(source, "Choose the list the file is a publication of.", List.of()));
        }
        if (content.length == 0) {
            return WebPages.html(400, page(src.id(), "Choose a non-empty list file to upload.", List.of()));
        }
        try {
            ImportOutcome outcome = importer.importList(src, content, "upload", pages.user(), false);
            return WebPages.redirect("/lists/" + src.id() + "/versions/" + outcome.version().id());
        } catch (ProblemException e) {
            List<String> problems = new ArrayList<>();
            e.violations().forEach(v -> problems.add((v.field() == null ? "" : v.field() + ": ") + v.message()));
            return WebPages.html(e.type().status(), page(src.id(), e.getMessage(), problems));
        }
    }

    private TemplateInstance page(String uploadSource, String refusal, List<String> problems) {
        List<ListViews.SourceSummary> sources = catalog.sources();
        return Templates.lists(ListRows.sources(sources), pages.has(Roles.LIST_ADMIN),
                sources.stream().map(ListViews.SourceSummary::source).toList(), uploadSource == null ? "" : uploadSource,
                refusal, problems);
    }
}
