package io.tollgate.trade.domain;

import io.tollgate.testsupport.DomainPurityContract;

/** The trade domain is plain Java: no web, no framework, no persistence, no outer layers. */
class DomainPurityTest extends DomainPurityContract {

    @Override
    protected String basePackage() {
        return "io.tollgate.trade";
    }
}
