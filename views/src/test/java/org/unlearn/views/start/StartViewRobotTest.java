package org.unlearn.views.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.api.FxAssert.verifyThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;

@ExtendWith(ApplicationExtension.class)
class StartViewRobotTest {
    private StartViewModel model;

    @Start
    void start(Stage stage) {
        model = new StartViewModel(Path.of(System.getProperty("unlearn.sample.data", "../sample-data")));
        stage.setScene(new Scene(new StartView(model), 900, 600));
        stage.show();
    }

    @Test
    void showsTheShippedDatasets(FxRobot robot) {
        assertEquals(8, model.samples().size());
        javafx.scene.Node card = robot.lookup(n -> n instanceof javafx.scene.control.Label l
                && l.getText().startsWith("Palmer penguins")).query();
        verifyThat(card, NodeMatchers.isVisible());
    }
}
