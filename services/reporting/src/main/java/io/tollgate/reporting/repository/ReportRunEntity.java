package io.tollgate.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A report as it was produced (table {@code report_run}): enough to reproduce it and prove it unchanged. */
@Entity
@Table(name = "report_run")
public class ReportRunEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_name")
    public String reportName;

    /** The effective parameters as a JSON object. */
    public String parameters;

    @Column(name = "data_cutoff")
    public Instant dataCutoff;

    @Column(name = "row_count")
    public int rowCount;

    @Column(name = "content_sha256")
    public String contentSha256;

    public String format;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** The list versions in force at the cut-off, as a JSON array. */
    @Column(name = "list_versions")
    public String listVersions;

    /** The rates the run converted with (currency, sources, route, days), as a JSON array. */
    @Column(name = "rate_sources")
    public String rateSources;

    public static Optional<ReportRunEntity> find(long id) {
        return findByIdOptional(id);
    }

    /** The newest runs first, of one report or all. */
    public static List<ReportRunEntity> latest(Optional<String> reportName, int limit) {
        return reportName.map(n -> find("reportName = ?1 order by id desc", n))
                .orElseGet(() -> find("order by id desc")).page(0, limit).list();
    }
}
