package org.unlearn.views.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.testfx.api.FxAssert.verifyThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
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
import org.unlearn.model.data.ColumnRole;
import org.unlearn.views.RobotLookups;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;

@ExtendWith(ApplicationExtension.class)
class DataViewRobotTest {
    private final ImmediateWork work = new ImmediateWork();
    private DataViewModel model;

    @Start
    void start(Stage stage) {
        model = new DataViewModel(work);
        model.open(new OpenRequest(TestFiles.sample("penguins.csv"), "species"));
        stage.setScene(Styles.apply(new Scene(new DataView(model), 1280, 800)));
        stage.show();
    }

    @Test
    void showsTheHeaderColumnsRowsAndAScatterWithExplainedVarianceOnItsAxes(FxRobot robot) {
        verifyThat("#data-title", LabeledMatchers.hasText("penguins.csv"));
        verifyThat("#data-details", LabeledMatchers.hasText("344 rows × 8 columns · comma-separated, double quotes"));
        TableView<?> columns = robot.lookup("#columns-table").queryTableView();
        assertEquals(8, columns.getItems().size());
        Node flipper = robot.lookup("#columns-table").lookup("flipper_length_mm").query();
        verifyThat(flipper, NodeMatchers.isVisible());
        TableView<?> rows = robot.lookup("#preview-table").queryTableView();
        assertEquals(200, rows.getItems().size());
        assertEquals(9, rows.getColumns().size(), "row id and eight columns");
        ChartViewer chart = robot.lookup("#scatter-chart").query();
        XYPlot plot = chart.getChart().getXYPlot();
        assertEquals(3, plot.getDataset().getSeriesCount());
        assertEquals(model.scatterProperty().get().xLabel(), plot.getDomainAxis().getLabel());
        verifyThat(chart, NodeMatchers.isVisible());
        Node gentoo = robot.lookup("#class-counts").lookup("Gentoo").query();
        verifyThat(gentoo, NodeMatchers.isVisible());
    }

    @Test
    void pickingARoleInTheTableReEncodes(FxRobot robot) {
        ComboBox<ColumnRole> island = RobotLookups.rolePickerOf(robot, "island");
        robot.clickOn(island);
        robot.clickOn(RobotLookups.popupItem(robot, "label"));

        assertEquals(ColumnRole.LABEL, model.columns().get(1).role(), () -> work.titles() + " " + work.outcomes());
        assertNotNull(robot.lookup("#class-counts").lookup("Torgersen").query());
        assertEquals(ColumnRole.FEATURE, RobotLookups.rolePickerOf(robot, "species").getValue());
        assertEquals(List.of(), work.refusals());
    }

    @Test
    void aRefusedPickShowsTheKeptRoleAgain(FxRobot robot) {
        for (String column : List.of("island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "sex")) {
            robot.interact(() -> model.changeRole(column, ColumnRole.IGNORED));
        }
        work.runLater();
        ComboBox<ColumnRole> year = RobotLookups.rolePickerOf(robot, "year");
        robot.clickOn(year);
        robot.clickOn(RobotLookups.popupItem(robot, "ignored"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, work.refusals().size());
        assertEquals(ColumnRole.FEATURE, RobotLookups.rolePickerOf(robot, "year").getValue());
    }
}
