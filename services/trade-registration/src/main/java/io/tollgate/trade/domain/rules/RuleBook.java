package io.tollgate.trade.domain.rules;

import io.tollgate.trade.domain.GoodsLine;
import io.tollgate.trade.domain.Location;
import io.tollgate.trade.domain.Party;
import io.tollgate.trade.domain.PartyIdentifier;
import io.tollgate.trade.domain.ReasonKind;
import io.tollgate.trade.domain.Regime;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.platform.data.BusinessCalendar;
import io.tollgate.platform.data.TsvTable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trade rules, read from the versioned tables in {@code rules/}: embargoed jurisdictions, goods, payment rails,
 * prohibited counterparties, ownership thresholds and what a hit on each list source means.
 */
public final class RuleBook {

    private final Rules embargoes;
    private final Rules goods;
    private final Rules rails;
    private final Rules prohibited;
    private final Map<Regime, OwnershipRule> ownership;
    private final Rules listSources;

    /** A rule table's rows by column name, with the version every decision records. */
    private record Rules(String name, String version, List<Map<String, String>> rows) {

        static Rules of(TsvTable table) {
            return new Rules(table.name(), table.requireVersion(), table.records());
        }
    }

    /** Builds a rule book from its tables (tests pass their own). */
    public RuleBook(TsvTable embargoes, TsvTable goods, TsvTable rails, TsvTable prohibited, TsvTable ownership,
                    TsvTable listSources) {
        this.embargoes = Rules.of(embargoes);
        this.goods = Rules.of(goods);
        this.rails = Rules.of(rails);
        this.prohibited = Rules.of(prohibited);
        this.listSources = Rules.of(listSources);
        Map<Regime, OwnershipRule> own = new LinkedHashMap<>();
        Rules owners = Rules.of(ownership);
        for (Map<String, String> r : owners.rows()) {
            Regime regime = Regime.valueOf(r.get("regime"));
            own.put(regime, new OwnershipRule(r.get("rule_id"), owners.version(), regime,
                    new BigDecimal(r.get("threshold_percent")), Boolean.parseBoolean(r.get("inclusive")),
                    Double.parseDouble(r.get("listed_owner_min_score"))));
        }
        this.ownership = Map.copyOf(own);
        // parse every outcome now, so a typo in a table stops the service at start rather than at the first trade
        for (Rules t : List.of(this.embargoes, this.goods, this.rails, this.prohibited)) {
            t.rows().forEach(r -> {
                Regime.valueOf(r.get("regime"));
                TradeStatus.valueOf(r.get("outcome"));
            });
        }
    }

    /** The tables shipped in {@code src/main/resources/rules/}. */
    public static RuleBook standard() {
        return new RuleBook(table("embargoes.tsv"), table("goods.tsv"), table("rails.tsv"),
                table("prohibited-counterparties.tsv"), table("ownership.tsv"), table("list-sources.tsv"));
    }

    /**
     * The US federal business days of {@code rules/us-federal-holidays.tsv}, against which OFAC report deadlines are
     * counted (reporting keeps the same table to count them down).
     */
    public static BusinessCalendar usFederalCalendar() {
        return BusinessCalendar.of(table("us-federal-holidays.tsv"));
    }

    /** A table of {@code src/main/resources/rules/}. */
    public static TsvTable table(String file) {
        return TsvTable.resource("rules/" + file, TsvTable.Layout.HEADER);
    }

