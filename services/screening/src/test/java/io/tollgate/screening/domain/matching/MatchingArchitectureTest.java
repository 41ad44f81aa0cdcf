package io.tollgate.screening.domain.matching;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The matcher is pure domain code: the JDK, ICU4J, commons-text and the list model, no framework. */
class MatchingArchitectureTest {

    @Test
    void shouldDependOnlyOnTheJdkIcuCommonsTextAndTheDomain() {
        JavaClasses matching = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tollgate.screening.domain.matching");
        classes().that().resideInAPackage("io.tollgate.screening.domain.matching..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "com.ibm.icu..", "org.apache.commons.text..", "io.tollgate.screening.domain..")
                .check(matching);
    }
}
