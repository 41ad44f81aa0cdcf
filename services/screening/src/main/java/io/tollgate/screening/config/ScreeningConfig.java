package io.tollgate.screening.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Typed configuration of the screening service ({@code screening.*}). */
@ConfigMapping(prefix = "screening")
public interface ScreeningConfig {

    /** How lists are imported, guarded and refreshed. */
    Lists lists();

    /** The in-memory screening index. */
    Index index();

    /** Index settings. */
    interface Index {

        /** How often a replica checks the store for list versions imported elsewhere (read by the scheduler). */
        @WithDefault("30s")
        String pollEvery();
    }

    /** How screenings are recorded for audit. */
    Audit audit();

    /** Audit settings. */
    interface Audit {

        /**
         * How many group-commit writers run at once. With more than one, the next group is bound and written while
         * the previous waits for its commit. On the quiet 2-core machine (wrk, 16 connections, four 15-s windows after
         * a 100-s warm-up each, 2026-11-29) one writer gave 2,358–2,988 screenings/s with p99 16.0–18.7 ms, two gave
         * 2,793–2,956/s with p99 14.8–16.0 ms, four 2,139–2,575/s with p99 16.5–23.5 ms (more, smaller groups
         * competing for the same two cores); so two.
         */
        @WithDefault("2")
        int writers();
    }

    /** How names are matched. */
    Matching matching();

    /** Matching settings. */
    interface Matching {

        /** The default alert threshold: hits below it are not returned (calibrated, see MatchThreshold). */
        @WithDefault("0.80")
        double threshold();
    }

    /** List import and refresh settings. */
    interface Lists {

        /** Largest share of a source's entities one import may remove unless a list-admin forces it. */
        @WithDefault("0.10")
        double maxShrinkShare();

        /** Largest uncompressed size an uploaded archive may expand to, in bytes (zip-bomb guard). */
        @WithDefault("1073741824")
        long maxUnpackedBytes();

        /** How often the scheduled refresh runs ({@code 6h}, {@code 30m}; read by the scheduler). */
        @WithDefault("6h")
        String refreshEvery();

        /** How long after start the first scheduled refresh runs. */
        @WithDefault("2m")
        String refreshDelay();

        /** Whether the scheduled refresh from the configured URLs runs. */
        @WithDefault("true")
        boolean refreshEnabled();

        /** Timeout of one refresh download. */
        @WithDefault("PT2M")
        Duration refreshTimeout();

        /** A list older than this is reported as stale in GET /lists and in readiness details. */
        @WithDefault("PT36H")
        Duration staleAfter();

        /** Per-source settings, keyed by source id ({@code ofac-sdn}, {@code un}, …). */
        Map<String, Source> sources();
    }

    /** Settings of one source. */
    interface Source {

        /** Where the scheduled refresh fetches the publication ({@code https:} or {@code file:}); none: upload only. */
        Optional<String> url();
    }
}
