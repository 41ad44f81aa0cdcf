package io.tollgate.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * A service's {@code domain} package is plain Java — no web, framework or persistence types, and no reach into
 * the service's outer layers. Of the platform it may use only {@code io.tollgate.platform.data} (plain-Java table
 * reading, SHA-256, business days; the platform's own test keeps that package free of frameworks). Each service runs
 * it through a subclass naming its base package.
 */
public abstract class DomainPurityContract {

    /** The service's base package, e.g. {@code io.tollgate.screening}. */
    protected abstract String basePackage();

    private JavaClasses classes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage());
    }

    @Test
    void shouldKeepTheDomainFreeOfFrameworks() {
        noClasses().that().resideInAPackage(basePackage() + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.ws..", "io.quarkus..",
                        "org.eclipse.microprofile..", "io.smallrye..", "org.hibernate..", "io.agroal..",
                        "com.fasterxml.jackson..", "io.vertx..")
                .check(classes());
    }

    @Test
    void shouldKeepTheDomainIndependentOfTheOuterLayers() {
        String base = basePackage();
        noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat(resideInAnyPackage(base + ".rest..", base + ".service..",
                        base + ".repository..", base + ".client..", base + ".config..", base + ".api..",
                        base + ".health..", "io.tollgate.platform..")
                        .and(not(resideInAPackage("io.tollgate.platform.data.."))))
                .check(classes());
    }
}
