package io.tollgate.screening;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.tollgate.testsupport.IsolatedDatabase;

/** Every test run of this service gets its own freshly migrated database (see {@link IsolatedDatabase}). */
@QuarkusTestResource(value = IsolatedDatabase.class, initArgs = @ResourceArg(name = "schema", value = "screening"))
public class ScreeningTestDatabase {
}
