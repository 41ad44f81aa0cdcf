package io.tollgate.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.tollgate.client.trade.ApiClient;
import io.tollgate.client.trade.model.Caller;
import io.tollgate.client.trade.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private final ObjectMapper json = StrictJson.strict(ApiClient.createDefaultObjectMapper());

    @Test
    void shouldReadAResponseTheDocumentDescribes() throws Exception {
        Caller c = json.readValue("{\"user\": \"anna\", \"roles\": [\"analyst\"]}", Caller.class);
        assertEquals("anna", c.getUser());
        assertEquals(List.of("analyst"), c.getRoles());
    }

    @Test
    void shouldRefuseAFieldTheDocumentDoesNotDeclare() {
        assertThrows(UnrecognizedPropertyException.class, () -> json.readValue(
                "{\"user\": \"anna\", \"roles\": [], \"tenant\": \"x\"}", Caller.class));
    }

    @Test
    void shouldRefuseAResponseWithoutARequiredField() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> json.readValue("{\"user\": \"anna\"}", Caller.class));
        assertTrue(e.getMessage().contains("'roles'"), e.getMessage());
    }

    @Test
    void shouldAcceptAnOptionalFieldLeftOut() throws Exception {
        // a problem's violations are only there for validation problems (the server leaves empty ones out)
        Problem p = json.readValue("{\"type\": \"https://tollgate.io/problems/not-found\", \"title\": \"Not found\", "
                + "\"status\": 404}", Problem.class);
        assertEquals(404, p.getStatus());
        assertTrue(p.getViolations() == null || p.getViolations().isEmpty());
    }
}
