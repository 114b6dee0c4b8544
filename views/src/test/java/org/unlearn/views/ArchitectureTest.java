package org.unlearn.views;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Views depend on the model, never on the app that wires them, and ask a model for its capabilities,
 * never for its family. The classes are imported once for every rule (ArchUnit caches the import per
 * {@code @AnalyzeClasses}).
 */
@AnalyzeClasses(packages = "org.unlearn.views", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] NODES = {"javafx.scene..", "org.jfree..", "org.controlsfx.."};

    @ArchTest
    static final ArchRule viewsDoNotReachIntoTheApp =
            noClasses().should().dependOnClassesThat().resideInAPackage("org.unlearn.app..");

    /**
     * A family joins the window through the registry and its capabilities: no view names a family's own
     * classes, so a new family needs no edit here.
     */
    @ArchTest
    static final ArchRule viewsNameNoFamily = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.unlearn.model.kmeans..",
                    "org.unlearn.model.sisa..",
                    "org.unlearn.model.linear..",
                    "org.unlearn.model.dare..",
                    "org.unlearn.model.family.builtin..");

    /** View-models hold state and commands, not nodes, so they are tested without a window or a robot. */
    @ArchTest
    static final ArchRule viewModelsDoNotBuildNodes = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(NODES);

    /** The forget view's model is made of pieces; they are view-models too, as are the commands they run. */
    @ArchTest
    static final ArchRule viewModelPiecesDoNotBuildNodes = noClasses()
            .that()
            .haveSimpleName("ModelChain")
            .or()
            .haveSimpleName("RowPicks")
            .or()
            .haveSimpleName("ForgetPlanner")
            .or()
            .haveSimpleName("ClusterPictureModel")
            .or()
            .haveSimpleName("RowTableModel")
            .or()
            .haveSimpleName("TrainingForm")
            .or()
            .haveSimpleName("OptionInput")
            .or()
            .haveSimpleName("LatestJob")
            .or()
            .haveSimpleName("BackgroundCommand")
            .or()
            .haveSimpleName("TreePanelModel")
            .or()
            .haveSimpleName("DebtPanelModel")
            .or()
            .haveSimpleName("LeafTreePanelModel")
            .or()
            .haveSimpleName("StepCentroids")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(NODES);

    /**
     * The row plane's state, geometry and stamps are plain; only its view, its legend, its painter and the
     * gestures its view takes touch nodes.
     */
    @ArchTest
    static final ArchRule thePlaneDrawsOnlyInItsViewAndPainter = noClasses()
            .that()
            .resideInAPackage("org.unlearn.views.plane")
            .and()
            .haveNameNotMatching(".*\\.Plane(View|Legend|Painter|Gestures)(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(NODES);
}
