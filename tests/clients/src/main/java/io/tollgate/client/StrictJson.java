package io.tollgate.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;

/**
 * The generated clients' JSON mapper made strict, so that a response the document does not describe fails the call:
 * a field the document does not declare (FAIL_ON_UNKNOWN_PROPERTIES; the generator's default is to drop it), or a
 * field the document calls required missing from the body (the generated models carry
 * {@code @JsonProperty(required = true)}, which Jackson itself checks only for creator properties).
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** Strict copy of a generated client's mapper (its date handling kept). */
    public static ObjectMapper strict(ObjectMapper generated) {
        ObjectMapper m = generated.copy();
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        m.configure(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, true);
        m.registerModule(new SimpleModule("required-fields").setDeserializerModifier(new RequiredFields()));
        return m;
    }

    /** Wraps the deserializer of every model with required fields in one that checks they are present. */
    static final class RequiredFields extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                      JsonDeserializer<?> deserializer) {
            List<String> required = bean.findProperties().stream()
                    .filter(p -> p.getMetadata().isRequired())
                    .map(BeanPropertyDefinition::getName)
                    .toList();
            return required.isEmpty() ? deserializer : new Checking(deserializer, required, bean.getBeanClass());
        }
    }

    /** Reads the object as a tree, refuses it if a required field is absent, then lets the model's own deserializer read it. */
    static final class Checking extends DelegatingDeserializer {
        private final List<String> required;
        private final Class<?> type;

        Checking(JsonDeserializer<?> delegate, List<String> required, Class<?> type) {
            super(delegate);
            this.required = required;
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checking(newDelegatee, required, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = ctxt.readTree(p);
            if (tree.isObject()) {
                for (String field : required) {
                    if (!tree.has(field)) {
                        throw MismatchedInputException.from(p, type, type.getSimpleName() + ": the required field '"
                                + field + "' is missing from the response");
                    }
                }
            }
            JsonParser again = tree.traverse(p.getCodec());
            again.nextToken();
            return _delegatee.deserialize(again, ctxt);
        }
    }
}
