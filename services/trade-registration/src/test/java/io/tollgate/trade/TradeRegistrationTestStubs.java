package io.tollgate.trade;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this service talks to the screening stub instead of a screening service. */
@QuarkusTestResource(ScreeningWireMock.class)
public class TradeRegistrationTestStubs {
}
