package io.tollgate.screening.domain;

import io.tollgate.testsupport.DomainPurityContract;

/** The screening domain is plain Java: no web, no framework, no persistence, no outer layers. */
class DomainPurityTest extends DomainPurityContract {

    @Override
    protected String basePackage() {
        return "io.tollgate.screening";
    }
}
