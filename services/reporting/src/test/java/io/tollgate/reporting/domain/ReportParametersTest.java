package io.tollgate.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tollgate.reporting.domain.fx.RatePolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportParametersTest {

    private static final ReportParameters.Defaults DEFAULTS = new ReportParameters.Defaults(LocalDate.of(2026, 11, 28),
            "USD", Set.of("USD", "EUR"), Duration.ofHours(24), RatePolicy.lastPublished(4));

    private static Map<String, List<String>> q(String... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], List.of(kv[i + 1]));
        }
        return m;
    }

    @Test
    void shouldFillInDefaultsAndStampThemInAFixedOrder() {
        ReportParameters p = ReportParameters.parse(ReportName.SETTLEMENT_CURRENCY_MIX,
                q("corridor", "ve-ru", "status", "held,blocked"), DEFAULTS);
        assertEquals(Map.of("from", "2025-12-01", "to", "2026-11-30", "period", "month", "corridor", "VE-RU",
                "status", "HELD,BLOCKED", "currency", "USD", "ratePolicy", "last-published", "rateMaxAge", "4"),
                p.effective());
        assertEquals(List.of("from", "to", "period", "corridor", "status", "currency", "ratePolicy", "rateMaxAge"),
                List.copyOf(p.effective().keySet()));
        assertEquals(p, ReportParameters.parse(ReportName.SETTLEMENT_CURRENCY_MIX,
                ReportParameters.asQuery(p.effective()), DEFAULTS));
    }

    @Test
    void shouldCollectEveryViolation() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportParameters.parse(
                ReportName.SETTLEMENT_CURRENCY_MIX, q("from", "2026-13-01", "corridor", "VERU", "currency", "JPY",
                        "period", "week", "corridr", "VE-RU"), DEFAULTS));
        assertEquals(List.of("corridr", "from", "period", "corridor", "currency"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void shouldRefuseARangeBackwards() {
        assertEquals("from", assertThrows(InvalidInputException.class, () -> ReportParameters.parse(
                ReportName.EXPOSURE, q("from", "2026-10-01", "to", "2026-09-01"), DEFAULTS)).violations().get(0)
                .field());
    }

    @Test
    void shouldStampTheRatePolicyOfEveryReportThatConverts() {
        ReportParameters strict = ReportParameters.parse(ReportName.EXPOSURE, q("ratePolicy", "TRADE-DATE"), DEFAULTS);
        assertEquals(RatePolicy.tradeDate(), strict.ratePolicy());
        assertEquals("trade-date", strict.effective().get("ratePolicy"));
        assertEquals(null, strict.effective().get("rateMaxAge"));
        ReportParameters week = ReportParameters.parse(ReportName.REGISTER, q("rateMaxAge", "7"), DEFAULTS);
        assertEquals(RatePolicy.lastPublished(7), week.ratePolicy());
        assertEquals(week, ReportParameters.parse(ReportName.REGISTER, ReportParameters.asQuery(week.effective()),
                DEFAULTS));
        assertEquals(null, ReportParameters.parse(ReportName.SCREENING_OPERATIONS, Map.of(), DEFAULTS).effective()
                .get("ratePolicy"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportParameters.parse(
                ReportName.SETTLEMENT_CURRENCY_MIX, q("ratePolicy", "nearest", "rateMaxAge", "40"), DEFAULTS));
        assertEquals(List.of("ratePolicy", "rateMaxAge"), e.violations().stream().map(Violation::field).toList());
        assertEquals("rateMaxAge", assertThrows(InvalidInputException.class, () -> ReportParameters.parse(
                ReportName.EXPOSURE, q("ratePolicy", "trade-date", "rateMaxAge", "3"), DEFAULTS)).violations().get(0)
                .field());
    }
}
