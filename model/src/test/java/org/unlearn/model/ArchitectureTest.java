package org.unlearn.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine stays free of any user interface, so everything in it can be scripted headless. The classes
 * are imported once for every rule (ArchUnit caches the import per {@code @AnalyzeClasses}).
 */
@AnalyzeClasses(packages = "org.unlearn.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule modelDependsOnNoJavaFx = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..");

    @ArchTest
    static final ArchRule modelDependsOnNoViewOrApp =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("org.unlearn.views..", "org.unlearn.app..");

    @ArchTest
    static final ArchRule modelDependsOnNoAwtOrSwing =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..");

    /** The seam knows no family: families depend on it, and reach the rest only through the registry. */
    @ArchTest
    static final ArchRule theFamilySeamKnowsNoFamily = noClasses()
            .that()
            .resideInAPackage("org.unlearn.model.family")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.unlearn.model.kmeans..",
                    "org.unlearn.model.sisa..",
                    "org.unlearn.model.linear..",
                    "org.unlearn.model.family.builtin..",
                    "org.unlearn.model.bench..");

    /** Capabilities are what views ask a model for; they name no family. */
    @ArchTest
    static final ArchRule capabilitiesKnowNoFamily = noClasses()
            .that()
            .resideInAPackage("org.unlearn.model.forget")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.unlearn.model.kmeans..",
                    "org.unlearn.model.sisa..",
                    "org.unlearn.model.linear..",
                    "org.unlearn.model.family..");

    /** Benchmarks run whatever family the registry gives them (the deletion table is about linear models). */
    @ArchTest
    static final ArchRule benchKnowsNoFamily = noClasses()
            .that()
            .resideInAPackage("org.unlearn.model.bench")
            .and()
            .doNotHaveSimpleName("LinearDeletionTable")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.unlearn.model.kmeans..",
                    "org.unlearn.model.sisa..",
                    "org.unlearn.model.linear..",
                    "org.unlearn.model.family.builtin..");
}
