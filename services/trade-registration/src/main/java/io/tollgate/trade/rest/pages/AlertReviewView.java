package io.tollgate.trade.rest.pages;

import io.tollgate.platform.data.CallerNames;
import io.tollgate.trade.domain.AlertOutcome;
import io.tollgate.trade.domain.review.PartyComparison;
import io.tollgate.trade.service.AlertWorkbench;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An alert's review written out for the template: the explanation as bars, the comparison, the decision form. */
public final class AlertReviewView {

    // "name.equivalent_name: serguei lavrof ~ sergei lavrov (+0.88)", as ScreeningClient stores each component
    private static final Pattern COMPONENT = Pattern.compile("(.+?): (.*) ~ (.*) \\(([+-]?[0-9.Ee-]+)\\)");

    private AlertReviewView() {
    }

    /** One component of the score: what was compared, and its contribution drawn as a bar. */
    public record Component(String feature, String query, String candidate, String contribution, int width,
                            boolean negative, String raw) {
    }

    /** A decision the reviewer may take: its value, label and whether it is the one chosen before. */
    public record Choice(String value, String label, String hint, boolean checked) {
    }

    /** A comparison row with its verdict as words and a CSS class. */
    public record Field(PartyComparison.Row row, String verdict, String css) {
    }

    /** What the review template shows. */
    public record Page(AlertWorkbench.Review review, List<Component> explanation, List<Field> comparison,
                       boolean reviewer, List<Choice> choices, String awaitingNote, Optional<String> notice,
                       Optional<String> error, List<String> problems, String reason, String firstReviewer) {
    }

    static Page page(AlertWorkbench.Review r, boolean reviewer, String user, Optional<String> notice,
                     Optional<String> error, List<String> problems, String decision, String reason) {
        List<Component> explanation = new ArrayList<>();
        for (String line : r.alert().explanation()) {
            Matcher m = COMPONENT.matcher(line);
            if (m.matches()) {
                double c = parse(m.group(4));
                explanation.add(new Component(m.group(1), m.group(2), m.group(3),
                        (c >= 0 ? "+" : "") + String.format(java.util.Locale.ROOT, "%.3f", c),
                        (int) Math.round(Math.min(1, Math.abs(c)) * 100), c < 0, line));
            } else {
                explanation.add(new Component("", "", "", "", 0, false, line));
            }
        }
        List<Field> comparison = r.comparison().stream().map(row -> new Field(row, switch (row.verdict()) {
            case AGREES -> "agrees";
            case PARTLY -> "partly";
            case CONFLICTS -> "conflicts";
            case NOT_COMPARABLE -> "not comparable";
        }, row.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).toList();
        List<Choice> choices = new ArrayList<>();
        if (reviewer) {
            for (AlertOutcome o : AlertOutcome.values()) {
                if (r.choices().allowed().contains(o)) {
                    choices.add(new Choice(o.name(), label(o), hint(o, r), o.name().equals(decision)));
                }
            }
        }
        String first = r.decisions().isEmpty() ? "" : r.decisions().get(r.decisions().size() - 1).decidedBy();
        String note = "";
        if (r.firstDecisionMissing()) {
            note = "This alert awaits a second review, but its first decision is not on record. A supervisor may "
                    + "still decide it; say in the comment that the first decision was missing.";
        } else if (reviewer && !first.isEmpty() && CallerNames.samePerson(first, user)
                && !r.choices().allowed().contains(AlertOutcome.FALSE_POSITIVE)
                && r.alert().status().name().equals("AWAITING_SECOND_REVIEW")) {
            note = "Four eyes: you took the first decision on this alert, so a different supervisor must give the "
                    + "second.";
        }
        return new Page(r, explanation, comparison, reviewer, choices, note, notice, error, problems, reason, first);
    }

    private static String label(AlertOutcome o) {
        return switch (o) {
            case FALSE_POSITIVE -> "False positive";
            case TRUE_MATCH -> "True match";
            case ESCALATE -> "Escalate";
        };
    }

    private static String hint(AlertOutcome o, AlertWorkbench.Review r) {
        return switch (o) {
            case FALSE_POSITIVE -> r.alert().status().name().equals("AWAITING_SECOND_REVIEW")
                    ? "confirms the first reviewer's release; the alert closes" : "a different supervisor must confirm it";
            case TRUE_MATCH -> "closes the alert; the trade is blocked or rejected at once";
            case ESCALATE -> "hands the alert to a supervisor";
        };
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
