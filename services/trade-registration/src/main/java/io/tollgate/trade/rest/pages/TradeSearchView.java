package io.tollgate.trade.rest.pages;

import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.repository.WorkbenchReads;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import io.tollgate.web.WebPaths;

/** The trade search's query string read into a filter (what cannot be used is named) and its page of results. */
public final class TradeSearchView {

    private TradeSearchView() {
    }

    /** The query as given; {@code before}: the id the page starts below (0: the newest). */
    public record Query(String status, String corridor, String from, String to, String reference, long before) {

        WorkbenchReads.TradeFilter filter(List<String> problems) {
            Optional<TradeStatus> s = Optional.empty();
            if (!status.isEmpty()) {
                try {
                    s = Optional.of(TradeStatus.valueOf(status));
                } catch (IllegalArgumentException e) {
                    problems.add("status must be CLEARED, HELD, BLOCKED, REJECTED or PENDING_SCREENING");
                }
            }
            Optional<String> c = Optional.empty();
            if (!corridor.isEmpty()) {
                if (corridor.matches("[A-Z]{2}-[A-Z]{2}")) {
                    c = Optional.of(corridor);
                } else {
                    problems.add("corridor must be two ISO 3166 alpha-2 codes joined by '-', e.g. RU-VE");
                }
            }
            return new WorkbenchReads.TradeFilter(s, c, date("from", from, problems), date("to", to, problems),
                    Optional.of(reference).filter(r -> !r.isEmpty()));
        }

        /** This query starting below another id. */
        String href(long below) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("status", status);
            query.put("corridor", corridor);
            query.put("from", from);
            query.put("to", to);
            query.put("reference", reference);
            query.put("before", below > 0 ? Long.toString(below) : "");
            return WebPaths.withQuery("/trades", query);
        }
    }

    private static Optional<LocalDate> date(String field, String value, List<String> problems) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(field + " must be a date YYYY-MM-DD");
            return Optional.empty();
        }
    }

    static Query query(String status, String corridor, String from, String to, String reference, String before) {
        long below = 0;
        try {
            below = before == null || before.isBlank() ? 0 : Math.max(0, Long.parseLong(before.strip()));
        } catch (NumberFormatException e) {
            below = 0;
        }
        return new Query(clean(status).toUpperCase(Locale.ROOT), clean(corridor).toUpperCase(Locale.ROOT), clean(from),
                clean(to), clean(reference), below);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** One option of the status select. */
    public record Option(String value, String label, boolean selected) {
    }

    /** What the search template shows; {@code next}: the link to the next (older) page, if there is one. */
    public record Page(Query query, List<String> problems, List<WorkbenchReads.TradeSummary> rows,
                       List<Option> statuses, String next, String first, boolean clerk) {
    }

    static Page page(Query query, List<String> problems, List<WorkbenchReads.TradeSummary> found, int size,
                     boolean clerk) {
        List<WorkbenchReads.TradeSummary> rows = found.size() > size ? found.subList(0, size) : found;
        String next = found.size() > size ? query.href(rows.get(rows.size() - 1).id()) : null;
        List<Option> statuses = new ArrayList<>();
        statuses.add(new Option("", "Any status", query.status().isEmpty()));
        for (TradeStatus s : TradeStatus.values()) {
            statuses.add(new Option(s.name(), s.name(), s.name().equals(query.status())));
        }
        return new Page(query, problems, rows, statuses, next, query.before() > 0 ? query.href(0) : null, clerk);
    }
}
