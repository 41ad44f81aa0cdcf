package io.tollgate.screening.health;

import io.tollgate.screening.service.ListCatalogService;
import io.tollgate.screening.api.ListViews;
import io.tollgate.screening.service.ScreeningIndex;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports list freshness and the screening index as data in the readiness response. Always UP: readiness must
 * not depend on a list being loaded, since lists are imported through this very service; screening itself
 * answers 503 until one is.
 */
@Readiness
@ApplicationScoped
public class ListFreshnessCheck implements HealthCheck {

    private final ListCatalogService catalog;
    private final ScreeningIndex index;

    public ListFreshnessCheck(ListCatalogService catalog, ScreeningIndex index) {
        this.catalog = catalog;
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("Sanctions lists").up();
        try {
            for (ListViews.SourceSummary s : catalog.sources()) {
                if (s.currentVersion() == null) {
                    b.withData(s.source(), "not loaded");
                } else {
                    b.withData(s.source(), "version " + s.currentVersion().id() + ", "
                            + s.currentVersion().entities().total() + " entities, age " + s.ageSeconds() + " s"
                            + (s.stale() ? ", STALE" : ""));
                }
            }
        } catch (RuntimeException e) {
            b.withData("lists", "unavailable: " + e.getClass().getSimpleName());
        }
        index.current().ifPresentOrElse(
                snap -> b.withData("index", snap.size() + " entities, built " + snap.builtAt()),
                () -> b.withData("index", "empty: screening answers 503 until a list is imported"));
        return b.build();
    }
}
