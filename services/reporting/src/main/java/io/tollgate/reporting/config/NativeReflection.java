package io.tollgate.reporting.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tollgate.reporting.api.ReportingApi;
import io.tollgate.reporting.domain.ListVersionInForce;
import io.tollgate.reporting.domain.fx.RateSourceUsed;

/**
 * Types Jackson writes outside a resource method's declared return type — report documents and import results sent
 * inside a {@code Response}, the list versions and rate sources stored with each run — registered so a native image
 * can still reflect on them.
 */
@RegisterForReflection(targets = {ReportingApi.ReportDocument.class, ReportingApi.FxImportView.class,
        ListVersionInForce.class, RateSourceUsed.class})
public class NativeReflection {
}
