package org.unlearn.app;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.model.lesson.LessonLibrary;
import org.unlearn.views.common.Presentation;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.learn.LessonDriver;
import org.unlearn.views.learn.LessonView;
import org.unlearn.views.learn.LessonViewModel;
import org.unlearn.views.start.StartView;
import org.unlearn.views.steps.StepThrough;
import org.unlearn.views.steps.StepThroughViewModel;

/**
 * The window's teaching side: the lessons read from {@code sample-data/lessons/}, their panel at the window's
 * right, the Learn entry on the start screen, the step-through of the newest forget request docked under the
 * forget view, and presentation mode (type size and high contrast), remembered in the settings.
 */
final class Classroom {
    private final StepThroughViewModel steps;
    private final LessonDriver driver;
    private final LessonViewModel lessons;
    private final LessonView panel;
    private final Presentation presentation = new Presentation();

    /** @param views the window's views by the names lessons give them; the start and forget views among them */
    Classroom(
            MainWindow window, Path sampleFolder, StartView startView, ForgetView forgetView, Map<String, Node> views) {
        steps = StepThrough.install(forgetView, window.forget());
        driver = new LessonDriver(
                window.work(),
                window.data(),
                window.start().samples(),
                window.forget(),
                window.audit(),
                new LinkedHashMap<>(views),
                window::show,
                chart -> window.consequences().chartProperty().set(chart));
        Path folder = sampleFolder == null ? null : sampleFolder.resolve(LessonLibrary.FOLDER);
        lessons = new LessonViewModel(LessonLibrary.read(folder, datasetNames(window)), driver);
        panel = new LessonView(lessons);
        startView.offer(learnButton());
        window.setRight(panel);
        forgetView.shareWidthWhile(panel.visibleProperty());
        Settings settings = window.settings();
        presentation.scaleProperty().set(Presentation.clamp(settings.fontScale()));
        presentation.highContrastProperty().set(settings.highContrast());
        presentation.scaleProperty().addListener((o, was, now) -> {
            settings.fontScale(now.doubleValue());
            settings.save();
        });
        presentation.highContrastProperty().addListener((o, was, now) -> {
            settings.highContrast(now);
            settings.save();
        });
        window.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                presentation.attach(now);
                now.addEventFilter(KeyEvent.KEY_PRESSED, this::typeSizeKeys);
            }
        });
    }

    /** The names a lesson may give a sample by: its name and its file name, lower case. */
    private static Set<String> datasetNames(MainWindow window) {
        Set<String> names = new HashSet<>();
        for (SampleCatalogue.Sample s : window.start().samples()) {
            String file = s.file().getFileName().toString().toLowerCase(Locale.ROOT);
            names.add(s.name().toLowerCase(Locale.ROOT));
            names.add(file);
            names.add(file.substring(0, file.indexOf('.') > 0 ? file.indexOf('.') : file.length()));
        }
        return names;
    }

    /**
     * Ctrl and = (the key + shares on most keyboards) and the keypad's + − 0 size the type as Ctrl+Plus,
     * Ctrl+Minus and Ctrl+0 do; a menu item has one accelerator only.
     */
    private void typeSizeKeys(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.EQUALS || code == KeyCode.ADD) {
            presentation.larger();
            e.consume();
        } else if (code == KeyCode.SUBTRACT) {
            presentation.smaller();
            e.consume();
        } else if (code == KeyCode.NUMPAD0) {
            presentation.normalSize();
            e.consume();
        }
    }

    /** The start screen's entry to the lessons. */
    private Button learnButton() {
        Button learn = new Button("Learn…");
        learn.setId("start-learn");
        learn.getStyleClass().add("learn-button");
        learn.setTooltip(new Tooltip("Guided lessons on machine unlearning, one step at a time"));
        learn.setOnAction(e -> showPanel());
        return learn;
    }

    void showPanel() {
        lessons.show();
        javafx.application.Platform.runLater(panel::focusNext);
    }

    /** For screenshots: "2:3" shows lesson 2 at its step 3 (both counted from 1), leaving the app as it is. */
    void showLessonStep(String which) {
        String[] parts = which.split(":");
        int lesson = Integer.parseInt(parts[0].strip()) - 1;
        int step = parts.length > 1 ? Integer.parseInt(parts[1].strip()) - 1 : 0;
        lessons.preview(lessons.lessons().get(lesson), step);
        lessons.show();
    }

    /** The step-through of the newest forget request, docked under the forget view. */
    StepThroughViewModel steps() {
        return steps;
    }

    LessonViewModel lessons() {
        return lessons;
    }

    LessonDriver driver() {
        return driver;
    }

    LessonView panel() {
        return panel;
    }

    Presentation presentation() {
        return presentation;
    }
}
