package io.tollgate.screening.rest.pages;

import io.tollgate.screening.api.ScreeningApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the pages draw a score's explanation: one bar per component, its length the component's contribution (the
 * contributions add up to the score, on a 0–1 scale), and the form fields of a screening read back into a request.
 */
final class Explanations {

    private Explanations() {
    }

    /** One component's bar; {@code width} in percent of the full 0–1 scale. */
    record Bar(String feature, String queryValue, String candidateValue, String contribution, int width,
               boolean negative) {
    }

    /** A hit as a page shows it. */
    record HitView(long entityId, String source, String sourceId, String type, String primaryName, String matchedName,
                   String score, List<Bar> bars) {
    }

    static List<Bar> bars(List<ScreeningApi.Component> components) {
        List<Bar> bars = new ArrayList<>();
        for (ScreeningApi.Component c : components == null ? List.<ScreeningApi.Component>of() : components) {
            double v = c.contribution();
            bars.add(new Bar(c.feature(), text(c.queryValue()), text(c.candidateValue()), score(v),
                    (int) Math.round(Math.min(1.0, Math.abs(v)) * 100), v < 0));
        }
        return bars;
    }

    static List<HitView> hits(List<ScreeningApi.Hit> hits) {
        return hits.stream().map(h -> new HitView(h.entityId(), h.source(), h.sourceId(), h.type(), h.primaryName(),
                h.matchedName(), score(h.score()), bars(h.explanation()))).toList();
    }

    static String score(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Country codes typed as "RU, BY" or "RU BY". */
    static List<String> countries(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.trim().split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    /** Identifiers typed one a line (or comma separated) as {@code TYPE:value} or just {@code value}. */
    static List<ScreeningApi.Identifier> identifiers(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<ScreeningApi.Identifier> ids = new ArrayList<>();
        for (String line : text.split("[\\r\\n,]+")) {
            String t = line.trim();
            if (t.isEmpty()) {
                continue;
            }
            int colon = t.indexOf(':');
            ids.add(colon > 0 && t.substring(0, colon).matches("[A-Za-z_]{2,32}")
                    ? new ScreeningApi.Identifier(t.substring(0, colon).trim(), t.substring(colon + 1).trim())
                    : new ScreeningApi.Identifier(null, t));
        }
        return ids;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
