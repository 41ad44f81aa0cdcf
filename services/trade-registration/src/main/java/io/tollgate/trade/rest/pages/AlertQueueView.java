package io.tollgate.trade.rest.pages;

import io.tollgate.trade.domain.AlertState;
import io.tollgate.trade.domain.PartyRole;
import io.tollgate.trade.repository.WorkbenchReads;
import io.tollgate.trade.service.AlertWorkbench;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import io.tollgate.web.WebPaths;

/**
 * The alert queue's query string read into a filter (unknown values are named on the page, not refused) and the
 * queue written out for the template: counts per status as links, the filter's options, pager links.
 */
public final class AlertQueueView {

    /** Age filter: label and hours. */
    private static final Map<String, String> AGES = new LinkedHashMap<>();

    static {
        AGES.put("", "Any age");
        AGES.put("4", "Older than 4 h");
        AGES.put("24", "Older than 24 h");
        AGES.put("72", "Older than 3 days");
        AGES.put("168", "Older than 7 days");
    }

    private AlertQueueView() {
    }

    /** One option of a select. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A status with its count, linking to the queue of that status. */
    public record Count(String status, long count, String href, boolean current, boolean undecided) {
    }

    /** The query as given: status, list, corridor, party role, age in hours, offset. */
    public record Query(String status, String list, String corridor, String role, String age, int offset) {

        /** The filter, and what in the query could not be used. */
        WorkbenchReads.AlertFilter filter(Instant now, List<String> problems) {
            List<AlertState> statuses = AlertWorkbench.UNDECIDED;
            if (!status.isEmpty()) {
                try {
                    statuses = List.of(AlertState.valueOf(status));
                } catch (IllegalArgumentException e) {
                    problems.add("status " + status + " is not an alert status; showing every alert waiting for a "
                            + "decision");
                }
            }
            Optional<String> corridorFilter = Optional.empty();
            if (!corridor.isEmpty()) {
                if (corridor.matches("[A-Z]{2}-[A-Z]{2}")) {
                    corridorFilter = Optional.of(corridor);
                } else {
                    problems.add("corridor must be two ISO 3166 alpha-2 codes joined by '-', e.g. RU-VE");
                }
            }
            Optional<String> roleFilter = Optional.empty();
            if (!role.isEmpty()) {
                if (Arrays.stream(PartyRole.values()).anyMatch(r -> r.name().equals(role))) {
                    roleFilter = Optional.of(role);
                } else {
                    problems.add("party role " + role + " is not a role");
                }
            }
            Optional<Instant> before = Optional.empty();
            if (!age.isEmpty()) {
                if (AGES.containsKey(age)) {
                    before = Optional.of(now.minus(Duration.ofHours(Long.parseLong(age))));
                } else {
                    problems.add("age must be one of the listed choices");
                }
            }
            return new WorkbenchReads.AlertFilter(statuses, Optional.of(list).filter(l -> !l.isEmpty()),
                    corridorFilter, roleFilter, before);
        }

        /** The query string of this filter at another offset. */
        String href(int at) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("status", status);
            query.put("list", list);
            query.put("corridor", corridor);
            query.put("role", role);
            query.put("age", age);
            query.put("offset", at > 0 ? Integer.toString(at) : "");
            return WebPaths.withQuery("/", query);
        }
    }

    /** Reads the query string; blanks are "any". */
    static Query query(String status, String list, String corridor, String role, String age, String offset) {
        int at = 0;
        try {
            at = offset == null || offset.isBlank() ? 0 : Math.max(0, Math.min(1_000_000, Integer.parseInt(offset.trim())));
        } catch (NumberFormatException e) {
            at = 0;
        }
        return new Query(clean(status).toUpperCase(Locale.ROOT), clean(list), clean(corridor).toUpperCase(Locale.ROOT),
                clean(role).toUpperCase(Locale.ROOT), clean(age), at);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** What the queue template shows. */
    public record Page(AlertWorkbench.Queue queue, Query query, List<String> problems, List<Count> counts,
                       List<Option> statuses, List<Option> lists, List<Option> roles, List<Option> ages,
                       boolean supervisor, String previous, String next, int first, int last, String title) {
    }

    static Page page(AlertWorkbench.Queue q, Query query, List<String> problems, boolean supervisor) {
        List<Count> counts = new ArrayList<>();
        q.counts().forEach((s, n) -> counts.add(new Count(s.name(), n, "/?status=" + s.name(),
                s.name().equals(query.status()), s.undecided())));
        List<Option> statuses = new ArrayList<>();
        statuses.add(new Option("", "Waiting for a decision", query.status().isEmpty()));
        for (AlertState s : AlertState.values()) {
            statuses.add(new Option(s.name(), s.name(), s.name().equals(query.status())));
        }
        List<Option> lists = new ArrayList<>();
        lists.add(new Option("", "Every list", query.list().isEmpty()));
        q.sources().forEach(s -> lists.add(new Option(s, s, s.equals(query.list()))));
        if (!query.list().isEmpty() && !q.sources().contains(query.list())) {
            lists.add(new Option(query.list(), query.list(), true));
        }
        List<Option> roles = new ArrayList<>();
        roles.add(new Option("", "Every role", query.role().isEmpty()));
        for (PartyRole r : PartyRole.values()) {
            roles.add(new Option(r.name(), r.name(), r.name().equals(query.role())));
        }
        List<Option> ages = new ArrayList<>();
        AGES.forEach((v, l) -> ages.add(new Option(v, l, v.equals(query.age()))));
        int at = query.offset();
        String previous = at > 0 ? query.href(Math.max(0, at - q.pageSize())) : null;
        String next = at + q.rows().size() < q.total() ? query.href(at + q.pageSize()) : null;
        String title = query.status().isEmpty() ? "Alerts waiting for a decision" : "Alerts " + query.status();
        return new Page(q, query, problems, counts, statuses, lists, roles, ages, supervisor, previous, next,
                q.rows().isEmpty() ? 0 : at + 1, at + q.rows().size(), title);
    }
}
