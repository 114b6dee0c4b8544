package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.model.verify.QualityWords;

/**
 * The forget view at a laptop's 1024x700, without the lessons: the plane keeps a size to point at, with and
 * without a request's step-through docked under the columns; the shard map beside the docked steps shows
 * several rows of shards; the header names the quality as the certificates do. One window for all of it.
 */
@ExtendWith(ApplicationExtension.class)
class ForgetRoomRobotTest extends WindowRobotTest {
    /** The least the plane's points get at 1024x700: before, the note and the hint left them about 157x74. */
    private static final double PLANE_WIDTH = 190;

    private static final double PLANE_HEIGHT = 135;
    /**
     * Rows of cells the map shows beside the docked steps (it showed about one). Two: the step grid under the
     * columns now draws every shard the request touched, so the map beside it gives room to the request.
     */
    private static final int SHARD_ROWS = 2;
    /** The forget request's scrolling part beside the docked steps: its plan's first lines (it had about 40 px). */
    private static final double REQUEST_HEIGHT = 65;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = TestWindows.show(stage, Optional::empty);
    }

    @Test
    void at1024x700ThePlaneAndTheShardMapKeepTheirRoomAndTheQualityIsNamedAsCertificatesNameIt(FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        robot.interact(() -> robot.lookup("#sample-penguins-csv").queryButton().fire());
        TestWindows.waitUntilIdle(window);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        train(robot, "#family-kmeans");
        String facts = robot.lookup("#model-facts").queryAs(Label.class).getText();
        assertTrue(facts.contains(QualityWords.of("kmeans_loss") + " "), facts);
        assertEquals("k-means loss", QualityWords.of("kmeans_loss"));
        assertFalse(facts.contains("kmeans"), facts);
        Node pictureTitle = robot.lookup(".section-title")
                .match(n -> "Rows on the data view's plane".equals(((Label) n).getText()))
                .query();
        TeachingLayoutRobotTest.assertInSight(
                pictureTitle, "1024x700, k-means (its centroids' check box under the plane): the picture's title");

        train(robot, "#family-sisa");
        planeHasRoom(robot, "1024x700, trained");
        for (Node header : robot.lookup("#row-table .column-header .label").queryAll()) {
            Label words = (Label) header;
            if (words.isVisible() && !words.getText().isEmpty()) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) words.lookup(".text");
                assertEquals(words.getText(), shown.getText(), "1024x700: a column header of the rows is cut");
            }
        }
        robot.interact(() -> {
            window.forget().picks().pickTextProperty().set("3, 40-44");
            window.forget().picks().pickTyped();
            window.forget().forget();
        });
        TestWindows.waitUntilIdle(window);
        planeHasRoom(robot, "1024x700, after a forget");
        Node pickIds = robot.lookup("#pick-ids").query();
        TeachingLayoutRobotTest.assertInSight(pickIds, "1024x700, after a forget: the ids field");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#step-through").query().isVisible(), "the step-through is open");
        WaitForAsyncUtils.waitForFxEvents(3);
        planeHasRoom(robot, "1024x700, steps docked");
        Bounds grid = TeachingLayoutRobotTest.shown(robot.lookup("#shard-grid").query());
        double row = 22 + 3;
        assertTrue(
                grid.getHeight() >= SHARD_ROWS * row && grid.getWidth() >= 250,
                "1024x700, steps docked: the shard map shows " + TeachingLayoutRobotTest.describe(grid));
        javafx.scene.control.ScrollPane request =
                scrollAround(robot.lookup("#plan").query());
        assertTrue(
                request.getViewportBounds().getHeight() >= REQUEST_HEIGHT,
                "1024x700, steps docked: the forget request's scrolling part is "
                        + request.getViewportBounds().getHeight() + " px high");
        for (String id : new String[] {"#step-next", "#step-leave", "#train", "#pick-ids"}) {
            TeachingLayoutRobotTest.assertInSight(robot.lookup(id).query(), "1024x700, steps docked: " + id);
        }
        robot.interact(() -> {
            window.forget().picks().pickTextProperty().set("60-62");
            window.forget().picks().pickTyped();
        });
        TestWindows.waitUntilIdle(window);
        WaitForAsyncUtils.waitForFxEvents(3);
        TeachingLayoutRobotTest.assertInSight(
                robot.lookup("#forget").query(), "1024x700, steps docked, rows picked after a request: Forget");
        Labeled caption = robot.lookup("#shard-caption").query();
        assertTrue(
                caption.getTooltip() != null && caption.getTooltip().getText().equals(caption.getText()),
                "the caption, if cut, is whole in its tooltip");
    }

    private void train(FxRobot robot, String family) throws Exception {
        robot.interact(() -> robot.lookup(family)
                .queryAs(javafx.scene.control.RadioButton.class)
                .fire());
        robot.interact(() -> robot.lookup("#train").queryButton().fire());
        TestWindows.waitUntilIdle(window);
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private static void planeHasRoom(FxRobot robot, String where) {
        Bounds plane = TeachingLayoutRobotTest.shown(
                robot.lookup(".forget-view #plane-area").query());
        assertTrue(
                plane.getWidth() >= PLANE_WIDTH && plane.getHeight() >= PLANE_HEIGHT,
                where + ": the plane shows " + TeachingLayoutRobotTest.describe(plane));
        Labeled note = robot.lookup(".forget-view #plane-note").query();
        assertTrue(
                note.getTooltip() != null && note.getTooltip().getText().startsWith(note.getText()),
                where + ": the plane's note, if cut, is whole in its tooltip");
    }

    private static javafx.scene.control.ScrollPane scrollAround(Node node) {
        Node up = node;
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        return (javafx.scene.control.ScrollPane) up;
    }
}
