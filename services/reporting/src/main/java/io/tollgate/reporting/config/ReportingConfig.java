package io.tollgate.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.tollgate.reporting.domain.fx.RatePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Typed configuration of the reporting service ({@code tollgate.reporting.*}). */
@ConfigMapping(prefix = "tollgate.reporting")
public interface ReportingConfig {

    /** The schema where trade-registration publishes report_trade_v, report_alert_v and report_decision_v. */
    @WithDefault("trade")
    String tradeSchema();

    /** The schema where screening publishes report_screening_v, report_list_version_v and report_list_change_v. */
    @WithDefault("screening")
    String screeningSchema();

    /** The reporting currency when a report does not name one. */
    @WithDefault("USD")
    String currency();

    /** The reporting currencies conversion factors are kept for; a report may ask for any of them. */
    @WithDefault("USD,EUR")
    Set<String> currencies();

    /**
     * Which day's rate converts a trade when a report names no policy: {@code trade-date} (that day's only) or
     * {@code last-published} (the latest on or before it, at most {@link #rateMaxAge()} days older).
     */
    @WithDefault("last-published")
    String ratePolicy();

    /** Under last-published: how many days older than the trade date a rate may be (0 to 31). */
    @WithDefault("4")
    int rateMaxAge();

    /**
     * The sources preferred, in order, when rates from several convert a currency by routes as short (the others
     * follow alphabetically).
     */
    @WithDefault("ECB,CBR")
    List<String> rateSources();

    /** How long an alert may stay open before it breaches the service level (screening operations). */
    @WithDefault("PT24H")
    Duration alertSla();

    /** The dashboard at {@code /}. */
    Dashboard dashboard();

    /** The monthly exposure summary. */
    ExposureSummary exposureSummary();

    /** Summary settings. */
    interface ExposureSummary {

        /**
         * How far before its last refresh the summary looks for changed trades: a trade's registration or decision
         * time is set before its transaction commits, so one committed later than that is still found. Longer than
         * any trade-registration transaction.
         */
        @WithDefault("PT10M")
        Duration lateCommitMargin();
    }

    /** Public URLs of the other services' pages. */
    /** The configured rate policy; refuses a name or an age it does not know (the service then does not start). */
    static RatePolicy policy(ReportingConfig config) {
        RatePolicy.Kind kind = RatePolicy.Kind.named(config.ratePolicy()).orElseThrow(() ->
                new IllegalArgumentException("tollgate.reporting.rate-policy must be trade-date or last-published, not "
                        + config.ratePolicy()));
        return kind == RatePolicy.Kind.TRADE_DATE ? RatePolicy.tradeDate()
                : RatePolicy.lastPublished(config.rateMaxAge());
    }

    /** Dashboard settings. */
    interface Dashboard {

        /** How many register rows the page shows, most urgent first (the CSV has them all). */
        @WithDefault("25")
        int registerRows();
    }
}
