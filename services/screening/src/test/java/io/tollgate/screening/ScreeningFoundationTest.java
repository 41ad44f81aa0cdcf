package io.tollgate.screening;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.testsupport.ServiceFoundationContract;

/** The Screening service keeps the suite's promises on health, OpenAPI, security, errors and migrations. */
@QuarkusTest
class ScreeningFoundationTest extends ServiceFoundationContract {

    @Override
    protected String expectedTable() {
        return "list_version";
    }

    @Override
    protected String expectedApiTitle() {
        return "Tollgate Screening API";
    }
}
