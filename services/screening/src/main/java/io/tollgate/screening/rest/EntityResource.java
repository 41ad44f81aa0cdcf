package io.tollgate.screening.rest;

import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.security.Roles;
import io.tollgate.screening.service.ListCatalogService;
import io.tollgate.screening.api.ListViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Listed entities, with every field the source gives and the reference to the raw record. */
@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lists")
public class EntityResource {

    private final ListCatalogService catalog;

    public EntityResource(ListCatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/{id}")
    // analysts and supervisors read the entity an alert names beside the trade party (trade's alert review page)
    @RolesAllowed({Roles.SCREENER, Roles.AUDITOR, Roles.LIST_ADMIN, Roles.ANALYST, Roles.SUPERVISOR})
    @Operation(operationId = "getEntity", summary = "One listed entity",
            description = "All fields, its listing state (listed, removed in which "
            + "version) and where its record is in the published file. Roles: screener, auditor, list-admin, and "
            + "analyst or supervisor (who review alerts on it).")
    public ListViews.Entity entity(@PathParam("id") long id) {
        return catalog.entity(id).orElseThrow(() -> ProblemException.notFound("No listed entity " + id));
    }
}
