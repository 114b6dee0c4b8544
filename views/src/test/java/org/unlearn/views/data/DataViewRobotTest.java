package org.unlearn.views.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.matcher.control.ComboBoxMatchers;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.model.data.ColumnRole;
import org.unlearn.views.RobotLookups;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneView;
import org.unlearn.views.plane.PlaneViewModel;
import org.unlearn.views.plane.PlaneViewport;

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
        Node flipper =
                robot.lookup("#columns-table").lookup("flipper_length_mm").query();
        verifyThat(flipper, NodeMatchers.isVisible());
        TableView<?> rows = robot.lookup("#preview-table").queryTableView();
        assertEquals(200, rows.getItems().size());
        assertEquals(9, rows.getColumns().size(), "row id and eight columns");
        verifyThat("#scatter #plane-canvas", NodeMatchers.isVisible());
        verifyThat("#plane-colour-by", ComboBoxMatchers.hasSelectedItem("class"));
        verifyThat("#plane-legend-title", LabeledMatchers.hasText("Colour: class"));
        List<String> legend = robot.lookup(".plane-legend-entry").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
        assertEquals(List.of("Adelie · 152 rows", "Chinstrap · 68 rows", "Gentoo · 124 rows"), legend);
        verifyThat("#plane-note", LabeledMatchers.hasText("all 344 rows"));
        Node gentoo = robot.lookup("#class-counts").lookup("Gentoo").query();
        verifyThat(gentoo, NodeMatchers.isVisible());
    }

    @Test
    void hoveringAPointShowsItsRowAndTheWheelZoomsAroundTheCursorAndHomeResets(FxRobot robot) {
        PlaneView plane = robot.lookup("#scatter").query();
        PlaneViewModel picture = model.picture();
        PlaneContent content = picture.contentProperty().get();
        int row = 1;
        Point2D at = WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> plane.screenPointOf(content.positionOf(row))));

        robot.moveTo(at);

        verifyThat("#plane-hover", NodeMatchers.isVisible());
        String card = robot.lookup("#plane-hover").queryLabeled().getText();
        assertTrue(card.startsWith("row ") && card.contains("\nclass: ") && card.contains("\nspecies: "), card);
        PlaneViewport before = picture.viewportProperty().get();

        // One notch of the wheel away from the user, as the desktop's glass reports it (Monocle's wheel is not to
        // scale).
        Node overlay = robot.lookup("#scatter #plane-overlay").query();
        Point2D scene = overlay.localToScene(overlay.screenToLocal(at));
        robot.interact(() -> overlay.fireEvent(new ScrollEvent(
                ScrollEvent.SCROLL,
                scene.getX(),
                scene.getY(),
                at.getX(),
                at.getY(),
                false,
                false,
                false,
                false,
                false,
                false,
                0,
                40,
                0,
                40,
                ScrollEvent.HorizontalTextScrollUnits.NONE,
                0,
                ScrollEvent.VerticalTextScrollUnits.NONE,
                0,
                0,
                null)));

        PlaneViewport zoomed = picture.viewportProperty().get();
        assertTrue(
                zoomed.maxX() - zoomed.minX() < before.maxX() - before.minX(),
                "the wheel zooms in: " + zoomed + " from " + before);
        Point2D local = plane.canvas().screenToLocal(at);
        assertEquals(
                before.dataX(local.getX()),
                zoomed.dataX(local.getX()),
                1e-6 * (before.maxX() - before.minX()),
                "around the cursor: the point under it stays under it");
        robot.clickOn(MouseButton.SECONDARY).type(KeyCode.HOME);
        assertEquals(before, picture.viewportProperty().get(), "Home shows the whole plane again");
    }

    @Test
    void pickingARoleInTheTableReEncodes(FxRobot robot) {
        ComboBox<ColumnRole> island = RobotLookups.rolePickerOf(robot, "island");
        robot.clickOn(island);
        robot.clickOn(RobotLookups.popupItem(robot, "label"));

        assertEquals(ColumnRole.LABEL, model.columns().get(1).role(), () -> work.titles() + " " + work.outcomes());
        assertNotNull(robot.lookup("#class-counts").lookup("Torgersen").query());
        // The table redraws its rows in a later pulse: under load the species row may still show its old role.
        assertEquals(ColumnRole.FEATURE, shownRole(robot, "species", ColumnRole.FEATURE));
        assertEquals(List.of(), work.refusals());
    }

    /** The role a column's picker shows once it shows {@code awaited}, or what it shows after ten seconds. */
    private static ColumnRole shownRole(FxRobot robot, String column, ColumnRole awaited) {
        try {
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> RobotLookups.rolePickerOf(robot, column).getValue() == awaited);
        } catch (TimeoutException e) {
            // the caller's assertion names the role shown instead
        }
        return RobotLookups.rolePickerOf(robot, column).getValue();
    }

    @Test
    void aRefusedPickShowsTheKeptRoleAgain(FxRobot robot) {
        for (String column :
                List.of("island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "sex")) {
            robot.interact(() -> model.changeRole(column, ColumnRole.IGNORED));
        }
        work.runLater();
        ComboBox<ColumnRole> year = RobotLookups.rolePickerOf(robot, "year");
        robot.clickOn(year);
        robot.clickOn(RobotLookups.popupItem(robot, "ignored"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, work.refusals().size());
        assertEquals(
                ColumnRole.FEATURE, RobotLookups.rolePickerOf(robot, "year").getValue());
    }
}
