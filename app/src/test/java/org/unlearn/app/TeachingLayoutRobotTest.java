package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The forget view as a class sees it: beside the lesson panel, with a request's step-through docked under it,
 * at a projector's 1400x900 and a laptop's 1024x700. The plane keeps a size to point at and every panel shows
 * its controls; what is measured is what shows (a node's part inside every clip that holds it).
 */
@ExtendWith(ApplicationExtension.class)
class TeachingLayoutRobotTest extends WindowRobotTest {

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = TestWindows.show(stage, Optional::empty);
    }

    @Test
    void theStepsDockedBesideTheLessonsLeaveThePlaneItsRoomAt1400x900(FxRobot robot) throws Exception {
        size(robot, 1400, 900);
        forgetAndStepThrough(robot);
        Bounds plane = shown(robot.lookup(".forget-view #plane-area").query());
        String where = "1400x900, lessons and steps: the plane shows " + describe(plane);
        assertTrue(plane.getWidth() >= 250, where);
        assertTrue(plane.getHeight() >= 150, where);
        everyPanelUsable(robot, "1400x900");
        assertWhole(robot, "1400x900", "#train");
    }

    @Test
    void theStepsDockedBesideTheLessonsLeaveEveryPanelUsableAt1024x700(FxRobot robot) throws Exception {
        size(robot, 1024, 700);
        forgetAndStepThrough(robot);
        Bounds plane = shown(robot.lookup(".forget-view #plane-area").query());
        String where = "1024x700, lessons and steps: the plane shows " + describe(plane);
        assertTrue(plane.getWidth() >= 200, where);
        assertTrue(plane.getHeight() >= 100, where);
        everyPanelUsable(robot, "1024x700");
    }

    @Test
    void theLessonsOpenedAfterTheStepsStillLeaveThePlaneItsRoomAt1024x700(FxRobot robot) throws Exception {
        size(robot, 1024, 700);
        trainSisaAndForget(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#step-through").query().isVisible(), "the step-through is open");
        robot.interact(() -> window.classroom().showPanel());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds plane = shown(robot.lookup(".forget-view #plane-area").query());
        String where = "1024x700, steps then lessons: the plane shows " + describe(plane);
        assertTrue(plane.getWidth() >= 200, where);
        assertTrue(plane.getHeight() >= 100, where);
    }

    @Test
    void presentationTypeAndHighContrastWrapTheRightColumnsInsteadOfCuttingThem(FxRobot robot) throws Exception {
        size(robot, 1400, 900);
        robot.interact(() -> {
            window.classroom().presentation().scaleProperty().set(1.3);
            window.classroom().presentation().highContrastProperty().set(true);
        });
        trainSisaAndForget(robot);
        robot.interact(() -> window.forget().verify());
        TestWindows.waitUntilIdle(window);
        for (String id : new String[] {"#forget", "#verify", "#verification", "#report"}) {
            Node node = robot.lookup(id).query();
            Bounds b = shown(node);
            Bounds whole = node.localToScene(node.getLayoutBounds());
            assertTrue(
                    b.getWidth() >= whole.getWidth() - 1.5,
                    "presentation x1.3, high contrast: " + id + " shows " + describe(b) + " of " + describe(whole));
        }
        robot.interact(() -> window.classroom().showPanel());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#lesson-open-1", "#forget", "#verify"}) {
            Node node = robot.lookup(id).query();
            Bounds b = shown(node);
            Bounds whole = node.localToScene(node.getLayoutBounds());
            assertTrue(
                    b.getWidth() >= whole.getWidth() - 1.5,
                    "beside the lessons: " + id + " shows " + describe(b) + " of " + describe(whole));
        }
        robot.interact(() -> robot.lookup("#lesson-open-2").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#lesson-back", "#lesson-next", "#lesson-restart"}) {
            javafx.scene.control.Labeled button = robot.lookup(id).query();
            assertTrue(
                    button.getWidth() >= button.prefWidth(-1) - 0.5,
                    "the lesson's " + id + " is " + button.getWidth() + " wide of " + button.prefWidth(-1));
        }
    }

    @Test
    void theShardMapsExplanationLeavesTheRequestAloneAt1024x700(FxRobot robot) throws Exception {
        size(robot, 1024, 700);
        trainSisaAndForget(robot);
        robot.interact(() -> robot.lookup("#shard-help-link")
                .queryAs(javafx.scene.control.Hyperlink.class)
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shard-help").query().isVisible(), "the explanation is open");
        Node title = robot.lookup(".section-title")
                .match(n -> "Shard map".equals(((javafx.scene.control.Label) n).getText()))
                .query();
        Node request = robot.lookup(".section-title")
                .match(n -> "Forget request".equals(((javafx.scene.control.Label) n).getText()))
                .query()
                .getParent();
        Bounds mapTitle = shown(title);
        Bounds requestShown = shown(request);
        assertTrue(
                mapTitle.getMinY() >= requestShown.getMaxY() - 1,
                "the shard map's title " + describe(mapTitle) + " lies under the request " + describe(requestShown));
        assertTrue(mapTitle.getHeight() >= title.getLayoutBounds().getHeight() - 1, "the title shows whole");
    }

    @Test
    void theDatasetChangedLineShowsWholeAndAnEmptyTableFitsTheChosenFamily(FxRobot robot) throws Exception {
        size(robot, 1024, 700);
        robot.interact(() -> robot.lookup("#sample-penguins-csv").queryButton().fire());
        TestWindows.waitUntilIdle(window);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.interact(() -> robot.lookup("#family-sisa")
                .queryAs(javafx.scene.control.RadioButton.class)
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                headers(robot).contains("Predicted") && !headers(robot).contains("Cluster"),
                "before a SISA ensemble is trained its table's columns are " + headers(robot));
        robot.interact(() -> robot.lookup("#train").queryButton().fire());
        TestWindows.waitUntilIdle(window);
        // what a lesson does when its next step uses another dataset
        robot.interact(() -> window.data()
                .open(new org.unlearn.views.common.OpenRequest(
                        org.unlearn.views.TestFiles.sampleFolder().resolve("iris.csv"), "target_name")));
        TestWindows.waitUntilIdle(window);
        robot.interact(window::showForget);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label notice = robot.lookup("#forget-notice").query();
        assertTrue(notice.getText().contains("put away"), "the notice says so: " + notice.getText());
        javafx.scene.text.Text shownText = (javafx.scene.text.Text) notice.lookup(".text");
        assertTrue(
                shownText.getText().equals(notice.getText()),
                "the notice shows whole, not \"" + shownText.getText() + "\"");
        Bounds b = shown(notice);
        assertTrue(b.getHeight() >= notice.getHeight() - 1 && b.getWidth() >= 100, "the notice shows " + describe(b));
    }

    private static java.util.List<String> headers(FxRobot robot) {
        return robot.lookup("#row-table .column-header .label").queryAll().stream()
                .filter(Node::isVisible)
                .map(n -> ((javafx.scene.control.Label) n).getText())
                .toList();
    }

    private void everyPanelUsable(FxRobot robot, String where) {
        for (String id : new String[] {"#step-next", "#step-leave", "#lesson-next"}) {
            assertWhole(robot, where, id);
        }
        Node requestTitle = robot.lookup(".section-title")
                .match(n -> "Forget request".equals(((javafx.scene.control.Label) n).getText()))
                .query();
        Bounds request = shown(requestTitle.getParent());
        assertTrue(
                request.getHeight() >= 120 && request.getWidth() >= 250,
                where + ": the forget request shows " + describe(request));
        Bounds text = shown(robot.lookup("#step-text").query());
        assertTrue(
                text.getHeight() >= 30 && text.getWidth() >= 200, where + ": the step's words show " + describe(text));
        Bounds map = shown(robot.lookup("#shard-grid").query());
        // At least a row of its cells (the docked step draws the whole grid; more is left open in issue 16).
        assertTrue(map.getHeight() >= 15 && map.getWidth() >= 150, where + ": the shard map shows " + describe(map));
    }

    private void forgetAndStepThrough(FxRobot robot) throws Exception {
        // the lesson first: its step may open a dataset of its own
        robot.interact(() -> window.classroom().showPanel());
        robot.interact(() -> robot.lookup("#lesson-open-2").queryButton().fire());
        TestWindows.waitUntilIdle(window);
        robot.interact(window::showStart);
        trainSisaAndForget(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#step-through").query().isVisible(), "the step-through is open");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolled to first, as a user would, where it sits in a scrolled panel (the lesson's words are long). */
    private static void assertWhole(FxRobot robot, String where, String id) {
        Node node = robot.lookup(id).query();
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                robot.interact(() -> org.unlearn.views.common.Nodes.scrollIntoView(scroll, node));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = shown(node);
        Bounds whole = node.localToScene(node.getLayoutBounds());
        assertTrue(
                b.getWidth() >= whole.getWidth() - 1.5 && b.getHeight() >= whole.getHeight() - 1.5,
                where + ": " + id + " shows " + describe(b) + " of " + describe(whole));
    }

    private void trainSisaAndForget(FxRobot robot) throws Exception {
        trainSisaOnPenguins(robot);
        assertNotNull(window.forget().chain().currentProperty().get(), "a model is trained");
        robot.interact(() -> {
            window.forget().picks().pickTextProperty().set("3, 40-44");
            window.forget().picks().pickTyped();
            window.forget().forget();
        });
        TestWindows.waitUntilIdle(window);
    }

    private void size(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Asserts the node shows whole: no part of it clipped by a panel or scrolled out of sight. */
    static void assertInSight(Node node, String what) {
        Bounds shown = shown(node);
        Bounds whole = node.localToScene(node.getLayoutBounds());
        assertTrue(
                shown.getWidth() >= whole.getWidth() - 1.5 && shown.getHeight() >= whole.getHeight() - 1.5,
                what + " shows " + describe(shown) + " of " + describe(whole));
    }

    /** The part of the node that shows: its bounds cut by the window and by every clip of the panes holding it. */
    static Bounds shown(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double minX = Math.max(0, b.getMinX());
        double minY = Math.max(0, b.getMinY());
        double maxX = Math.min(node.getScene().getWidth(), b.getMaxX());
        double maxY = Math.min(node.getScene().getHeight(), b.getMaxY());
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return new BoundingBox(minX, minY, 0, 0);
            }
            if (p.getClip() != null) {
                Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
                minX = Math.max(minX, clip.getMinX());
                minY = Math.max(minY, clip.getMinY());
                maxX = Math.min(maxX, clip.getMaxX());
                maxY = Math.min(maxY, clip.getMaxY());
            }
        }
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    static String describe(Bounds b) {
        return String.format("[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
