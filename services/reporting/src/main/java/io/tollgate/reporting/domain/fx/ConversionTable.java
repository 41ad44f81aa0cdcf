package io.tollgate.reporting.domain.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stored conversions into one reporting currency over a range of days, read under a {@link RatePolicy}; it
 * remembers which it handed out, for the report's stamp ({@link #used()}).
 */
public final class ConversionTable implements Conversions {

    private final String reportingCurrency;
    private final Map<LocalDate, Map<String, Conversion>> byDay;
    private final RatePolicy policy;
    private final Set<List<Object>> looked = new HashSet<>();
    private final Map<List<String>, Usage> used = new TreeMap<>(ConversionTable::compareKeys);

    /** {@code byDay}: day → currency → that day's conversion into {@code reportingCurrency}. */
    public ConversionTable(String reportingCurrency, Map<LocalDate, Map<String, Conversion>> byDay, RatePolicy policy) {
        this.reportingCurrency = reportingCurrency;
        this.byDay = byDay;
        this.policy = policy;
    }

    public String reportingCurrency() {
        return reportingCurrency;
    }

    public RatePolicy policy() {
        return policy;
    }

    /**
     * How an amount in {@code currency} traded on {@code tradeDate} converts: factor 1 for the reporting currency
     * itself; otherwise that day's conversion, or under {@code last-published} the latest day's within the maximum
     * age; empty when there is none.
     */
    @Override
    public Optional<Conversion> find(LocalDate tradeDate, String currency) {
        if (currency.equals(reportingCurrency)) {
            return Optional.of(new Conversion(tradeDate, BigDecimal.ONE, "", ""));
        }
        for (int back = 0; back <= policy.lookbackDays(); back++) {
            Conversion c = byDay.getOrDefault(tradeDate.minusDays(back), Map.of()).get(currency);
            if (c != null) {
                if (looked.add(List.of(tradeDate, currency))) {
                    used.computeIfAbsent(List.of(currency, c.sources(), c.via()), k -> new Usage()).add(c.rateDate(),
                            back > 0);
                }
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The conversions handed out so far, per currency and route: for the stamp. */
    public List<RateSourceUsed> used() {
        List<RateSourceUsed> out = new ArrayList<>();
        used.forEach((k, u) -> out.add(new RateSourceUsed(k.get(0), reportingCurrency, k.get(1), k.get(2), u.first,
                u.last, u.tradeDates, u.earlier)));
        return out;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static final class Usage {
        LocalDate first;
        LocalDate last;
        int tradeDates;
        int earlier;

        void add(LocalDate rateDate, boolean earlierDay) {
            first = first == null || rateDate.isBefore(first) ? rateDate : first;
            last = last == null || rateDate.isAfter(last) ? rateDate : last;
            tradeDates++;
            earlier += earlierDay ? 1 : 0;
        }
    }
}
