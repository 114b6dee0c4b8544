package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.views.RobotLookups;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneView;
import org.unlearn.views.plane.PlaneViewport;
import org.unlearn.views.plane.SelectionTool;

/** The forget view under the robot: train, pick in the picture, the field and the table, forget, check. */
@ExtendWith(ApplicationExtension.class)
class ForgetViewRobotTest {
    private final ImmediateWork work = new ImmediateWork();
    private ForgetViewModel model;

    @Start
    void start(Stage stage) {
        DataViewModel data = new DataViewModel(work);
        data.open(new OpenRequest(TestFiles.sample("iris.csv"), "target_name"));
        model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        stage.setScene(Styles.apply(new Scene(new ForgetView(model), 1280, 800)));
        stage.show();
    }

    private void trainQKMeans(FxRobot robot) {
        robot.clickOn("#family-qkmeans");
        robot.clickOn("#train");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.chain().currentProperty().get(), () -> "no model: " + work.outcomes());
    }

    private PlaneContent picture() {
        return model.picture().pictureProperty().get();
    }

    private Point2D onScreen(FxRobot robot, int rowId) {
        PlaneView plane = robot.lookup("#cluster-picture").query();
        WaitForAsyncUtils.waitForFxEvents();
        int position = picture().positionOf(rowId);
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> plane.screenPointOf(position)));
    }

    /** The legend's line that reads {@code text}, or an assertion error naming what the legend says. */
    private static Labeled legendLine(FxRobot robot, String text) {
        List<Labeled> lines =
                robot.lookup("#cluster-picture").lookup(".plane-legend-entry").queryAllAs(Labeled.class).stream()
                        .toList();
        return lines.stream()
                .filter(l -> l.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no legend line \"" + text + "\" in "
                        + lines.stream().map(Labeled::getText).toList()));
    }

    @Test
    void trainPickAPointForgetAndCheckAgainstARetrain(FxRobot robot) {
        verifyThat("#picture-placeholder", NodeMatchers.isVisible());
        trainQKMeans(robot);

        verifyThat("#cluster-picture #plane-canvas", NodeMatchers.isVisible());
        verifyThat(
                legendLine(robot, "cluster 1 · " + picture().grouping("cluster").size(0) + " rows"),
                NodeMatchers.isVisible());
        verifyThat(legendLine(robot, "centroids"), NodeMatchers.isVisible());
        verifyThat(
                "#model-title",
                LabeledMatchers.hasText(model.chain().modelTitleProperty().get()));

        int row = RowPicksTest.loneRow(
                picture(), model.picture().plane().viewportProperty().get());
        robot.clickOn(onScreen(robot, row), MouseButton.PRIMARY);

        assertEquals(RowSelection.of(row), model.picks().pickedProperty().get());
        verifyThat("#pick-summary", LabeledMatchers.hasText("1 row picked"));
        verifyThat(
                "#plan-headline",
                LabeledMatchers.hasText(model.planner().planProperty().get().headline()));
        verifyThat(legendLine(robot, "picked · 1 row"), NodeMatchers.isVisible());
        verifyThat("#forget", LabeledMatchers.hasText("Forget 1 row"));

        robot.clickOn("#forget");

        assertFalse(model.chain().currentProperty().get().holds(row));
        verifyThat("#report-headline", LabeledMatchers.hasText("Last request: Forgot row " + row));
        String time = robot.lookup("#report-time").queryLabeled().getText();
        assertTrue(time.matches("\\d+(\\.\\d+)? (µs|ms|s)"), time);
        assertEquals(2, robot.lookup("#history").queryListView().getItems().size());
        assertTrue(picture().isGhost(picture().positionOf(row)), "the forgotten row stays on the plane as a ghost");
        verifyThat(legendLine(robot, "forgotten · 1 row (ghost outlines)"), NodeMatchers.isVisible());
        verifyThat(legendLine(robot, "centroids before the last request"), NodeMatchers.isVisible());

        robot.clickOn("#verify");

        Labeled verdict = robot.lookup("#verification").queryLabeled();
        verifyThat(verdict, NodeMatchers.isVisible());
        assertTrue(
                verdict.getText().startsWith("✓ Identical to a retrain from scratch (retrain took"), verdict.getText());
        assertTrue(robot.lookup("#verify").queryButton().isDisabled(), "checked once is enough");
    }

    @Test
    void dragARectangleThenTypeIdsThenTickARow(FxRobot robot) {
        trainQKMeans(robot);
        robot.clickOn("#plane-rectangle");
        assertEquals(
                SelectionTool.RECTANGLE, model.picture().plane().toolProperty().get());
        PlaneViewport v = model.picture().plane().viewportProperty().get();
        PlaneView plane = robot.lookup("#cluster-picture").query();
        Point2D from = plane.screenPointOfPixel(v.left() + v.width() * 0.1, v.top() + v.height() * 0.1);
        Point2D to = plane.screenPointOfPixel(v.left() + v.width() * 0.6, v.top() + v.height() * 0.7);

        robot.drag(from, MouseButton.PRIMARY).dropTo(to);

        int dragged = model.picks().pickedProperty().get().size();
        assertTrue(dragged > 1, "a rectangle over a good part of the picture picks several rows: " + dragged);

        robot.clickOn("#pick-ids")
                .push(KeyCode.CONTROL, KeyCode.A)
                .write("12, 40-42")
                .type(KeyCode.ENTER);
        assertEquals(
                RowSelection.of(12, 40, 41, 42), model.picks().pickedProperty().get());

        robot.clickOn("#only-picked");
        TableView<?> rows = robot.lookup("#row-table").queryTableView();
        assertEquals(4, rows.getItems().size());
        robot.clickOn(tickBoxOf(robot, 12));
        assertEquals(RowSelection.of(40, 41, 42), model.picks().pickedProperty().get(), "unticking row 12 unpicks it");

        robot.clickOn(plane.screenPointOfPixel(v.left() + 5, v.top() + 5), MouseButton.SECONDARY)
                .type(KeyCode.ESCAPE);
        assertTrue(model.picks().pickedProperty().get().isEmpty(), "Esc on the plane clears the pick");
    }

    /** The check box on the table row whose "Row" cell holds the id. */
    private static CheckBox tickBoxOf(FxRobot robot, int rowId) {
        Node row = RobotLookups.tableRowWith(robot, "#row-table", ".number-column", Integer.toString(rowId));
        return (CheckBox) ((Labeled) robot.from(row).lookup(".pick-cell").query()).getGraphic();
    }

    @Test
    void aRefusedOptionIsShownAtOnceAndTrainWaits(FxRobot robot) {
        // The field may lie below the options' scrolled edge: focus it as Tab would, then type.
        Node epsilon = robot.lookup("#option-epsilon").query();
        robot.interact(epsilon::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("0");

        assertEquals(
                "epsilon (the grid width) must be more than 0, not 0",
                robot.lookup("#option-epsilon-error").queryLabeled().getText());
        verifyThat("#option-epsilon-error", NodeMatchers.isVisible());
        assertTrue(robot.lookup("#train").queryButton().isDisabled());
        robot.clickOn("#family-dckmeans");
        verifyThat("#option-leaves", NodeMatchers.isVisible());
        assertTrue(robot.lookup("#option-epsilon").tryQuery().isEmpty(), "DC-k-means has no field for ε");
        assertFalse(robot.lookup("#train").queryButton().isDisabled(), "ε is not a DC-k-means option");
    }
}
