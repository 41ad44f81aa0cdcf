package io.tollgate.trade.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain (trade model, rules, decision) is plain Java: no web, no framework, no persistence. */
class DomainPurityTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tollgate.trade");

    @Test
    void shouldKeepTheDomainFreeOfFrameworks() {
        noClasses().that().resideInAPackage("io.tollgate.trade.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.ws..", "io.quarkus..",
                        "org.eclipse.microprofile..", "io.smallrye..", "org.hibernate..", "io.agroal..",
                        "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void shouldKeepTheDomainIndependentOfTheOuterLayers() {
        noClasses().that().resideInAPackage("io.tollgate.trade.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tollgate.trade.rest..",
                        "io.tollgate.trade.service..", "io.tollgate.trade.repository..", "io.tollgate.trade.client..",
                        "io.tollgate.trade.config..", "io.tollgate.platform..")
                .check(classes);
    }
}
