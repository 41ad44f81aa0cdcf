package io.tollgate.reporting.rest.dashboard;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Its own Quarkus start, so its own databases: the demonstration's thousands of trades stay out of the other tests. */
public class DemoDataProfile implements QuarkusTestProfile {
}
