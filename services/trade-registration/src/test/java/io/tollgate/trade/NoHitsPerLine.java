package io.tollgate.trade;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.stream.Collectors;

/**
 * A screening stub that answers a batch with one "no hits" screening per request line, however many parties a trade
 * has: for tests that register trades of any shape and only need them screened (e.g. the bad-input fuzzing).
 */
public class NoHitsPerLine implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "no-hits-per-line";

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String body = serveEvent.getRequest().getBodyAsString().strip();
        long lines = body.isEmpty() ? 0 : body.startsWith("[")
                ? body.split("\\},\\s*\\{").length
                : body.lines().filter(l -> !l.isBlank()).count();
        String answer = java.util.stream.LongStream.range(0, lines).mapToObj(i -> ScreeningStubs.noHits())
                .collect(Collectors.joining("\n", "", "\n"));
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(200)
                .withHeader("Content-Type", "application/x-ndjson").withBody(answer).build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