    /** The version of every table, by table name, recorded with each decision. */
    public Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        for (Rules t : List.of(embargoes, goods, rails, prohibited, listSources)) {
            v.put(t.name(), t.version());
        }
        ownership.values().stream().findFirst().ifPresent(o -> v.put("ownership.tsv", o.version()));
        return v;
    }

    /** The ownership rule of a regime. */
    public Optional<OwnershipRule> ownership(Regime regime) {
        return Optional.ofNullable(ownership.get(regime));
    }

    /** Whether a certain hit on this list source freezes assets (unknown sources never block by themselves). */
    public boolean blocking(String source) {
        return listSources.rows().stream().anyMatch(r -> r.get("source").equals(source)
                && "BLOCKING".equals(r.get("effect")));
    }

    /** Every trade-level rule (embargo, goods, rail, prohibited counterparty) that applies under the regimes. */
    public List<RuleOutcome> evaluate(Trade trade, Set<Regime> regimes) {
        List<RuleOutcome> out = new ArrayList<>();
        embargo(trade, regimes, out);
        goods(trade, regimes, out);
        rail(trade, regimes, out);
        prohibitedCounterparties(trade, regimes, out);
        return out;
    }

    private void embargo(Trade trade, Set<Regime> regimes, List<RuleOutcome> out) {
        Map<String, Location> places = new LinkedHashMap<>();
        places.put("origin", trade.origin());
        places.put("destination", trade.destination());
        for (int i = 0; i < trade.parties().size(); i++) {
            Party p = trade.parties().get(i);
            int n = i;
            p.countryCode().ifPresent(c -> places.put("party " + n + " (" + p.role() + " " + p.name() + ")",
                    Location.of(c)));
        }
        for (Map<String, String> r : embargoes.rows()) {
            if (!regimes.contains(Regime.valueOf(r.get("regime")))) {
                continue;
            }
            for (Map.Entry<String, Location> place : places.entrySet()) {
                if (within(place.getValue(), r.get("country"), r.get("subdivision"))) {
                    out.add(outcome(ReasonKind.EMBARGO, embargoes, r, place.getKey() + " " + place.getValue()
                            + " is embargoed: " + r.get("legal_basis")));
                    break;
                }
            }
        }
    }

    private static boolean within(Location place, String country, String subdivision) {
        if (!place.country().equalsIgnoreCase(country)) {
            return false;
        }
        return "*".equals(subdivision)
                || place.subdivision().map(s -> s.equalsIgnoreCase(subdivision)).orElse(false);
    }

    private void goods(Trade trade, Set<Regime> regimes, List<RuleOutcome> out) {
        for (Map<String, String> r : goods.rows()) {
            if (!regimes.contains(Regime.valueOf(r.get("regime")))) {
                continue;
            }
            List<String> destinations = Arrays.asList(r.get("destinations").split(","));
            if (!destinations.contains(trade.destination().country().toUpperCase(Locale.ROOT))) {
                continue;
            }
            for (GoodsLine line : trade.goods()) {
                if (line.hsDigits().startsWith(r.get("hs_prefix"))) {
                    out.add(outcome(ReasonKind.GOODS, goods, r, "HS " + line.hsCode() + " (" + line.description() + ") to "
                            + trade.destination().country() + ": " + r.get("description")));
                    break;
                }
            }
        }
    }

    private void rail(Trade trade, Set<Regime> regimes, List<RuleOutcome> out) {
        for (Map<String, String> r : rails.rows()) {
            if (regimes.contains(Regime.valueOf(r.get("regime"))) && r.get("rail").equals(trade.rail().name())) {
                out.add(outcome(ReasonKind.RAIL, rails, r, r.get("description")));
            }
        }
    }

    private void prohibitedCounterparties(Trade trade, Set<Regime> regimes, List<RuleOutcome> out) {
        for (Map<String, String> r : prohibited.rows()) {
            Regime regime = Regime.valueOf(r.get("regime"));
            if (!regimes.contains(regime)) {
                continue;
            }
            String ruleId = r.get("rule_id");
            if (out.stream().anyMatch(o -> o.ruleId().equals(ruleId))) {
                continue; // one rule matched once is enough; its other rows are other ways to recognise the party
            }
            for (Party p : trade.parties()) {
                Optional<String> how = matches(p, r.get("match"), r.get("value"));
                if (how.isPresent()) {
                    out.add(outcome(ReasonKind.PROHIBITED_COUNTERPARTY, prohibited, r, p.role() + " " + p.name() + " ("
                            + how.get() + "): " + r.get("description")));
                    break;
                }
            }
        }
    }

    private static Optional<String> matches(Party p, String match, String value) {
        if ("NAME".equals(match)) {
            return normalizeName(p.name()).equals(normalizeName(value)) ? Optional.of("name") : Optional.empty();
        }
        for (PartyIdentifier id : p.identifiers()) {
            if (!id.type().name().equals(match)) {
                continue;
            }
            String v = id.normalized();
            // a BIC11 names a branch of the BIC8 institution
            boolean same = "BIC".equals(match) ? v.startsWith(value.toUpperCase(Locale.ROOT)) : v.equalsIgnoreCase(value);
            if (same) {
                return Optional.of(match + " " + id.value());
            }
        }
        return Optional.empty();
    }

    /** Lower case, accents and punctuation removed, spaces collapsed. */
    static String normalizeName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static RuleOutcome outcome(ReasonKind kind, Rules table, Map<String, String> r, String explanation) {
        return new RuleOutcome(kind, r.get("rule_id"), table.version(), Regime.valueOf(r.get("regime")),
                TradeStatus.valueOf(r.get("outcome")), explanation);
    }
}
