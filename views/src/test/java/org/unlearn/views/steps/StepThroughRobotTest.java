package org.unlearn.views.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.panels.CapabilityPanels;

/**
 * For every family: train on iris, forget three rows, open the step-through from its button under the
 * history, walk Next to the end and Back to the start, and leave with Esc.
 */
@ExtendWith(ApplicationExtension.class)
class StepThroughRobotTest {
    private final ImmediateWork work = new ImmediateWork();
    private ForgetViewModel model;
    private StepThroughViewModel steps;

    @Start
    void start(Stage stage) {
        DataViewModel data = new DataViewModel(work);
        data.open(new OpenRequest(TestFiles.sample("iris.csv"), "target_name"));
        model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        ForgetView view = new ForgetView(model, CapabilityPanels.of(model).toArray(Region[]::new));
        steps = StepThrough.install(view, model);
        stage.setScene(Styles.apply(new Scene(view, 1280, 860)));
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qkmeans", "dckmeans", "kmeans", "sisa", "logreg", "dare"})
    void walksEveryStepOfARequestAndBack(String family, FxRobot robot) {
        robot.interact(() -> {
            model.form().choose(family);
            model.train();
        });
        assertNotNull(model.chain().currentProperty().get(), () -> family + ": no model: " + work.outcomes());
        assertTrue(robot.lookup("#step-through-open").queryAs(Button.class).isDisabled(), "nothing to step through");
        robot.interact(() -> {
            String held = java.util.stream.IntStream.rangeClosed(1, 150)
                    .filter(id -> model.chain().currentProperty().get().holds(id))
                    .skip(10)
                    .limit(3)
                    .mapToObj(String::valueOf)
                    .collect(Collectors.joining(","));
            model.picks().pickTextProperty().set(held);
            model.picks().pickTyped();
            model.forget();
        });
        assertNotNull(model.chain().reportProperty().get(), () -> family + ": not forgotten: " + work.outcomes());
        int expected =
                Walkthrough.of(model.chain().reportProperty().get().report()).size();

        robot.clickOn("#step-through-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#step-through").query().isVisible(), family + ": the step-through opens");
        List<String> texts = new ArrayList<>();
        texts.add(shown(robot));
        checkShardMapMarks(robot, family);
        while (!robot.lookup("#step-next").queryAs(Button.class).isDisabled()) {
            press(robot, "#step-next", texts.size() == 1);
            texts.add(shown(robot));
            checkShardMapMarks(robot, family);
            assertTrue(texts.size() <= expected, family + ": more steps than the engine told");
        }
        assertEquals(expected, texts.size(), family + ": steps walked");
        assertTrue(expected >= 2, family + ": a request has more than one step");
        for (int i = 1; i < texts.size(); i++) {
            assertNotEquals(texts.get(i - 1), texts.get(i), family + ": step " + (i + 1) + " shows new text");
        }
        String position =
                robot.lookup("#step-walkthrough").queryAs(Labeled.class).getText();
        assertTrue(position.endsWith("Step " + expected + " of " + expected), position);

        for (int i = expected - 1; i > 0; i--) {
            press(robot, "#step-back", i == expected - 1);
            assertEquals(texts.get(i - 1), shown(robot), family + ": Back to step " + i);
        }
        assertTrue(robot.lookup("#step-back").queryAs(Button.class).isDisabled(), "at the first step");
        assertEquals(0, steps.indexProperty().get());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Node panel = robot.lookup("#step-through").query();
        assertFalse(panel.isVisible(), family + ": Esc leaves the step-through");
        assertTrue(robot.lookup(".step-lit").queryAll().isEmpty(), family + ": leaving takes the marks off");
    }

    /** A step with shards and slices marks the same cells on the shard map; another marks none. */
    private void checkShardMapMarks(FxRobot robot, String family) {
        Step step = steps.stepProperty().get();
        long cells = step.grid() == null
                ? 0
                : step.grid().cells().stream()
                        .map(c -> c.shard() + "/" + c.slice())
                        .distinct()
                        .count();
        assertEquals(cells, robot.lookup(".step-lit").queryAll().size(), family + ": " + step.title());
    }

    /**
     * The first press of a button goes through the mouse; the rest fire the same button on the FX thread
     * (the step's texts are bound, so they change with the press), sparing a mouse glide per step.
     */
    private static void press(FxRobot robot, String button, boolean withTheMouse) {
        if (withTheMouse) {
            robot.clickOn(button);
        } else {
            Button b = robot.lookup(button).queryAs(Button.class);
            robot.interact(b::fire);
        }
    }

    private static String shown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#step-title").queryAs(Labeled.class).getText() + "\n"
                + robot.lookup("#step-text").queryAs(Labeled.class).getText();
    }
}
