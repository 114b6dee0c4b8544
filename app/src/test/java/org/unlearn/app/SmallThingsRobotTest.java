package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.views.forget.ForgetViewModel;

/**
 * Things a new user hit: the catalogue's model chosen when a sample opens, rows found with the filter before
 * any training (reached by its shortcut), and nothing typed for one dataset carried to the next.
 */
@ExtendWith(ApplicationExtension.class)
class SmallThingsRobotTest extends WindowRobotTest {

    @Start
    void start(Stage stage) throws IOException {
        window = TestWindows.show(stage, Optional::empty);
    }

    @Test
    void pickFirstTrainLaterAndStartAfreshOnTheNextSample(FxRobot robot) throws Exception {
        robot.clickOn("#sample-penguins-csv");
        TestWindows.waitUntilIdle(window);
        ForgetViewModel forget = window.forget();
        assertEquals(
                "dckmeans",
                forget.form().familyProperty().get().code(),
                "the catalogue suggests dckmeans for penguins");

        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.targetWindow(window.getScene().getWindow())
                .lookup("#pick-filter")
                .query();
        assertTrue(focused.isFocused(), "Ctrl+L puts the keyboard in the filter");
        robot.write("island == \"Biscoe\"").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        int[] found = forget.picks().pickedProperty().get().ids();
        assertTrue(found.length > 100, "the filter picks Biscoe's penguins before any training: " + found.length);

        robot.clickOn("#family-qkmeans");
        String shownFirst = forget.form().option("epsilon").textProperty().get();
        robot.interact(() -> forget.form().option("epsilon").textProperty().set("0.3"));
        robot.clickOn("#train");
        TestWindows.waitUntilIdle(window);
        int[] kept = forget.picks().pickedProperty().get().ids();
        assertTrue(
                kept.length > 100
                        && Arrays.stream(kept)
                                .allMatch(id -> Arrays.stream(found).anyMatch(f -> f == id)),
                "the rows stay picked once a model is trained: " + kept.length);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                robot.lookup("#pick-ids").queryAs(TextField.class).isFocused(),
                "Ctrl+I puts the keyboard in the row ids");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.clickOn("#sample-iris-csv");
        TestWindows.waitUntilIdle(window);
        assertEquals("", forget.picks().filterProperty().get(), "the filter does not carry over");
        assertEquals("qkmeans", forget.form().familyProperty().get().code(), "the catalogue suggests qkmeans for iris");
        assertEquals(shownFirst, forget.form().option("epsilon").textProperty().get(), "ε does not carry over");
    }
}
