package io.tollgate.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.testsupport.ServiceFoundationContract;

/** The Reporting service keeps the suite's promises on health, OpenAPI, security, errors and migrations. */
@QuarkusTest
class ReportingFoundationTest extends ServiceFoundationContract {

    @Override
    protected String expectedTable() {
        return "report_run";
    }

    @Override
    protected String expectedApiTitle() {
        return "Tollgate Reporting API";
    }
}
