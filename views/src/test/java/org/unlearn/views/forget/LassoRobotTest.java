package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneView;
import org.unlearn.views.plane.PlaneViewport;
import org.unlearn.views.plane.SelectionTool;

/** The lasso under the robot, on penguins: loop around rows, see the plan, forget them, see their ghosts. */
@ExtendWith(ApplicationExtension.class)
class LassoRobotTest {
    /** Rows this close to the loop's line, in pixels, may fall either side of it: the robot's path is made of steps. */
    private static final double EDGE = 3;

    private final ImmediateWork work = new ImmediateWork();
    private ForgetViewModel model;

    @Start
    void start(Stage stage) {
        DataViewModel data = new DataViewModel(work);
        data.open(new OpenRequest(TestFiles.sample("penguins.csv"), "species"));
        model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        stage.setScene(Styles.apply(new Scene(new ForgetView(model), 1280, 800)));
        stage.show();
    }

    @Test
    void aLassoPicksTheRowsInsideItsLoopAndForgettingThemLeavesGhosts(FxRobot robot) {
        robot.clickOn("#family-qkmeans");
        robot.clickOn("#train");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.chain().currentProperty().get(), () -> "no model: " + work.outcomes());
        PlaneView plane = robot.lookup("#cluster-picture").query();
        PlaneViewport v = model.picture().plane().viewportProperty().get();
        PlaneContent picture = model.picture().pictureProperty().get();
        // A five-sided loop over the left of the picture, in the canvas' pixels.
        double[][] loop = {{0.05, 0.1}, {0.45, 0.05}, {0.55, 0.5}, {0.35, 0.95}, {0.08, 0.7}};
        double[] px = Arrays.stream(loop)
                .mapToDouble(p -> v.left() + p[0] * v.width())
                .toArray();
        double[] py = Arrays.stream(loop)
                .mapToDouble(p -> v.top() + p[1] * v.height())
                .toArray();

        robot.drag(plane.screenPointOfPixel(px[0], py[0]), MouseButton.PRIMARY);
        for (int i = 1; i < px.length; i++) {
            robot.moveTo(plane.screenPointOfPixel(px[i], py[i]));
        }
        robot.moveTo(plane.screenPointOfPixel(px[0], py[0])).drop();

        int[] picked = model.picks().pickedProperty().get().ids();
        Path2D.Double path = path(px, py);
        int surelyInside = 0;
        for (int p = 0; p < picture.size(); p++) {
            double x = v.screenX(picture.x(p));
            double y = v.screenY(picture.y(p));
            if (distanceToLoop(px, py, x, y) > EDGE) {
                boolean in = path.contains(x, y);
                surelyInside += in ? 1 : 0;
                assertEquals(
                        in,
                        Arrays.binarySearch(picked, picture.rowId(p)) >= 0,
                        "row " + picture.rowId(p) + (in ? " is inside the loop" : " is outside the loop"));
            }
        }
        assertTrue(surelyInside > 20, "the loop holds a good share of the rows: " + surelyInside);
        verifyThat("#pick-summary", LabeledMatchers.hasText(picked.length + " rows picked"));
        assertNotNull(model.planner().planProperty().get(), "the plan shows before anything runs");
        verifyThat(
                "#plan-headline",
                LabeledMatchers.hasText(model.planner().planProperty().get().headline()));

        // The plane's tool keys must leave the window's shortcuts alone: Ctrl+R is the check, not the rectangle.
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SelectionTool.LASSO, model.picture().plane().toolProperty().get(), "Ctrl+R changed the tool");
        robot.press(KeyCode.R).release(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                SelectionTool.RECTANGLE, model.picture().plane().toolProperty().get(), "R picks the rectangle");

        robot.clickOn("#forget");
        WaitForAsyncUtils.waitForFxEvents();

        PlaneContent after = model.picture().pictureProperty().get();
        assertEquals(picked.length, after.ghostCount(), "every forgotten row stays as a ghost");
        for (int id : picked) {
            assertTrue(after.isGhost(after.positionOf(id)), "row " + id + " is a ghost");
        }
        List<String> legend =
                robot.lookup("#cluster-picture").lookup(".plane-legend-entry").queryAllAs(Labeled.class).stream()
                        .map(Labeled::getText)
                        .toList();
        assertTrue(legend.contains("forgotten · " + picked.length + " rows (ghost outlines)"), legend.toString());
        verifyThat(
                "#plane-note",
                LabeledMatchers.hasText((344 - picked.length) + " of 344 rows held; " + picked.length
                        + " forgotten, drawn as ghost outlines"));

        int ghost = after.positionOf(picked[0]);
        Point2D at = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> plane.screenPointOf(ghost)));
        robot.moveTo(at);
        verifyThat("#cluster-picture #plane-hover", NodeMatchers.isVisible());
        String card =
                robot.lookup("#cluster-picture #plane-hover").queryLabeled().getText();
        assertTrue(
                card.contains(" · forgotten") && !card.contains("species: "),
                "the ghost shows none of its values: " + card);
    }

    private static Path2D.Double path(double[] px, double[] py) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(px[0], py[0]);
        for (int i = 1; i < px.length; i++) {
            path.lineTo(px[i], py[i]);
        }
        path.closePath();
        return path;
    }

    private static double distanceToLoop(double[] px, double[] py, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < px.length; i++) {
            int j = (i + 1) % px.length;
            best = Math.min(best, Line2D.ptSegDist(px[i], py[i], px[j], py[j], x, y));
        }
        return best;
    }
}
