package io.tollgate.trade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.UUID;

/** Realistic NDJSON answers of the screening service's batch API. */
public final class ScreeningStubs {

    public static final String BATCH = "/api/v1/screenings/batch";

    private ScreeningStubs() {
    }

    /** A screening line without hits. */
    public static String noHits() {
        return "{\"screeningId\":\"" + UUID.randomUUID() + "\",\"screenedAt\":\"2026-11-28T09:00:00.123456Z\","
                + "\"threshold\":0.8,\"listVersions\":{\"ofac-sdn\":12,\"un\":3},\"hits\":[]}";
    }

    /** OFAC 26727, Banco Central de Venezuela, found by its BIC. */
    public static String bancoCentralDeVenezuelaByBic() {
        return "{\"screeningId\":\"" + UUID.randomUUID() + "\",\"screenedAt\":\"2026-11-28T09:00:00Z\",\"threshold\":0.8,"
                + "\"listVersions\":{\"ofac-sdn\":12,\"un\":3},\"hits\":[{\"entityId\":8841,\"source\":\"ofac-sdn\","
                + "\"sourceId\":\"26727\",\"type\":\"organization\",\"primaryName\":\"BANCO CENTRAL DE VENEZUELA\","
                + "\"matchedName\":\"BANCO CENTRAL DE VENEZUELA\",\"score\":0.98,\"entityContentHash\":\"5be1c0\","
                + "\"explanation\":[{\"feature\":\"identifier\",\"queryValue\":\"BCVEVECA\","
                + "\"candidateValue\":\"swift_bic BCVEVECA\",\"contribution\":0.6},{\"feature\":\"name.fuzzy\","
                + "\"queryValue\":\"bnco cntrl de vnzla\",\"candidateValue\":\"banco central de venezuela\","
                + "\"contribution\":0.38}]}]}";
    }

    /** OFAC 35233, Lavrov, found by name and birth date only; each call a new version of the entity. */
    public static String lavrovByName() {
        return lavrovByName(UUID.randomUUID().toString());
    }

    /** OFAC 35233, Lavrov, found by name and birth date only, in the entity version with this content hash. */
    public static String lavrovByName(String entityContentHash) {
        return "{\"screeningId\":\"" + UUID.randomUUID() + "\",\"screenedAt\":\"2026-11-28T09:00:00Z\",\"threshold\":0.8,"
                + "\"listVersions\":{\"ofac-sdn\":12,\"un\":3},\"hits\":[{\"entityId\":9911,\"source\":\"ofac-sdn\","
                + "\"sourceId\":\"35233\",\"type\":\"person\",\"primaryName\":\"LAVROV, Sergei Viktorovich\","
                + "\"matchedName\":\"LAVROV, Sergei Viktorovich\",\"score\":0.93,\"entityContentHash\":\"" + entityContentHash + "\","
                + "\"explanation\":[{\"feature\":\"name.equivalent_name\",\"queryValue\":\"serguei lavrof\","
                + "\"candidateValue\":\"sergei lavrov\",\"contribution\":0.88},{\"feature\":\"birth_date.exact\","
                + "\"queryValue\":\"1950-03-21\",\"candidateValue\":\"1950-03-21\",\"contribution\":0.05}]}]}";
    }

    /** A listed person found by exact name (an owner declared by name only). */
    public static String listedPersonByName(String sourceId, String name) {
        return "{\"screeningId\":\"" + UUID.randomUUID() + "\",\"screenedAt\":\"2026-11-28T09:00:00Z\",\"threshold\":0.8,"
                + "\"listVersions\":{\"ofac-sdn\":12},\"hits\":[{\"entityId\":" + sourceId + ",\"source\":\"ofac-sdn\","
                + "\"sourceId\":\"" + sourceId + "\",\"type\":\"person\",\"primaryName\":\"" + name + "\","
                + "\"matchedName\":\"" + name + "\",\"score\":0.99,\"entityContentHash\":\"c0ffee\","
                + "\"explanation\":[{\"feature\":\"name.exact\",\"queryValue\":\"" + name.toLowerCase() + "\","
                + "\"candidateValue\":\"" + name.toLowerCase() + "\",\"contribution\":0.99}]}]}";
    }

    /** A stub answering the batch with the given lines. */
    public static MappingBuilder batchAnswering(String... lines) {
        return post(urlEqualTo(BATCH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-ndjson").withBody(String.join("\n", lines) + "\n"));
    }

    /** A stub answering every batch with one "no hits" screening per party screened (see {@link NoHitsPerLine}). */
    public static MappingBuilder noHitsForEveryParty() {
        return post(urlEqualTo(BATCH)).willReturn(aResponse().withTransformers(NoHitsPerLine.NAME));
    }

    /** A stub answering the batch with the given lines when the body mentions the text. */
    public static MappingBuilder batchAnsweringWhen(String bodyContains, String... lines) {
        return batchAnswering(lines).withRequestBody(containing(bodyContains));
    }
}
