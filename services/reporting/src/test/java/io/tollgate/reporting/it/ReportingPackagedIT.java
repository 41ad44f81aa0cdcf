package io.tollgate.reporting.it;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.tollgate.testsupport.PackagedApplication;
import io.tollgate.testsupport.PackagedServiceContract;

/** The packaged reporting service (the jar here; the native executable under {@code -Dnative}) keeps the suite's edge promises. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedApplication.class, restrictToAnnotatedClass = true)
class ReportingPackagedIT extends PackagedServiceContract {

    @Override
    protected String expectedApiTitle() {
        return "Tollgate Reporting API";
    }
}
