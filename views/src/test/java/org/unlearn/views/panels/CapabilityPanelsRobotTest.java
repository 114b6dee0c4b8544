package org.unlearn.views.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.model.family.Families;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.forget.ForgetViewModel;

/**
 * A family the views do not know, registered for their tests alone (src/test/registry; a forest of stumps
 * that deals its rows to shards): trained from the model panel, it gets the tree panel and the shard map
 * because its model has trees and shards, with no line of the views naming it.
 */
@ExtendWith(ApplicationExtension.class)
class CapabilityPanelsRobotTest {
    private final ImmediateWork work = new ImmediateWork();
    private ForgetViewModel model;

    @Start
    void start(Stage stage) {
        DataViewModel data = new DataViewModel(work);
        data.open(new OpenRequest(TestFiles.sample("iris.csv"), "target_name"));
        model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        stage.setScene(Styles.apply(
                new Scene(new ForgetView(model, CapabilityPanels.of(model).toArray(Region[]::new)), 1280, 800)));
        stage.show();
    }

    @Test
    void aFamilyKnownOnlyToTheRegistryGetsThePanelsOfItsCapabilities(FxRobot robot) {
        assertTrue(Families.codes().contains(StumpFamily.CODE), "registered by the test's services file");
        assertTrue(robot.lookup("#option-trees").tryQuery().isEmpty(), "another family is chosen first");
        robot.clickOn("#family-" + StumpFamily.CODE);
        verifyThat("#option-trees", NodeMatchers.isVisible());
        verifyThat("#option-shards", NodeMatchers.isVisible());
        robot.clickOn("#train");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.chain().currentProperty().get(), () -> "no model: " + work.outcomes());

        verifyThat("#tree-panel", NodeMatchers.isVisible());
        verifyThat("#shard-map", NodeMatchers.isVisible());
        assertTrue(
                robot.lookup("#debt-panel")
                        .tryQuery()
                        .map(n -> !n.isVisible() || n.getScene() == null)
                        .orElse(true),
                "a model that owes nothing has no debt panel");
        TreeView<?> tree = robot.lookup("#tree-view").queryAs(TreeView.class);
        assertEquals(150, ((org.unlearn.model.forget.Forest.Node) tree.getRoot().getValue()).rows());

        robot.interact(() -> {
            model.picks().pickTextProperty().set("7");
            model.picks().pickTyped();
        });
        String caption = robot.lookup("#tree-caption").queryAs(Labeled.class).getText();
        assertTrue(caption.contains("Row 7 passes through 2 nodes"), caption);
        String shards = robot.lookup("#shard-caption").queryAs(Labeled.class).getText();
        assertTrue(shards.startsWith("Forgetting the picked rows retrains 1 of 4 cells in 1 shard."), shards);

        robot.clickOn("#forget");
        assertFalse(model.chain().currentProperty().get().holds(7));
        assertEquals(
                149,
                ((org.unlearn.model.forget.Forest.Node) robot.lookup("#tree-view")
                                .queryAs(TreeView.class)
                                .getRoot()
                                .getValue())
                        .rows(),
                "the panel follows the model after the request");
    }
}
