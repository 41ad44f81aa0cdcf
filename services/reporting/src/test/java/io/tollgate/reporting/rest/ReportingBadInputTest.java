package io.tollgate.reporting.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.testsupport.BadInputFuzzContract;

/** Bad input against every reporting endpoint (see {@link BadInputFuzzContract}): report parameters, FX rate files. */
@QuarkusTest
class ReportingBadInputTest extends BadInputFuzzContract {

    @Override
    protected String pathValue(String path, String parameter) {
        return parameter.equals("name") ? "exposure" : "1";
    }
}
