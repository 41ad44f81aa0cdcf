package io.tollgate.trade.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A cross-border trade as registered: money, rail, route, goods and parties. */
public record Trade(String reference, LocalDate tradeDate, BigDecimal amount, String currency, SettlementRail rail,
                    Location origin, Location destination, List<GoodsLine> goods, List<Party> parties) {

    public Trade {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(tradeDate, "tradeDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rail, "rail");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        goods = goods == null ? List.of() : List.copyOf(goods);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** The corridor, origin country to destination country, e.g. {@code RU-VE}. */
    public String corridor() {
        return origin.country() + "-" + destination.country();
    }

    /**
     * What to screen, in a fixed order: each party, then its declared owners, party by party. The screening
     * results come back in this order and {@link ScreeningOutcome#assemble} splits them again.
     */
    public List<ScreeningSubject> screeningQueries() {
        List<ScreeningSubject> queries = new ArrayList<>();
        for (Party p : parties) {
            queries.add(ScreeningSubject.of(p));
            for (DeclaredOwner o : p.owners()) {
                queries.add(ScreeningSubject.of(o));
            }
        }
        return queries;
    }
}
