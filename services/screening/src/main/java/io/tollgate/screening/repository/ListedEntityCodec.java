package io.tollgate.screening.repository;

import io.tollgate.platform.data.Sha256;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.screening.domain.list.ListedEntity;

/**
 * The stored form of a listed entity: JSON of its record components, and the content hash the deltas compare.
 * The hash leaves out the source-record position, which moves whenever a record before it is added.
 */
public final class ListedEntityCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ListedEntityCodec() {
    }

    public static String toJson(ListedEntity entity) {
        try {
            return JSON.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise entity " + entity.sourceId(), e);
        }
    }

    public static ListedEntity fromJson(String json) {
        try {
            return JSON.readValue(json, ListedEntity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored entity content is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** SHA-256 of the entity's content, without its position in the source file. */
    public static String contentHash(ListedEntity e) {
        ListedEntity content = new ListedEntity(e.source(), e.sourceId(), e.type(), e.names(), e.birthDates(),
                e.placesOfBirth(), e.nationalities(), e.citizenships(), e.gender(), e.addresses(), e.identifiers(),
                e.programs(), e.listedOn(), e.remarks(), e.links(), null);
        return Sha256.hex(toJson(content));
    }
}
