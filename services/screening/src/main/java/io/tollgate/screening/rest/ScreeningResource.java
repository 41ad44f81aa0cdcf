package io.tollgate.screening.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.security.identity.SecurityIdentity;
import io.tollgate.platform.problem.JsonProblems;
import io.tollgate.platform.problem.Problem;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.platform.security.Roles;
import io.tollgate.screening.api.ScreeningApi;
import io.tollgate.screening.service.ScreeningService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Screening of names against the loaded lists: single, batch, pair, and the stored screenings. */
@Path("/api/v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "screenings", description = "Screen parties against the sanctions lists, with explained scores")
public class ScreeningResource {

    /** Largest batch accepted in one request. */
    static final int MAX_BATCH = 100_000;

    private final ScreeningService screening;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Validator validator;

    public ScreeningResource(ScreeningService screening, SecurityIdentity identity, ObjectMapper json,
                             Validator validator) {
        this.screening = screening;
        this.identity = identity;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SCREENER, Roles.TRADE_CLERK, Roles.SERVICE})
    @Operation(operationId = "screenName", summary = "Screen one party", description = "Hits at or above the threshold, best first, each with "
            + "the components of its score (which add up to the score). Stored for audit before the answer is given. "
            + "503 while no list is loaded. Roles: screener; also trade-clerk and service, because trade registration "
            + "screens every party with the clerk's token (or its service token for background re-screening).")
    @APIResponse(responseCode = "200", description = "The screening", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningApi.ScreeningResponse.class),
            examples = @ExampleObject(name = "hit", value = Examples.SCREENING)))
    @APIResponse(responseCode = "400", description = "The request is invalid (each field in violations)")
    @APIResponse(responseCode = "503", description = "No list is loaded yet")
    public CompletionStage<ScreeningApi.ScreeningResponse> screen(@NotNull @Valid ScreeningApi.ScreeningRequest request) {
        // matching takes a fraction of a millisecond and runs on the I/O thread; the answer waits for the audit
        // group commit without holding a thread, and RESTEasy Reactive resumes the request on its own Vert.x context
        // to write it (a plain CompletionStage: a Uni here cost several context-propagation captures per request)
        return screening.screen(request, identity.getPrincipal().getName());
    }

    @POST
    @Path("/batch")
    @Consumes({MediaType.APPLICATION_JSON, "application/x-ndjson"})
    @Produces("application/x-ndjson")
    @RolesAllowed({Roles.SCREENER, Roles.TRADE_CLERK, Roles.SERVICE})
    @Operation(operationId = "screenBatch", summary = "Screen up to 100,000 parties",
            description = "A JSON array or an NDJSON stream of screening requests. Every request is validated first "
                    + "(one invalid request refuses the batch with 400 naming it, and nothing is screened); the results "
                    + "stream back as NDJSON, one screening per line, in input order.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ScreeningApi.ScreeningRequest.class, maxItems = MAX_BATCH)),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = ScreeningApi.ScreeningRequest.class))},
            description = "A JSON array of screening requests, or NDJSON: one screening request per line")
    @APIResponse(responseCode = "200", description = "NDJSON: one screening per line, in input order (each line a "
            + "ScreeningResponse)", content = @Content(mediaType = "application/x-ndjson",
            schema = @Schema(implementation = ScreeningApi.ScreeningResponse.class)))
    @APIResponse(responseCode = "400", description = "A request is invalid or the body cannot be read; nothing was screened")
    @APIResponse(responseCode = "413", description = "More than 100,000 screenings, or a body over the limit")
    @APIResponse(responseCode = "503", description = "No list is loaded yet")
    public Response batch(InputStream body) {
        List<ScreeningApi.ScreeningRequest> requests = readBatch(body);
        String user = identity.getPrincipal().getName();
        StreamingOutput out = os -> writeBatch(requests, user, os);
        return Response.ok(out, "application/x-ndjson").build();
    }

    @POST
    @Path("/score")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SCREENER)
    @Operation(operationId = "scoreNamePair", summary = "Why would these two match?", description = "Scores a query against one candidate and "
            + "explains the score. No list involved; nothing stored.")
    public ScreeningApi.PairResponse score(@NotNull @Valid ScreeningApi.PairRequest request) {
        return screening.score(request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SCREENER, Roles.AUDITOR})
    @Operation(operationId = "getScreening", summary = "A stored screening", description = "The request, its normalised form, the list versions "
            + "used, the hits with scores and explanations, who asked and when.")
    public ScreeningApi.StoredScreening stored(@PathParam("id") String id) {
        return screening.find(id).orElseThrow(() -> ProblemException.notFound("No screening " + id));
    }

    private List<ScreeningApi.ScreeningRequest> readBatch(InputStream body) {
        ObjectReader reader = json.readerFor(ScreeningApi.ScreeningRequest.class);
        List<ScreeningApi.ScreeningRequest> requests = new ArrayList<>();
        try (JsonParser parser = json.getFactory().createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ProblemException.badRequest("The batch is empty");
            }
            boolean array = first == JsonToken.START_ARRAY;
            if (array) {
                parser.nextToken();
            }
            while (parser.currentToken() != null && parser.currentToken() != JsonToken.END_ARRAY) {
                if (requests.size() == MAX_BATCH) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A batch holds at most " + MAX_BATCH
                            + " screenings");
                }
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw ProblemException.badRequest("Batch entry " + requests.size() + " is not a JSON object");
                }
                requests.add(reader.readValue(parser));
                parser.nextToken();
            }
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
                throw ProblemException.badRequest("Batch entry " + requests.size() + " cannot be read: "
                        + JsonProblems.describe(jpe));
            }
            throw ProblemException.badRequest("The batch cannot be read: the body broke off while it was sent");
        }
        if (requests.isEmpty()) {
            throw ProblemException.badRequest("The batch is empty");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < requests.size() && violations.size() < 100; i++) {
            if (requests.get(i) == null) {
                violations.add(new Problem.Violation("[" + i + "]", "must not be null"));
                continue;
            }
            Set<ConstraintViolation<ScreeningApi.ScreeningRequest>> v = validator.validate(requests.get(i));
            for (ConstraintViolation<ScreeningApi.ScreeningRequest> cv : v) {
                violations.add(new Problem.Violation("[" + i + "]." + cv.getPropertyPath(), cv.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Invalid screenings in the batch (first: "
                    + violations.get(0).field() + "); nothing was screened", violations);
        }
        return requests;
    }

    private void writeBatch(List<ScreeningApi.ScreeningRequest> requests, String user, OutputStream os)
            throws IOException {
        OutputStream out = new BufferedOutputStream(os, 1 << 16);
        var writer = json.writerFor(ScreeningApi.ScreeningResponse.class);
        try {
            screening.screenBatch(requests, user, chunk -> {
                try {
                    for (ScreeningApi.ScreeningResponse r : chunk) {
                        writer.writeValue(new NonClosing(out), r);
                        out.write('\n');
                    }
                    out.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** Lets Jackson write one value after another to the same stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
