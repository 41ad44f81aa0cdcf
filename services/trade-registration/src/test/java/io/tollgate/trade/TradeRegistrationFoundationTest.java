package io.tollgate.trade;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.testsupport.ServiceFoundationContract;

/** The Trade registration service keeps the suite's promises on health, OpenAPI, security, errors and migrations. */
@QuarkusTest
class TradeRegistrationFoundationTest extends ServiceFoundationContract {

    @Override
    protected String expectedTable() {
        return "audit_event";
    }

    @Override
    protected String expectedApiTitle() {
        return "Tollgate Trade registration API";
    }
}
