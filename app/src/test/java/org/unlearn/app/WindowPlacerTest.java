package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window's place: restored when it fits the (headless) screen, the default otherwise, saved on closing. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacerTest {
    private Settings settingsWith(WindowPlace place) throws Exception {
        Path file = Files.createTempDirectory("unlearn-place").resolve(Settings.FILE_NAME);
        Settings settings = Settings.load(file);
        if (place != null) {
            settings.window(place);
            settings.save();
        }
        return Settings.load(file);
    }

    private Stage placed(FxRobot robot, Settings settings) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane()));
            WindowPlacer.placeAndRemember(stage[0], settings, 640, 480);
            stage[0].show();
        });
        return stage[0];
    }

    @Test
    void aPlaceThatFitsTheScreenIsRestoredAndTheNewPlaceIsSavedOnClosing(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowPlace saved = new WindowPlace(screen.getMinX() + 20, screen.getMinY() + 30, 500, 400, false);
        Settings settings = settingsWith(saved);

        Stage stage = placed(robot, settings);
        assertEquals(saved, new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));

        robot.interact(() -> {
            stage.setX(screen.getMinX() + 60);
            stage.setWidth(520);
            stage.hide();
        });
        WindowPlace next = Settings.load(settings.file()).window().orElseThrow();
        assertEquals(screen.getMinX() + 60, next.x());
        assertEquals(520, next.width());
        assertFalse(next.maximized());
    }

    @Test
    void aPlaceOffEveryScreenGivesTheDefaultSizeCentred(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Settings settings = settingsWith(new WindowPlace(screen.getMaxX() + 500, 0, 800, 600, false));

        Stage stage = placed(robot, settings);

        assertEquals(Math.min(640, screen.getWidth()), stage.getWidth());
        assertTrue(
                stage.getX() >= screen.getMinX() && stage.getX() + stage.getWidth() <= screen.getMaxX() + 1,
                "on the screen: " + stage.getX());
        robot.interact(stage::hide);
    }
}
