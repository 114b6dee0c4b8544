package org.unlearn.views.common;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * The app's one stylesheet, for the window, its dialogs and tests that show views on their own, and the
 * theme they all follow. The dark theme is the style class {@value #DARK} on each scene's root, which swaps
 * the sheet's looked-up colours; the charts follow through {@link ChartStyle}.
 */
public final class Styles {
    /** The root's style class that turns the dark colours on. */
    public static final String DARK = "dark";

    private static final String SHEET = Objects.requireNonNull(
                    Styles.class.getResource("/org/unlearn/views/unlearn.css"),
                    "unlearn.css missing from the views jar")
            .toExternalForm();
    private static final ObjectProperty<Theme> THEME = new SimpleObjectProperty<>(Theme.LIGHT);
    /** Weakly, so a closed window's scene is not kept alive by the theme. */
    private static final Set<Scene> SCENES = Collections.newSetFromMap(new WeakHashMap<>());

    private static final Map<Scene, Boolean> ROOT_WATCHED = new WeakHashMap<>();

    static {
        THEME.addListener((o, was, now) -> {
            SCENES.forEach(Styles::mark);
            ChartStyle.follow(now);
        });
    }

    private Styles() {}

    /** The stylesheet and the current theme on a scene; the scene follows later theme changes. */
    public static Scene apply(Scene scene) {
        if (!scene.getStylesheets().contains(SHEET)) {
            scene.getStylesheets().add(SHEET);
        }
        SCENES.add(scene);
        if (ROOT_WATCHED.put(scene, Boolean.TRUE) == null) {
            scene.rootProperty().addListener((o, was, now) -> mark(scene));
        }
        mark(scene);
        return scene;
    }

    /** A dialog in the app's look: the stylesheet, and the theme as it is when the dialog opens. */
    public static void apply(DialogPane pane) {
        if (!pane.getStylesheets().contains(SHEET)) {
            pane.getStylesheets().add(SHEET);
        }
        mark(pane);
    }

    /** The theme every styled scene and chart follows; set it on the FX thread. */
    public static ObjectProperty<Theme> themeProperty() {
        return THEME;
    }

    public static Theme theme() {
        return THEME.get();
    }

    /** Sets the theme; from another thread it is set on the FX thread. */
    public static void setTheme(Theme theme) {
        Objects.requireNonNull(theme);
        if (Platform.isFxApplicationThread()) {
            THEME.set(theme);
        } else {
            Platform.runLater(() -> THEME.set(theme));
        }
    }

    private static void mark(Scene scene) {
        if (scene.getRoot() != null) {
            mark(scene.getRoot());
        }
    }

    private static void mark(Parent root) {
        root.getStyleClass().remove(DARK);
        if (THEME.get() == Theme.DARK) {
            root.getStyleClass().add(DARK);
        }
    }
}
