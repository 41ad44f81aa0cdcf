package io.tollgate.reporting.domain;

import io.tollgate.testsupport.DomainPurityContract;

/** The reporting domain is plain Java: no web, no framework, no persistence, no outer layers. */
class DomainPurityTest extends DomainPurityContract {

    @Override
    protected String basePackage() {
        return "io.tollgate.reporting";
    }
}
