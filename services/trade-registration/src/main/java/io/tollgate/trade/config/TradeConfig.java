package io.tollgate.trade.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.tollgate.trade.domain.Regime;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Typed configuration of the trade-registration service ({@code trade.*}). */
@ConfigMapping(prefix = "trade")
public interface TradeConfig {

    /** The sanctions regimes whose rules every trade is checked against. */
    @WithDefault("US,EU,UK")
    Set<Regime> regimes();

    /** How parties are screened. */
    Screening screening();

    /** Re-screening when the lists change. */
    Rescreening rescreening();

    /** The workbench pages (alert queue, alert review, trades). */
    Workbench workbench();

    /** The workbench pages' settings. */
    interface Workbench {

        /** How long an alert may wait for a decision before the queue marks it overdue (reporting's alert SLA). */
        @WithDefault("PT24H")
        Duration alertSla();

        /** Rows per page of the alert queue and of the trade search. */
        @WithDefault("50")
        int pageSize();
    }

    /** Following the screening service's list change feed and re-screening the parties a change could touch. */
    interface Rescreening {

        /** Whether this replica follows the change feed at all (every replica may: a lease picks one at a time). */
        @WithDefault("true")
        boolean enabled();

        /** How often the scheduler looks for new list changes (read by the scheduler). */
        @WithDefault("60s")
        String pollEvery();

        /**
         * Counterparties seen in trades registered within this period are re-screened (HELD trades always are);
         * older CLEARED or REJECTED trades count as settled.
         */
        @WithDefault("30d")
        Duration lookback();

        /** Changes per page of the feed. */
        @WithDefault("1000")
        int pageSize();

        /** At most this many changes are gathered (over several pages) before one re-screening pass. */
        @WithDefault("50000")
        int maxChangesPerPass();

        /** Distinct parties and owners per batch call to the screening service. */
        @WithDefault("2000")
        int batchSize();

        /** How long a replica's hold on the re-screening job lasts without renewal (renewed after every batch). */
        @WithDefault("5m")
        Duration lease();
    }

    /** Screening settings. */
    interface Screening {

        /** At most this many hits per screened name. */
        @WithDefault("10")
        int limit();

        /**
         * The bearer token used for background work (re-screening trades left PENDING_SCREENING), where no caller's
         * token exists; without it, pending trades wait for the next registration-time retry.
         */
        Optional<String> serviceToken();

        /** The service token, if one is configured and not blank. */
        default Optional<String> usableServiceToken() {
            return serviceToken().filter(s -> !s.isBlank());
        }

        /** Background retries of PENDING_SCREENING trades. */
        Retry retry();
    }

    /** Back-off of the background screening retries. */
    interface Retry {

        /** The wait after the first failed screening. */
        @WithDefault("30s")
        Duration initialDelay();

        /** The longest wait between two attempts (the delay doubles up to it). */
        @WithDefault("30m")
        Duration maxDelay();

        /** How often the scheduler looks for pending trades that are due (read by the scheduler). */
        @WithDefault("15s")
        String pollEvery();

        /** At most this many pending trades per scheduler run. */
        @WithDefault("50")
        int batchSize();
    }
}
