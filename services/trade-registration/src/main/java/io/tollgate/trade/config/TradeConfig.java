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
