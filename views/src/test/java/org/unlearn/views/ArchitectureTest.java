package org.unlearn.views;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Views depend on the model, never on the app that wires them. */
class ArchitectureTest {
    private final JavaClasses views = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.unlearn.views");

    @Test
    void viewsDoNotReachIntoTheApp() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.unlearn.app..").check(views);
    }

    /** View-models hold state and commands, not nodes, so they are tested without a window or a robot. */
    @Test
    void viewModelsDoNotBuildNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "org.jfree..", "org.controlsfx..").check(views);
    }

    /** The forget view's model is made of pieces; they are view-models too, as are the commands they run. */
    @Test
    void viewModelPiecesDoNotBuildNodes() {
        noClasses().that().haveSimpleName("ModelChain").or().haveSimpleName("RowPicks").or().haveSimpleName("ForgetPlanner")
                .or().haveSimpleName("ClusterPictureModel").or().haveSimpleName("RowTableModel")
                .or().haveSimpleName("TrainingForm").or().haveSimpleName("LatestJob").or().haveSimpleName("BackgroundCommand")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.jfree..", "org.controlsfx..")
                .check(views);
    }

    /** The row plane's state, geometry and stamps are plain; only its view, its legend and its painter touch nodes. */
    @Test
    void thePlaneDrawsOnlyInItsViewAndPainter() {
        noClasses().that().resideInAPackage("org.unlearn.views.plane").and()
                .haveNameNotMatching(".*\\.Plane(View|Legend|Painter)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.jfree..", "org.controlsfx..")
                .check(views);
    }
}
