package org.unlearn.views.common;

import java.util.Objects;
import javafx.scene.Scene;

/** The app's one stylesheet, for the window and for tests that show views on their own. */
public final class Styles {
    private static final String SHEET = Objects.requireNonNull(Styles.class.getResource("/org/unlearn/views/unlearn.css"),
            "unlearn.css missing from the views jar").toExternalForm();

    private Styles() {
    }

    public static Scene apply(Scene scene) {
        scene.getStylesheets().add(SHEET);
        return scene;
    }
}
