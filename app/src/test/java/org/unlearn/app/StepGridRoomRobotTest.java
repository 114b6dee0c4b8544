package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A SISA request's step-through docked at a laptop's 1024x700 (also dragged to its least height) and at 1366x768:
 * at every step the grid's marked cells (the shards the step is about) and the step's figures are in sight, not
 * scrolled out of the picture's room: ten shards of cells did not fit, and the lowest were cut (at 700 px high in
 * the screenshot run, three of them, the retrained one among them); the figures under the grid fell below it.
 */
@ExtendWith(ApplicationExtension.class)
class StepGridRoomRobotTest extends WindowRobotTest {
    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = TestWindows.show(stage, Optional::empty);
    }

    @Test
    void everyMarkedCellOfEveryStepIsInSightAtLaptopSizes(FxRobot robot) throws Exception {
        size(robot, 1024, 700);
        trainSisaOnPenguins(robot);
        // Rows 7, 40 and 5 lie in shards 7, 8 and 9 of ten; a row of the last shard too, which sat lowest.
        int last = lastShardRow();
        robot.interact(() -> {
            window.forget().picks().pickTextProperty().set("5, 40, 7, " + last);
            window.forget().picks().pickTyped();
            window.forget().forget();
        });
        TestWindows.waitUntilIdle(window);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertTrue(robot.lookup("#step-through").query().isVisible(), "the step-through is open");
        allStepsInSight(robot, "1024x700");
        javafx.scene.control.SplitPane body =
                robot.lookup(".forget-body").queryAs(javafx.scene.control.SplitPane.class);
        double docked = body.getDividerPositions()[0];
        robot.interact(() -> {
            while (window.steps().canBackProperty().get()) {
                window.steps().back();
            }
            // The panel dragged down to its least height, as a user may.
            robot.lookup(".forget-body")
                    .queryAs(javafx.scene.control.SplitPane.class)
                    .setDividerPosition(0, 1);
        });
        allStepsInSight(robot, "1024x700, the panel at its least height");

        robot.interact(() -> {
            while (window.steps().canBackProperty().get()) {
                window.steps().back();
            }
            body.setDividerPosition(0, docked);
        });
        size(robot, 1366, 768);
        allStepsInSight(robot, "1366x768");
    }

    /** A row the model trained on and keyed into the last of its ten shards (the window's default seed, 42). */
    private int lastShardRow() {
        var shards = new org.unlearn.model.sisa.KeyedSharding().assign(null, 10, 42);
        var state = window.forget().chain().currentProperty().get();
        for (int id = 1; ; id++) {
            if (shards.shardOf(id) == 9 && state.holds(id)) {
                return id;
            }
        }
    }

    private void allStepsInSight(FxRobot robot, String where) {
        boolean leastHeight = where.contains("least height");
        int grids = 0;
        while (true) {
            WaitForAsyncUtils.waitForFxEvents(3);
            String step = window.steps().positionProperty().get();
            Set<Node> cells = robot.lookup("#step-grid .step-cell").queryAll();
            long marked = 0;
            for (Node cell : cells) {
                if (cell.getStyleClass().stream().anyMatch(c -> c.startsWith("mark-"))) {
                    marked++;
                    TeachingLayoutRobotTest.assertInSight(cell, where + ", " + step + ": a marked cell of the grid");
                }
            }
            if (!cells.isEmpty()) {
                grids++;
                assertTrue(marked > 0, where + ", " + step + ": the grid marks something");
                // At the panel's least height the line may lose a pixel or two; the cells may not.
                for (Node folded : leastHeight
                        ? Set.<Node>of()
                        : robot.lookup("#step-grid-folded").queryAll()) {
                    TeachingLayoutRobotTest.assertInSight(
                            folded, where + ", " + step + ": the line naming the untouched shards");
                }
            }
            for (Node figure : robot.lookup("#step-picture .step-figure").queryAll()) {
                TeachingLayoutRobotTest.assertInSight(figure, where + ", " + step + ": a figure of the step");
                javafx.scene.control.Labeled words = (javafx.scene.control.Labeled) figure;
                javafx.scene.text.Text shown = (javafx.scene.text.Text) words.lookup(".text");
                assertEquals(
                        words.getText().replace("\n", " "),
                        shown.getText().replace("\n", " "),
                        where + ", " + step + ": a figure's words are cut");
            }
            TeachingLayoutRobotTest.assertInSight(robot.lookup("#step-next").query(), where + ", " + step + ": Next");
            if (!window.steps().canNextProperty().get()) {
                break;
            }
            robot.interact(() -> window.steps().next());
        }
        assertFalse(grids == 0, where + ": some step draws the shards × slices grid");
    }

    private void size(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents(3);
    }
}
