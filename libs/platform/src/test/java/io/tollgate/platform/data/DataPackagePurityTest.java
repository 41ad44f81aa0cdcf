package io.tollgate.platform.data;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The services' domains may use this package (DomainPurityContract), so it may use nothing but the JDK. */
class DataPackagePurityTest {

    @Test
    void shouldDependOnNothingButTheJdk() {
        classes().that().resideInAPackage("io.tollgate.platform.data..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.tollgate.platform.data..", "")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.tollgate.platform.data"));
    }
}
