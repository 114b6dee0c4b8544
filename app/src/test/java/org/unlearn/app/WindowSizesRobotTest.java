package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The forget view at a laptop's size and at a 4K screen's, and back: with a model trained, forgotten from
 * and checked, every key control lies whole inside the window (scrolled to, where it sits in a scrolled
 * column) and no label or button has had its text cut to "…".
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizesRobotTest extends WindowRobotTest {
    private static final double[][] SIZES = {{1024, 700}, {1320, 860}, {1920, 1080}, {1024, 700}, {2560, 1440}};
    private static final String[] KEY_CONTROLS = {
        "#train", "#forget", "#verify", "#family-qkmeans", "#family-sisa", "#cluster-picture", "#verification"
    };

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = TestWindows.show(stage, Optional::empty);
    }

    @Test
    void qkmeansHoldsFromALaptopToA4kScreen(FxRobot robot) throws Exception {
        trainForgetAndCheck(robot, "#family-qkmeans");
        throughEverySize(robot, false);
        javafx.scene.control.SplitPane columns = robot.lookup(".data-split").query();
        robot.interact(() -> columns.setDividerPosition(0, 0.3));
        assertEquals(
                0.3,
                window.settings().dividers("forget").orElseThrow()[0],
                0.01,
                "a moved divider is remembered in the settings");
    }

    @Test
    void sisaAndItsShardMapHoldFromALaptopToA4kScreen(FxRobot robot) throws Exception {
        trainForgetAndCheck(robot, "#family-sisa");
        throughEverySize(robot, true);
        robot.clickOn("#shard-help-link");
        WaitForAsyncUtils.waitForFxEvents();
        Node help = robot.lookup("#shard-help").query();
        assertTrue(
                help.isVisible()
                        && ((javafx.scene.control.Label) help).getText().startsWith("SISA deals the rows"),
                "the link opens the explanation");
    }

    @Test
    void theForgetRequestStaysWholeBesideALessonAtALaptopSize(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            window.classroom().showPanel();
        });
        robot.interact(() -> robot.lookup("#lesson-open-3").queryButton().fire());
        TestWindows.waitUntilIdle(window);
        robot.interact(() -> robot.lookup("#train").queryButton().fire());
        TestWindows.waitUntilIdle(window);
        assertNotNull(window.forget().chain().currentProperty().get(), "the lesson's model is trained");
        robot.clickOn("#pick-ids").write("3, 40-44").type(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        TestWindows.waitUntilIdle(window);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        TestWindows.waitUntilIdle(window);
        String where = "1024×700 beside a lesson: ";
        assertTrue(robot.lookup("#lesson-panel").query().isVisible(), where + "the lesson panel is open");
        String[] controls = {
            "#train",
            "#pick-ids",
            "#pick-typed",
            "#clear-picks",
            "#forget",
            "#verify",
            "#verification",
            "#lesson-back",
            "#lesson-next",
            "#lesson-restart"
        };
        List<Node> nodes = new ArrayList<>();
        for (String id : controls) {
            nodes.add(robot.lookup(id).query());
        }
        scrollToEachAndMeasure(robot, where, nodes);
        for (Node control : nodes) {
            assertNoTextCut(where, control);
        }
        assertNoTextCut(where, robot.lookup("#lesson-panel").query());
    }

    private void trainForgetAndCheck(FxRobot robot, String family) throws TimeoutException {
        robot.clickOn("#sample-penguins-csv");
        TestWindows.waitUntilIdle(window);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn(family);
        robot.clickOn("#train");
        TestWindows.waitUntilIdle(window);
        assertNotNull(window.forget().chain().currentProperty().get(), "a model is trained");
        robot.clickOn("#pick-ids").write("3, 40-44").type(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        TestWindows.waitUntilIdle(window);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        TestWindows.waitUntilIdle(window);
        assertNotNull(window.forget().chain().verificationProperty().get(), "the check has run");
    }

    private void throughEverySize(FxRobot robot, boolean shards) {
        for (double[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String where = (int) size[0] + "×" + (int) size[1] + ": ";
            Scene scene = stage.getScene();
            assertTrue(Math.abs(scene.getWidth() - size[0]) < 40, where + "the scene is " + scene.getWidth() + " wide");
            List<Node> controls = new ArrayList<>();
            for (String id : KEY_CONTROLS) {
                controls.add(robot.lookup(id).query());
            }
            if (shards) {
                controls.addAll(robot.lookup(".shard-cell").queryAll().stream()
                        .filter(n -> n.getId() != null && n.getId().startsWith("shard-cell-"))
                        .toList());
                assertTrue(controls.size() > KEY_CONTROLS.length, where + "the shard map has cells");
            }
            // The newest result is scrolled into view by the window itself, before any scrolling here.
            assertWhole(where, robot.lookup("#verification").query());
            scrollToEachAndMeasure(robot, where, controls);
            assertNoTextCut(where, scene.getRoot());
        }
    }

    /**
     * Scrolls to each control and measures it in one go on the FX thread: {@link #scrollTo} lays the scrolled
     * panes out itself, so the bounds are final without waiting for a pulse after every control.
     */
    private static void scrollToEachAndMeasure(FxRobot robot, String where, List<Node> controls) {
        List<AssertionError> failures = new ArrayList<>();
        robot.interact(() -> {
            for (Node control : controls) {
                scrollTo(control);
                try {
                    assertWhole(where, control);
                } catch (AssertionError e) {
                    failures.add(e);
                }
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** What a user would do to see a control in a scrolled column: scroll until it shows. */
    private static void scrollTo(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double free = scroll.getContent().getLayoutBounds().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (free > 0) {
                    double top = Math.max(0, Math.min(free, inContent.getMinY() - 4));
                    scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * top / free);
                }
                scroll.layout();
            }
        }
    }

    /** The node shows whole: inside the window, and inside every clip of the panes that hold it. */
    private static void assertWhole(String where, Node node) {
        assertTrue(node.isVisible() && node.getScene() != null, where + node.getId() + " is shown");
        Bounds b = node.localToScene(node.getLayoutBounds());
        String name = node.getId() + " at " + bounds(b);
        assertTrue(b.getWidth() >= 1 && b.getHeight() >= 1, where + name + " has a size");
        Scene scene = node.getScene();
        assertTrue(
                inside(b, 0, 0, scene.getWidth(), scene.getHeight()),
                where + name + " lies inside the window " + scene.getWidth() + "×" + scene.getHeight());
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null) {
                Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
                assertTrue(
                        inside(b, clip.getMinX(), clip.getMinY(), clip.getMaxX(), clip.getMaxY()),
                        where + name + " is cut by " + p.getClass().getSimpleName() + " showing " + bounds(clip));
            }
        }
    }

    private static boolean inside(Bounds b, double minX, double minY, double maxX, double maxY) {
        double slack = 1.5;
        return b.getMinX() >= minX - slack
                && b.getMinY() >= minY - slack
                && b.getMaxX() <= maxX + slack
                && b.getMaxY() <= maxY + slack;
    }

    private static String bounds(Bounds b) {
        return String.format("[%.0f,%.0f %.0f×%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** A shown label or button whose text the skin cut ends in "…" and is narrower than it wants to be. */
    private static void assertNoTextCut(String where, Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isEmpty()
                && !labeled.isWrapText()) {
            Node text = labeled.lookup(".text");
            String shown = text instanceof javafx.scene.text.Text t ? t.getText() : labeled.getText();
            // A line that elides on purpose leads its tooltip with its whole text (the status bar's facts).
            boolean told = labeled.getTooltip() != null
                    && labeled.getTooltip().getText().startsWith(labeled.getText());
            boolean cut = shown.endsWith("…") && !labeled.getText().endsWith("…") && !told;
            assertTrue(
                    !cut,
                    where + "the text of " + describe(labeled) + " is cut to \"" + shown + "\" (width "
                            + labeled.getWidth() + ", wants " + labeled.prefWidth(-1) + ")");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                assertNoTextCut(where, child);
            }
        }
    }

    private static String describe(Labeled l) {
        return l.getClass().getSimpleName() + (l.getId() == null ? "" : " #" + l.getId()) + " \"" + l.getText() + "\"";
    }
}
