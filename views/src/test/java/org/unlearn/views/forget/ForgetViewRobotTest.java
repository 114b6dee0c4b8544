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
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
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
import org.unlearn.views.common.PointSeries;
import org.unlearn.views.common.Styles;
import org.unlearn.views.data.DataViewModel;

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

    /** The drawn row farthest from every other, so a click on it cannot land on a neighbour. */
    private int loneRow() {
        List<PointSeries> clusters = model.picture().pictureProperty().get().clusters();
        int best = -1;
        double bestGap = -1;
        for (PointSeries s : clusters) {
            for (int i = 0; i < s.size(); i++) {
                double gap = Double.POSITIVE_INFINITY;
                for (PointSeries t : clusters) {
                    for (int j = 0; j < t.size(); j++) {
                        if (t.rowId(j) != s.rowId(i)) {
                            gap = Math.min(gap, Math.hypot(s.x(i) - t.x(j), s.y(i) - t.y(j)));
                        }
                    }
                }
                if (gap > bestGap) {
                    bestGap = gap;
                    best = s.rowId(i);
                }
            }
        }
        return best;
    }

    private Point2D onScreen(FxRobot robot, int rowId) {
        for (PointSeries s : model.picture().pictureProperty().get().clusters()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.rowId(i) == rowId) {
                    ClusterChartView chart = robot.lookup("#cluster-picture").query();
                    double x = s.x(i);
                    double y = s.y(i);
                    WaitForAsyncUtils.waitForFxEvents();
                    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> chart.screenPointOf(x, y)));
                }
            }
        }
        throw new AssertionError("row " + rowId + " is not drawn");
    }

    @Test
    void trainPickAPointForgetAndCheckAgainstARetrain(FxRobot robot) {
        verifyThat("#picture-placeholder", NodeMatchers.isVisible());
        trainQKMeans(robot);

        ChartViewer chart = robot.lookup("#cluster-chart").query();
        XYPlot plot = chart.getChart().getXYPlot();
        assertEquals(3, plot.getDataset(ClusterChart.ROWS).getSeriesCount(), "one series per cluster");
        assertEquals(3, plot.getDataset(ClusterChart.CENTROIDS).getItemCount(0), "one diamond per centroid");
        verifyThat("#model-title", LabeledMatchers.hasText(model.chain().modelTitleProperty().get()));

        int row = loneRow();
        robot.clickOn(onScreen(robot, row), MouseButton.PRIMARY);

        assertEquals(RowSelection.of(row), model.picks().pickedProperty().get());
        verifyThat("#pick-summary", LabeledMatchers.hasText("1 row picked"));
        verifyThat("#plan-headline", LabeledMatchers.hasText(model.planner().planProperty().get().headline()));
        assertEquals(1, plot.getDataset(ClusterChart.PICKED).getItemCount(1), "the picked row is ringed");
        verifyThat("#forget", LabeledMatchers.hasText("Forget 1 row"));

        robot.clickOn("#forget");

        assertFalse(model.chain().currentProperty().get().holds(row));
        verifyThat("#report-headline", LabeledMatchers.hasText("Last request: Forgot row " + row));
        String time = robot.lookup("#report-time").queryLabeled().getText();
        assertTrue(time.matches("\\d+(\\.\\d+)? (µs|ms|s)"), time);
        assertEquals(2, robot.lookup("#history").queryListView().getItems().size());
        ChartViewer after = robot.lookup("#cluster-chart").query();
        assertEquals(1, after.getChart().getXYPlot().getDataset(ClusterChart.BEFORE).getSeriesCount(),
                "the centroids before the request are drawn");

        robot.clickOn("#verify");

        Labeled verdict = robot.lookup("#verification").queryLabeled();
        verifyThat(verdict, NodeMatchers.isVisible());
        assertTrue(verdict.getText().startsWith("✓ Identical to a retrain from scratch (retrain took"), verdict.getText());
        assertTrue(robot.lookup("#verify").queryButton().isDisabled(), "checked once is enough");
    }

    @Test
    void dragARectangleThenTypeIdsThenTickARow(FxRobot robot) {
        trainQKMeans(robot);
        ChartViewer chart = robot.lookup("#cluster-chart").query();
        javafx.geometry.Bounds area = chart.localToScreen(chart.getBoundsInLocal());
        Point2D from = new Point2D(area.getMinX() + area.getWidth() * 0.2, area.getMinY() + area.getHeight() * 0.15);
        Point2D to = new Point2D(area.getMinX() + area.getWidth() * 0.5, area.getMinY() + area.getHeight() * 0.6);

        robot.drag(from, MouseButton.PRIMARY).dropTo(to);

        int dragged = model.picks().pickedProperty().get().size();
        assertTrue(dragged > 1, "a rectangle over a good part of the picture picks several rows: " + dragged);

        robot.clickOn("#pick-ids").push(KeyCode.CONTROL, KeyCode.A).write("12, 40-42")
                .type(KeyCode.ENTER);
        assertEquals(RowSelection.of(12, 40, 41, 42), model.picks().pickedProperty().get());

        robot.clickOn("#only-picked");
        TableView<?> rows = robot.lookup("#row-table").queryTableView();
        assertEquals(4, rows.getItems().size());
        robot.clickOn(tickBoxOf(robot, 12));
        assertEquals(RowSelection.of(40, 41, 42), model.picks().pickedProperty().get(), "unticking row 12 unpicks it");

        robot.clickOn("#cluster-chart").type(KeyCode.ESCAPE);
        assertTrue(model.picks().pickedProperty().get().isEmpty(), "Esc on the picture clears the pick");
    }

    /** The check box on the table row whose "Row" cell holds the id. */
    private static CheckBox tickBoxOf(FxRobot robot, int rowId) {
        Node row = RobotLookups.tableRowWith(robot, "#row-table", ".number-column", Integer.toString(rowId));
        return (CheckBox) ((Labeled) robot.from(row).lookup(".pick-cell").query()).getGraphic();
    }

    @Test
    void aRefusedOptionIsShownAtOnceAndTrainWaits(FxRobot robot) {
        robot.clickOn("#option-epsilon").push(KeyCode.CONTROL, KeyCode.A).write("0");

        verifyThat("#options-problem", LabeledMatchers.hasText("epsilon (the grid width) must be more than 0, not 0.0"));
        assertTrue(robot.lookup("#train").queryButton().isDisabled());
        robot.clickOn("#family-dckmeans");
        verifyThat("#option-leaves", NodeMatchers.isVisible());
        verifyThat("#option-epsilon", NodeMatchers.isInvisible());
        assertFalse(robot.lookup("#train").queryButton().isDisabled(), "ε is not a DC-k-means option");
    }
}
