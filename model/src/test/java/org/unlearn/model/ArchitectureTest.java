package org.unlearn.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays free of any user interface, so everything in it can be scripted headless. */
class ArchitectureTest {
    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.unlearn.model");

    @Test
    void modelDependsOnNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                "org.jfree.chart.fx..").check(engine);
    }

    @Test
    void modelDependsOnNoViewOrApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.unlearn.views..", "org.unlearn.app..")
                .check(engine);
    }

    @Test
    void modelDependsOnNoAwtOrSwing() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..").check(engine);
    }
}
