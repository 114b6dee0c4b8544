package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.OpenRequest;

/** Quitting asks first when forget requests would be lost, and only then (unless told not to ask again). */
@ExtendWith(ApplicationExtension.class)
class QuitPromptRobotTest extends WindowRobotTest {

    @Start
    void start(Stage stage) throws IOException {
        window = TestWindows.show(stage, Optional::empty);
    }

    @Test
    void theQuestionComesOnlyWhenThereIsWorkToLoseAndCanBeTurnedOff(FxRobot robot) throws Exception {
        List<Integer> asked = new ArrayList<>();
        AtomicReference<QuitQuestion.Answer> answer = new AtomicReference<>(QuitQuestion.Answer.STAY);
        robot.interact(() -> window.sessions().useQuitQuestion((requests, owner) -> {
            asked.add(requests);
            return answer.get();
        }));
        trainAndForget(robot, false);
        assertTrue(mayQuit(robot), "a model without requests loses nothing");
        assertEquals(List.of(), asked);

        trainAndForget(robot, true);
        assertFalse(mayQuit(robot), "Cancel keeps the app");
        assertEquals(List.of(1), asked);

        answer.set(QuitQuestion.Answer.QUIT_AND_STOP_ASKING);
        assertTrue(mayQuit(robot));
        assertTrue(mayQuit(robot));
        assertEquals(List.of(1, 1), asked, "not asked again once told so");
    }

    private boolean mayQuit(FxRobot robot) {
        AtomicReference<Boolean> quits = new AtomicReference<>();
        robot.interact(() -> quits.set(window.sessions().mayQuit()));
        return quits.get();
    }

    private void trainAndForget(FxRobot robot, boolean forget) throws TimeoutException {
        robot.interact(() -> window.data().open(new OpenRequest(TestFiles.sample("iris.csv"), "target_name")));
        TestWindows.waitUntilIdle(window);
        robot.interact(() -> {
            window.forget().form().choose("qkmeans");
            window.forget().train();
        });
        TestWindows.waitUntilIdle(window);
        if (forget) {
            robot.interact(() -> {
                window.forget().picks().pickTextProperty().set("5");
                window.forget().picks().pickTyped();
                window.forget().forget();
            });
            TestWindows.waitUntilIdle(window);
        }
    }
}
