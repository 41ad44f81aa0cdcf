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
         * How many group-commit writers run at once. With more than one, the next group is written while the previous
         * waits for its disk flush; but in back-to-back runs on this (loaded) 2-core machine 4 writers gave 271
         * screenings/s against 418 with one (fewer, larger groups, fewer flushes), so the default stays one.
         */
        @WithDefault("1")
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
