package io.tollgate.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An accepted reference-rate file (table {@code fx_rate_import}). */
@Entity
@Table(name = "fx_rate_import")
public class FxRateImportEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String sha256;

    @Column(name = "first_date")
    public LocalDate firstDate;

    @Column(name = "last_date")
    public LocalDate lastDate;

    @Column(name = "date_count")
    public int dateCount;

    /** The currency codes of the file, comma-separated. */
    public String currencies;

    /** The layouts the file held (ECB, CBR, PLAIN), comma-separated. */
    public String layouts;

    /** The sources of its rates (ECB, CBR, BCV, …), comma-separated. */
    public String sources;

    @Column(name = "rates_added")
    public int ratesAdded;

    @Column(name = "rates_unchanged")
    public int ratesUnchanged;

    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "imported_at")
    public Instant importedAt;

    /** The newest imports first. */
    public static List<FxRateImportEntity> latest(int limit) {
        return find("order by id desc").page(0, limit).list();
    }
}
