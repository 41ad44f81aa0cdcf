package io.tollgate.reporting.domain;

import java.util.Arrays;
import java.util.Optional;

/** The reports this service produces, by the name they have in the URL. */
public enum ReportName {
    SETTLEMENT_CURRENCY_MIX("settlement-currency-mix", "Settlement-currency mix"),
    PAYMENT_RAIL_MIX("payment-rail-mix", "Payment-rail mix"),
    EXPOSURE("exposure", "Exposure by corridor, country, payment rail and sanctions program"),
    REGISTER("register", "Blocked, held and rejected register"),
    SCREENING_OPERATIONS("screening-operations", "Screening operations"),
    LIST_CHANGE_IMPACT("list-change-impact", "List-change impact");

    private final String slug;
    private final String title;

    ReportName(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** The name in {@code /api/v1/reports/{name}}. */
    public String slug() {
        return slug;
    }

    /** Whether the report converts trade values into a reporting currency (and so takes a rate policy). */
    public boolean converts() {
        return this == SETTLEMENT_CURRENCY_MIX || this == PAYMENT_RAIL_MIX || this == EXPOSURE || this == REGISTER;
    }

    /** The heading a person reads. */
    public String title() {
        return title;
    }

    /** The report called {@code slug}, if there is one. */
    public static Optional<ReportName> bySlug(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
    }
}
