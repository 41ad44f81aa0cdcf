package io.tollgate.reporting.domain.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines one day's rates from every source into conversions into a reporting currency, through the currencies the
 * sources share: a rouble amount becomes dollars with the Bank of Russia's dollar rate, a yuan amount with the ECB's
 * yuan and dollar rates against the euro, a bolívar amount in euros with a bolívar–dollar rate and the ECB's dollar.
 *
 * <p>The route is the one with the fewest rates; among routes as short, the preferred source first (the configured
 * order, then the others alphabetically), then the currency codes alphabetically. A route never mixes days: a day
 * without any route from a currency leaves that currency without a conversion that day. Factors are computed at 34
 * significant digits and kept to {@value #SCALE} decimals.
 */
public final class ConversionRoutes {

    /** The stored factors' scale (DECIMAL(38,20)). */
    public static final int SCALE = 20;

    private ConversionRoutes() {
    }

    /**
     * Every currency's conversion into {@code target} with the quotes of {@code day} (all of that day, any source),
     * keyed by currency; the target itself is left out.
     */
    public static Map<String, Conversion> into(String target, LocalDate day, List<RateQuote> quotes,
                                               List<String> preferredSources) {
        Map<String, List<Edge>> edges = new HashMap<>();
        for (RateQuote q : quotes) {
            if (!q.date().equals(day)) {
                continue;
            }
            int rank = rank(q.source(), preferredSources);
            // one base is rate quote: an amount in base times rate is in quote, an amount in quote divided by it in base
            edges.computeIfAbsent(q.quote(), c -> new ArrayList<>()).add(new Edge(q.base(), q.source(), rank,
                    q.rate(), false));
            edges.computeIfAbsent(q.base(), c -> new ArrayList<>()).add(new Edge(q.quote(), q.source(), rank,
                    q.rate(), true));
        }
        Comparator<Edge> order = Comparator.comparingInt(Edge::rank).thenComparing(Edge::source)
                .thenComparing(Edge::to);
        edges.values().forEach(list -> list.sort(order));
        // breadth first from the target: a currency found first is found by its shortest, most preferred route
        Map<String, Step> found = new LinkedHashMap<>();
        found.put(target, new Step(BigDecimal.ONE, List.of(), List.of()));
        Deque<String> frontier = new ArrayDeque<>(List.of(target));
        while (!frontier.isEmpty()) {
            String at = frontier.removeFirst();
            Step step = found.get(at);
            for (Edge e : edges.getOrDefault(at, List.of())) {
                if (found.containsKey(e.to())) {
                    continue;
                }
                // an amount in e.to() times this is in `at`: the rate, or its inverse
                BigDecimal toAt = e.inverse() ? BigDecimal.ONE.divide(e.rate(), MathContext.DECIMAL128) : e.rate();
                // the sources from this currency on, a source named once for consecutive rates of its own
                List<String> sources = new ArrayList<>(List.of(e.source()));
                for (String s : step.sources()) {
                    if (!sources.get(sources.size() - 1).equals(s)) {
                        sources.add(s);
                    }
                }
                List<String> via = new ArrayList<>();
                if (!at.equals(target)) {
                    via.add(at);
                }
                via.addAll(step.via());
                found.put(e.to(), new Step(toAt.multiply(step.factor(), MathContext.DECIMAL128), sources, via));
                frontier.addLast(e.to());
            }
        }
        Map<String, Conversion> conversions = new TreeMap<>();
        found.forEach((currency, s) -> {
            if (!currency.equals(target)) {
                conversions.put(currency, new Conversion(day, s.factor().setScale(SCALE, RoundingMode.HALF_EVEN),
                        String.join(",", s.sources()), String.join(",", s.via())));
            }
        });
        return conversions;
    }

    private static int rank(String source, List<String> preferred) {
        int i = preferred.indexOf(source);
        return i < 0 ? preferred.size() : i;
    }

    private record Edge(String to, String source, int rank, BigDecimal rate, boolean inverse) {
    }

    private record Step(BigDecimal factor, List<String> sources, List<String> via) {
    }
}
