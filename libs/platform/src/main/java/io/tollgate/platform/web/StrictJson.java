package io.tollgate.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON object that names a field twice is refused, not read with the last value winning:
 * {@code {"name":"Sergei Lavrov","name":"Harmless Person"}} must not screen a harmless name while a log or an
 * upstream check reads the first. Applies to every body the services read (requests, and answers of the
 * services they call).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
