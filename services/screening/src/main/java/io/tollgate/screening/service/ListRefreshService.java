package io.tollgate.screening.service;

import io.quarkus.scheduler.Scheduled;
import io.tollgate.platform.problem.ProblemException;
import io.tollgate.platform.problem.ProblemType;
import io.tollgate.screening.config.ScreeningConfig;
import io.tollgate.screening.domain.list.ListSource;
import io.tollgate.screening.repository.ListStore;
import io.tollgate.screening.repository.StoredSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Fetches list publications from their configured URLs ({@code https:} or {@code file:}) with conditional
 * requests (ETag / Last-Modified), on a schedule and on demand, and imports what changed. Every outcome is
 * recorded on the source so {@code GET /api/v1/lists} shows how fresh each list is.
 */
@ApplicationScoped
public class ListRefreshService {

    private static final Logger LOG = Logger.getLogger(ListRefreshService.class);
    /** The user recorded for scheduled refreshes. */
    public static final String SCHEDULER = "system:scheduled-refresh";

    private final ScreeningConfig config;
    private final ListStore store;
    private final ListImportService importer;
    private final HttpClient http;

    public ListRefreshService(ScreeningConfig config, ListStore store, ListImportService importer) {
        this.config = config;
        this.store = store;
        this.importer = importer;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(java.time.Duration.ofSeconds(20)).build();
    }

    /** What a refresh did. */
    public enum Outcome { IMPORTED, UNCHANGED, NOT_MODIFIED, REJECTED, FAILED }

    /**
     * The result of one refresh.
     *
     * @param outcome what happened
     * @param detail a sentence for the operator
     * @param importOutcome the import, when the fetched file was imported or found identical
     */
    public record RefreshResult(Outcome outcome, String detail, Optional<ImportOutcome> importOutcome) {
    }

    /** The configured refresh URL of a source, if any. */
    public Optional<String> urlOf(ListSource source) {
        var s = config.lists().sources().get(source.id());
        return s == null ? Optional.empty() : s.url().filter(u -> !u.isBlank());
    }

    /** Refreshes one source now. */
    public RefreshResult refresh(ListSource source, String user) {
        String url = urlOf(source).orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                "No refresh URL is configured for " + source + " (screening.lists.sources." + source
                        + ".url); import its file with POST /api/v1/lists/" + source + "/imports"));
        StoredSource state = store.source(source.id()).orElse(null);
        Instant now = Instant.now();
        Fetched fetched;
        try {
            fetched = fetch(URI.create(url), state);
        } catch (IOException | RuntimeException e) {
            String detail = "cannot fetch " + url + ": " + e.getMessage()
                    + " — without network access, import the file with POST /api/v1/lists/" + source + "/imports";
            store.recordRefresh(source.id(), now, Outcome.FAILED.name(), detail, null, null);
            LOG.warnf("refresh of %s failed: %s", source, detail);
            return new RefreshResult(Outcome.FAILED, detail, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("refresh interrupted");
        }
        if (fetched.notModified()) {
            store.recordRefresh(source.id(), now, Outcome.NOT_MODIFIED.name(), "not modified since last fetch",
                    null, null);
            return new RefreshResult(Outcome.NOT_MODIFIED, "not modified since the last fetch", Optional.empty());
        }
        try {
            ImportOutcome imported = importer.importList(source, fetched.body(), url, user, false);
            Outcome outcome = imported.created() ? Outcome.IMPORTED : Outcome.UNCHANGED;
            String detail = (imported.created() ? "imported as version " : "identical to version ")
                    + imported.version().id();
            store.recordRefresh(source.id(), now, outcome.name(), detail, fetched.etag(), fetched.lastModified());
            return new RefreshResult(outcome, detail, Optional.of(imported));
        } catch (ProblemException e) {
            store.recordRefresh(source.id(), now, Outcome.REJECTED.name(), e.getMessage(), null, null);
            throw e;
        }
    }

    /** Refreshes every source with a URL, on the configured schedule. */
    @Scheduled(every = "${screening.lists.refresh-every:6h}", delayed = "${screening.lists.refresh-delay:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RefreshDisabled.class)
    void refreshAll() {
        for (String id : config.lists().sources().keySet()) {
            ListSource.of(id).filter(s -> urlOf(s).isPresent()).ifPresent(source -> {
                try {
                    RefreshResult r = refresh(source, SCHEDULER);
                    LOG.infof("scheduled refresh of %s: %s (%s)", source, r.outcome(), r.detail());
                } catch (RuntimeException e) {
                    LOG.warnf("scheduled refresh of %s: %s", source, e.getMessage());
                }
            });
        }
    }

    private record Fetched(boolean notModified, byte[] body, String etag, String lastModified) {
    }

    private Fetched fetch(URI uri, StoredSource state) throws IOException, InterruptedException {
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            // file:relative/path (opaque) is resolved against the working directory; file:/abs/path as usual
            Path path = uri.isOpaque() ? Path.of(uri.getSchemeSpecificPart()) : Path.of(uri);
            String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(Files.getLastModifiedTime(path).toInstant().atOffset(ZoneOffset.UTC));
            if (state != null && lastModified.equals(state.lastModified())) {
                return new Fetched(true, null, null, null);
            }
            return new Fetched(false, Files.readAllBytes(path), null, lastModified);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IOException("unsupported URL scheme " + uri.getScheme() + " (use https: or file:)");
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(config.lists().refreshTimeout()).GET();
        if (state != null && state.etag() != null) {
            req.header("If-None-Match", state.etag());
        }
        if (state != null && state.lastModified() != null) {
            req.header("If-Modified-Since", state.lastModified());
        }
        HttpResponse<byte[]> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() == 304) {
            return new Fetched(true, null, null, null);
        }
        if (resp.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + resp.statusCode());
        }
        return new Fetched(false, resp.body(), resp.headers().firstValue("ETag").orElse(null),
                resp.headers().firstValue("Last-Modified").orElse(null));
    }

    /** Skips the scheduled refresh when {@code screening.lists.refresh-enabled=false}. */
    @ApplicationScoped
    public static class RefreshDisabled implements Scheduled.SkipPredicate {

        private final ScreeningConfig config;

        public RefreshDisabled(ScreeningConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.lists().refreshEnabled();
        }
    }
}
