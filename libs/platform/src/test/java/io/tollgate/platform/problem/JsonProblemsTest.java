package io.tollgate.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonProcessingException failure(String document) {
        return assertThrows(JsonProcessingException.class, () -> json.readValue(document, JsonNode.class));
    }

    @Test
    void shouldNameAFieldGivenTwice() {
        JsonProcessingException e = failure("{\"name\":\"Sergei Lavrov\",\"name\":\"Harmless Person\"}");
        assertEquals(Optional.of("name"), JsonProblems.duplicateField(e));
        assertTrue(JsonProblems.describe(e).startsWith("Field 'name' appears more than once at line 1"));
    }

    @Test
    void shouldSayInItsOwnWordsWhatIsWrong() {
        String deep = JsonProblems.describe(failure("[".repeat(5000) + "]".repeat(5000)));
        assertTrue(deep.startsWith("The JSON document is nested too deeply"), deep);
        assertFalse(deep.contains("StreamReadConstraints"), deep);
        assertTrue(JsonProblems.describe(failure("{\"a\": [1, 2")).startsWith("Malformed JSON: the document ends too early"));
        assertTrue(JsonProblems.describe(failure("{\"a\" 1}")).startsWith("Malformed JSON at line 1, column"));
    }
}
