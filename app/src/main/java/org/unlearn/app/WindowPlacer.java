package org.unlearn.app;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where it was last time, if that still fits a screen, and remembers where it is when it
 * closes. A maximized window is remembered as maximized with the size it had before, so un-maximizing
 * next time gives that size back.
 */
final class WindowPlacer {
    private final Stage stage;
    private final Settings settings;
    private double x;
    private double y;
    private double width;
    private double height;

    private WindowPlacer(Stage stage, Settings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    /**
     * Sizes and places the stage from the settings (or centres it at its default size), and saves its place
     * into them when it is hidden; {@link #remember} saves it too (Platform.exit() hides no window).
     */
    static WindowPlacer placeAndRemember(Stage stage, Settings settings, double defaultWidth, double defaultHeight) {
        List<Rectangle2D> screens =
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        WindowPlace place = settings.window().filter(p -> p.fitsOn(screens)).orElse(null);
        if (place != null) {
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(place.width());
            stage.setHeight(place.height());
            stage.setMaximized(place.maximized());
        } else {
            stage.setWidth(Math.min(defaultWidth, primary.getWidth()));
            stage.setHeight(Math.min(defaultHeight, primary.getHeight()));
            stage.centerOnScreen();
        }
        WindowPlacer placer = new WindowPlacer(stage, settings);
        placer.track();
        stage.setOnHidden(e -> placer.remember());
        return placer;
    }

    /** Saves where the window is now into the settings. */
    void remember() {
        settings.window(place());
        settings.save();
    }

    /** The bounds while not maximized: what a maximized window goes back to. */
    private void track() {
        keep();
        stage.xProperty().addListener((o, was, now) -> keep());
        stage.yProperty().addListener((o, was, now) -> keep());
        stage.widthProperty().addListener((o, was, now) -> keep());
        stage.heightProperty().addListener((o, was, now) -> keep());
    }

    private void keep() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.getWidth() > 0) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    WindowPlace place() {
        return new WindowPlace(x, y, width, height, stage.isMaximized());
    }
}
