package io.tollgate.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.reporting.domain.Report;
import io.tollgate.reporting.domain.ReportName;
import io.tollgate.reporting.domain.ReportParameters;
import io.tollgate.reporting.repository.ReportRunEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored report runs, and their reproduction: the same report, parameters and cut-off, produced again. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportRunService {

    private static final TypeReference<LinkedHashMap<String, String>> PARAMETERS = new TypeReference<>() {
    };

    private final ReportService reports;
    private final ObjectMapper json;

    public ReportRunService(ReportService reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    /** A run as stored, its parameters read back. */
    public record Run(ReportRunEntity entity, Map<String, String> parameters) {
    }

    /** The outcome of producing a run's report again. */
    public record Reproduction(Run run, Report report, boolean identical) {
    }

    public Optional<Run> find(long id) {
        return ReportRunEntity.find(id).map(this::run);
    }

    /** The newest runs first. */
    public List<Run> latest(Optional<ReportName> report, int limit) {
        return ReportRunEntity.latest(report.map(ReportName::slug), limit).stream().map(this::run).toList();
    }

    /**
     * Produces the run's report again from its stored parameters and data cut-off. Identical content (same sha256)
     * proves the filed report unchanged; a difference means data as of the cut-off has changed since (for example a
     * trade's status, which the currency mix and exposure read as it is now).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Reproduction> reproduce(long id) {
        return find(id).map(run -> {
            ReportName name = ReportName.bySlug(run.entity().reportName).orElseThrow(() ->
                    new IllegalStateException("stored run " + id + " names an unknown report"));
            Map<String, String> parameters = new LinkedHashMap<>(run.parameters());
            if (name.converts()) {
                // runs recorded before reports had a rate policy were converted with the trade date's rate only
                parameters.putIfAbsent("ratePolicy", "trade-date");
            }
            Report again = reports.produce(name, ReportParameters.asQuery(parameters),
                    Optional.of(run.entity().dataCutoff));
            return new Reproduction(run, again, again.sha256().equals(run.entity().contentSha256));
        });
    }

    private Run run(ReportRunEntity e) {
        try {
            return new Run(e, json.readValue(e.parameters, PARAMETERS));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored parameters of run " + e.id + " are not readable", ex);
        }
    }
}
