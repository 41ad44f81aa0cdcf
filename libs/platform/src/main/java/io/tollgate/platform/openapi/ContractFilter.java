package io.tollgate.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.tollgate.platform.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every Tollgate API document says the same way, applied at build (the stored docs/api/*.yaml) and at run time
 * alike: the problem+json schema on every error answer, Jackson's any-JSON trees as "any value", and the response
 * shapes' fields marked required (the services write every field of a response, null where there is nothing).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
public class ContractFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String REF = "#/components/schemas/";
    /** Jackson trees (parse statistics, stored requests, audit details): any JSON value, not a Jackson model. */
    private static final Set<String> ANY_JSON = Set.of("JsonNode");
    private static final Set<String> UNUSED = Set.of("JsonNodeType");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        // "Proprietary" alone is not a license an OpenAPI 3.1 tool accepts (generators refuse the document): an SPDX
        // reference for a license of our own
        if (api.getInfo() != null && api.getInfo().getLicense() != null && api.getInfo().getLicense().getUrl() == null
                && api.getInfo().getLicense().getIdentifier() == null) {
            api.getInfo().getLicense().setIdentifier("LicenseRef-Tollgate-Proprietary");
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas != null) {
            ANY_JSON.forEach(name -> {
                if (schemas.containsKey(name)) {
                    api.getComponents().addSchema(name, OASFactory.createSchema()
                            .description("Any JSON value (stored as given)"));
                }
            });
            UNUSED.forEach(api.getComponents()::removeSchema);
        }
        api.getComponents().addSchema("Violation", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One field that failed validation")
                .addProperty("field", string("The field, as a path into the request body or a parameter name"))
                .addProperty("message", string("Why it was refused"))
                .addRequired("field").addRequired("message"));
        api.getComponents().addSchema(PROBLEM, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: the one error body every Tollgate endpoint returns")
                .addProperty("type", string("A URI naming the kind of problem (stable across releases)").format("uri"))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The request path the problem occurred on"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("For validation problems: each offending field and why")
                        .items(OASFactory.createSchema().ref(REF + "Violation")))
                .addRequired("type").addRequired("title").addRequired("status"));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> requestShapes = new HashSet<>();
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                problemBodies(op);
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(m -> collect(m.getSchema(), schemas, requestShapes));
                }
            }
        }
        if (schemas != null) {
            schemas.forEach((name, schema) -> {
                if (!requestShapes.contains(name) && !ANY_JSON.contains(name) && schema.getProperties() != null
                        && schema.getRequired() == null) {
                    schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
                }
            });
        }
    }

    /** Every 4xx and 5xx answer carries a problem+json body. */
    private static void problemBodies(Operation op) {
        if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> e : op.getResponses().getAPIResponses().entrySet()) {
            if (!e.getKey().startsWith("4") && !e.getKey().startsWith("5")) {
                continue;
            }
            APIResponse r = e.getValue();
            Content content = r.getContent();
            MediaType problem = content == null || content.getMediaTypes() == null ? null
                    : content.getMediaType(Problem.MEDIA_TYPE);
            if (problem == null) {
                problem = OASFactory.createMediaType();
                r.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
            }
            if (problem.getSchema() == null) {
                problem.setSchema(OASFactory.createSchema().ref(REF + PROBLEM));
            }
        }
    }

    /** The component schemas a request body can contain, transitively. */
    private static void collect(Schema s, Map<String, Schema> schemas, Set<String> found) {
        if (s == null) {
            return;
        }
        if (s.getRef() != null) {
            String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
            if (found.add(name) && schemas != null) {
                collect(schemas.get(name), schemas, found);
            }
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> collect(p, schemas, found));
        }
        collect(s.getItems(), schemas, found);
        collect(s.getAdditionalPropertiesSchema(), schemas, found);
        for (List<Schema> l : new ArrayList<>(java.util.Arrays.asList(s.getAnyOf(), s.getOneOf(), s.getAllOf()))) {
            if (l != null) {
                l.forEach(p -> collect(p, schemas, found));
            }
        }
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
