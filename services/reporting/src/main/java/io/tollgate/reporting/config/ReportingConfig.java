package io.tollgate.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
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

    /** Dashboard settings. */
    interface Dashboard {

        /** Whether the session cookie is sent over HTTPS only; switch off only for plain-HTTP local use. */
        @WithDefault("true")
        boolean secureCookie();

        /** How many register rows the page shows, most urgent first (the CSV has them all). */
        @WithDefault("25")
        int registerRows();
    }
}
