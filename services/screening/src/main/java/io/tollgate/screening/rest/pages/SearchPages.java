package io.tollgate.screening.rest.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.security.Roles;
import io.tollgate.screening.api.ListViews;
import io.tollgate.screening.api.ScreeningApi;
import io.tollgate.screening.service.ListCatalogService;
import io.tollgate.screening.service.ScreeningService;
import io.tollgate.web.WebFormat;
import io.tollgate.web.WebPages;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The screener's pages: the search form ({@code GET /}), ranked hits with each explanation drawn as bars
 * ({@code GET /search}), a listed entity's full record ({@code GET /entities/{id}}), "why would these two match?"
 * ({@code GET /score}) and, for the auditor, a past screening ({@code GET /screenings/{id}}). Thin: each calls the
 * service the JSON API calls.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchForm form, boolean screener, boolean auditor, List<String> errors);

        static native TemplateInstance results(SearchForm form, ScreeningApi.ScreeningResponse screening,
                                               List<Explanations.HitView> hits, String screenedAt, boolean auditor);

        static native TemplateInstance entity(ListViews.Entity record, String primaryName);

        static native TemplateInstance score(SearchForm form, SearchForm candidate, ScreeningApi.PairResponse pair,
                                             List<Explanations.Bar> bars, List<String> errors);

        static native TemplateInstance screening(ScreeningApi.StoredScreening screening,
                                                 List<Explanations.HitView> hits, String requestedAt);
    }

    private final WebPages pages;
    private final ScreeningService screening;
    private final ListCatalogService catalog;
    private final Validator validator;

    public SearchPages(WebPages pages, ScreeningService screening, ListCatalogService catalog, Validator validator) {
        this.pages = pages;
        this.screening = screening;
        this.catalog = catalog;
        this.validator = validator;
    }

    @GET
    @PermitAll
    @Operation(hidden = true)
    public Response home() {
        pages.require(Roles.SCREENER, Roles.AUDITOR);
        return WebPages.html(Templates.search(SearchForm.empty(), pages.has(Roles.SCREENER), pages.has(Roles.AUDITOR),
                List.of()));
    }

    @GET
    @Path("search")
    @PermitAll
    @Blocking
    @Operation(hidden = true)
    public Response search(@RestQuery String name, @RestQuery String type,
                                            @RestQuery String birthDate, @RestQuery String countries,
                                            @RestQuery String identifiers) {
        pages.require(Roles.SCREENER);
        SearchForm form = new SearchForm(text(name), text(type), text(birthDate), text(countries), text(identifiers));
        ScreeningApi.ScreeningRequest request = request(form);
        List<String> errors = errors(validator.validate(request));
        if (form.name().isBlank()) {
            errors = List.of("name: type a name to screen");
        }
        if (!errors.isEmpty()) {
            return WebPages.html(400, Templates.search(form, true, pages.has(Roles.AUDITOR), errors));
        }
        boolean auditor = pages.has(Roles.AUDITOR);
        try {
            // a page may wait: the screening is answered once its audit record is stored
            ScreeningApi.ScreeningResponse r = screening.screen(request, pages.user()).toCompletableFuture().join();
            return WebPages.html(Templates.results(form, r, Explanations.hits(r.hits()), WebFormat.time(r.screenedAt()),
                    auditor));
        } catch (ProblemException e) {
            return WebPages.html(e.type().status(), Templates.search(form, true, auditor, List.of(e.getMessage())));
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof ProblemException p) {
                return WebPages.html(p.type().status(), Templates.search(form, true, auditor, List.of(p.getMessage())));
            }
            throw e;
        }
    }

    @GET
    @Path("entities/{id}")
    @PermitAll
    @Operation(hidden = true)
    public Response entity(@RestPath long id) {
        pages.require(Roles.SCREENER, Roles.AUDITOR, Roles.LIST_ADMIN);
        ListViews.Entity e = catalog.entity(id).orElseThrow(() -> WebPages.notFound("No listed entity " + id + "."));
        return WebPages.html(Templates.entity(e, e.entity().primaryName()));
    }

    @GET
    @Path("score")
    @PermitAll
    @Operation(hidden = true)
    public Response score(@RestQuery String name, @RestQuery String type, @RestQuery String birthDate,
                          @RestQuery String countries, @RestQuery String identifiers, @RestQuery String candidateName,
                          @RestQuery String candidateType, @RestQuery String candidateBirthDate,
                          @RestQuery String candidateCountries, @RestQuery String candidateIdentifiers) {
        pages.require(Roles.SCREENER);
        SearchForm query = new SearchForm(text(name), text(type), text(birthDate), text(countries), text(identifiers));
        SearchForm candidate = new SearchForm(text(candidateName), text(candidateType), text(candidateBirthDate),
                text(candidateCountries), text(candidateIdentifiers));
        if (query.name().isBlank() && candidate.name().isBlank()) {
            return WebPages.html(Templates.score(query, candidate, null, List.of(), List.of()));
        }
        ScreeningApi.PairRequest pair = new ScreeningApi.PairRequest(request(query), new ScreeningApi.Candidate(
                candidate.name(), Explanations.blankToNull(candidate.type()),
                Explanations.blankToNull(candidate.birthDate()), Explanations.countries(candidate.countries()),
                Explanations.identifiers(candidate.identifiers()), null));
        List<String> errors = errors(validator.validate(pair));
        if (!errors.isEmpty()) {
            return WebPages.html(400, Templates.score(query, candidate, null, List.of(), errors));
        }
        ScreeningApi.PairResponse answer = screening.score(pair);
        return WebPages.html(Templates.score(query, candidate, answer, Explanations.bars(answer.explanation()),
                List.of()));
    }

    @GET
    @Path("screenings")
    @PermitAll
    @Operation(hidden = true)
    public Response findScreening(@RestQuery String id) {
        pages.require(Roles.AUDITOR, Roles.SCREENER);
        String wanted = text(id).trim();
        if (!wanted.matches("[A-Za-z0-9_-]{1,64}")) {
            return WebPages.redirect("/");
        }
        return WebPages.redirect("/screenings/" + wanted);
    }

    @GET
    @Path("screenings/{id}")
    @PermitAll
    @Operation(hidden = true)
    public Response storedScreening(@RestPath String id) {
        pages.require(Roles.AUDITOR, Roles.SCREENER);
        ScreeningApi.StoredScreening s = screening.find(id)
                .orElseThrow(() -> WebPages.notFound("No screening " + id + "."));
        return WebPages.html(Templates.screening(s, Explanations.hits(s.hits()), WebFormat.time(s.requestedAt())));
    }

    private static ScreeningApi.ScreeningRequest request(SearchForm f) {
        return new ScreeningApi.ScreeningRequest(f.name(), Explanations.blankToNull(f.type()),
                Explanations.blankToNull(f.birthDate()), Explanations.countries(f.countries()),
                Explanations.identifiers(f.identifiers()), null, null, null, null);
    }

    private static <T> List<String> errors(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
