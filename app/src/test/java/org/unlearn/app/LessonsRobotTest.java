package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unlearn.model.lesson.Condition;
import org.unlearn.model.lesson.Lesson;
import org.unlearn.model.lesson.LessonStep;
import org.unlearn.views.forget.ModelState;
import org.unlearn.views.learn.LessonViewModel;

/**
 * Every shipped lesson walked from its first step to its last, as a student would: each step's task done
 * through the window (keys, the row ids field, the outlier tool, Consolidate, the Audit view's form), with
 * Next disabled until the step's check holds and enabled once it does; then Finish.
 */
@ExtendWith(ApplicationExtension.class)
class LessonsRobotTest {
    private static final Pattern COUNT =
            Pattern.compile("(rows picked|rows forgotten|requests|session requests) \\S+ (\\d+)");
    private Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("unlearn-lessons");
        window = TestWindows.show(stage, Optional::empty);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            window.audit().closeSession();
            window.work().shutdown();
        });
    }

    private LessonViewModel lessons() {
        return window.classroom().lessons();
    }

    @Test
    void everyShippedLessonIsOfferedAndReadable() {
        assertEquals(
                6,
                lessons().lessons().size(),
                String.join("\n", lessons().library().problems()));
        assertTrue(
                lessons().library().problems().isEmpty(),
                String.join("\n", lessons().library().problems()));
    }

    @Test
    void everyShippedLessonCanBeWalkedToItsEnd(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#start-learn").queryButton().fire());
        assertTrue(robot.lookup("#lesson-panel").query().isVisible(), "Learn shows the lesson panel");
        int n = 0;
        for (Lesson lesson : lessons().lessons()) {
            n++;
            String opener = "#lesson-open-" + n;
            robot.interact(() -> robot.lookup(opener).queryButton().fire());
            for (int i = 0; i < lesson.steps().size(); i++) {
                settle();
                String where = lesson.file() + " step " + (i + 1);
                assertEquals(i, lessons().index(), where);
                assertEquals("Step " + (i + 1) + " of " + lesson.steps().size(), text("#lesson-progress"), where);
                LessonStep step = lesson.steps().get(i);
                if (!step.checks().isEmpty()) {
                    assertTrue(next().isDisabled(), where + ": Next is enabled before its check holds");
                    assertTrue(text("#lesson-todo").startsWith("Still to do: "), where + ": " + text("#lesson-todo"));
                }
                boolean outliers = step.action().contains("Pick outliers");
                for (Condition check : step.checks()) {
                    satisfy(robot, check, where, outliers);
                }
                settle();
                assertFalse(next().isDisabled(), where + ": Next stays disabled: " + text("#lesson-todo"));
                namedChartIsShown(robot, step, where);
                // F8 is Learn ▸ Next step: the keyboard alone goes through a lesson.
                robot.push(KeyCode.F8);
            }
            settle();
            assertNull(lessons().lessonProperty().get(), lesson.file() + ": Finish closes the lesson");
        }
    }

    private void satisfy(FxRobot robot, Condition check, String where, boolean outliers) throws TimeoutException {
        String c = check.text().toLowerCase(java.util.Locale.ROOT);
        for (int attempt = 0; attempt < 4 && !holds(check); attempt++) {
            Matcher count = COUNT.matcher(c);
            if (c.matches("requests (=|<=) 0")) {
                robot.push(KeyCode.CONTROL, KeyCode.T);
            } else if (c.equals("model trained") || c.startsWith("family is") || c.contains("=") && !count.matches()) {
                robot.push(KeyCode.CONTROL, KeyCode.T);
            } else if (count.matches()) {
                int wanted = Integer.parseInt(count.group(2));
                switch (count.group(1)) {
                    case "rows picked" -> pick(robot, wanted, outliers);
                    case "rows forgotten" ->
                        forget(
                                robot,
                                Math.max(1, wanted - window.classroom().driver().forgotten()),
                                outliers);
                    case "requests" -> forget(robot, 1, false);
                    default -> request(robot);
                }
            } else if (c.startsWith("check")) {
                robot.push(KeyCode.CONTROL, KeyCode.R);
            } else if (c.equals("model approximate")) {
                forget(robot, 1, false);
            } else if (c.equals("model exact")) {
                robot.interact(() -> robot.lookup("#consolidate").queryButton().fire());
            } else if (c.startsWith("view is")) {
                KeyCode digit = KeyCode.valueOf("DIGIT"
                        + (1
                                + java.util.List.of("start", "data", "forget", "consequences", "audit")
                                        .indexOf(c.substring(8))));
                robot.push(KeyCode.CONTROL, digit);
            } else if (c.equals("session open")) {
                // File ▸ New session… asks for a family and a folder in native dialogs; its action, without them:
                robot.interact(() -> {
                    window.audit()
                            .create(
                                    home.resolve("session"),
                                    window.data().dataProperty().get().file(),
                                    window.data()
                                            .dataProperty()
                                            .get()
                                            .prepared()
                                            .encoding()
                                            .labelColumn(),
                                    "qkmeans");
                    window.showAudit();
                });
            } else {
                throw new AssertionError(where + ": the test cannot do " + check);
            }
            settle();
        }
        assertTrue(holds(check), where + ": could not make \"" + check + "\" hold");
    }

    /** A step that names a chart of the Cost and consequences view shows that chart once the view is open. */
    private void namedChartIsShown(FxRobot robot, LessonStep step, String where) {
        javafx.scene.control.TabPane tabs =
                robot.lookup("#consequence-tabs").queryAs(javafx.scene.control.TabPane.class);
        if (!window.classroom().driver().view().equals("consequences")) {
            return;
        }
        for (String title : org.unlearn.model.lesson.LessonSetup.CHARTS.values()) {
            if ((step.text() + " " + step.action()).contains(title)) {
                assertEquals(title, tabs.getSelectionModel().getSelectedItem().getText(), where);
            }
        }
    }

    private boolean holds(Condition check) {
        return check.holds(window.classroom().driver());
    }

    /**
     * Picks by the outlier tool when the step says so, else types the ids of the first rows past 200 that the model
     * holds into the row ids field, then Enter.
     */
    private void pick(FxRobot robot, int rows, boolean outliers) {
        if (outliers) {
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                Spinner<Integer> top = robot.lookup("#pick-top-count").queryAs(Spinner.class);
                top.getValueFactory().setValue(rows);
                robot.lookup("#pick-outliers").queryButton().fire();
            });
            return;
        }
        ModelState model = window.forget().chain().currentProperty().get();
        StringBuilder ids = new StringBuilder();
        for (int id = 200, found = 0; found < rows; id++) {
            if (model.holds(id) && !model.heldOut(id)) {
                ids.append(found++ == 0 ? "" : ", ").append(id);
            }
        }
        robot.interact(() -> {
            TextField field = robot.lookup("#pick-ids").queryAs(TextField.class);
            field.setText(ids.toString());
            field.fireEvent(new ActionEvent());
        });
    }

    private void forget(FxRobot robot, int rows, boolean outliers) throws TimeoutException {
        if (window.forget().picks().pickedProperty().get().size() < rows) {
            pick(robot, rows, outliers);
            settle();
        }
        robot.push(KeyCode.CONTROL, KeyCode.F);
    }

    private void request(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#audit-rows").queryTextInputControl().setText("12");
            robot.lookup("#audit-subject").queryTextInputControl().setText("ticket 4711");
            robot.lookup("#audit-forget").queryButton().fire();
        });
    }

    private Button next() {
        return robot().lookup("#lesson-next").queryButton();
    }

    private String text(String id) {
        return robot().lookup(id).queryAs(Labeled.class).getText();
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    /**
     * The work done and the step's setup applied. Idleness is read on the FX thread, where a finished job has
     * also been handed its result (both happen in one event); every action before this let the FX thread drain
     * its events already, so two more rounds catch what the last result posted, without the full pulse waits
     * twice over (this runs some 150 times).
     */
    private void settle() throws TimeoutException {
        TestWindows.waitUntilIdle(window, () -> !lessons().settingUpProperty().get());
        assertNotNull(window);
    }
}
