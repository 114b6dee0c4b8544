package org.unlearn.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.unlearn.model.lesson.Lesson;
import org.unlearn.views.common.Presentation;
import org.unlearn.views.learn.LessonViewModel;

/** The Learn menu (the lessons, Next and Back by key) and the View menu's presentation mode items. */
final class ClassroomMenus {
    private ClassroomMenus() {}

    static Menu learn(MainWindow window) {
        Classroom classroom = window.classroom();
        LessonViewModel lessons = classroom.lessons();
        List<MenuItem> items = new ArrayList<>();
        MenuItem panel = new MenuItem("Show the lesson panel");
        panel.setId("menu-learn-panel");
        panel.setOnAction(e -> classroom.showPanel());
        items.add(panel);
        items.add(new SeparatorMenuItem());
        int n = 0;
        for (Lesson lesson : lessons.lessons()) {
            n++;
            MenuItem open = new MenuItem("_" + n + "  " + lesson.title());
            open.setMnemonicParsing(true);
            open.setId("menu-lesson-" + n);
            open.setOnAction(e -> {
                lessons.open(lesson);
                classroom.showPanel();
            });
            items.add(open);
        }
        MenuItem next = new MenuItem("Next step");
        next.setId("menu-lesson-next");
        next.setAccelerator(new KeyCodeCombination(KeyCode.F8));
        next.setOnAction(e -> lessons.next());
        next.disableProperty().bind(lessons.nextEnabledProperty().not());
        MenuItem back = new MenuItem("Previous step");
        back.setId("menu-lesson-back");
        back.setAccelerator(new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN));
        back.setOnAction(e -> lessons.back());
        back.disableProperty().bind(lessons.backEnabledProperty().not());
        MenuItem restart = new MenuItem("Restart the lesson");
        restart.setId("menu-lesson-restart");
        restart.setOnAction(e -> lessons.restart());
        restart.disableProperty().bind(lessons.lessonProperty().isNull());
        items.add(new SeparatorMenuItem());
        items.addAll(List.of(next, back, restart));
        Menu learn = new Menu("_Learn", null, items.toArray(MenuItem[]::new));
        learn.setId("menu-learn");
        return learn;
    }

    /** Larger type (Ctrl+Plus), smaller (Ctrl+Minus), normal (Ctrl+0) and high contrast, for the View menu. */
    static List<MenuItem> presentationItems(MainWindow window) {
        Presentation presentation = window.classroom().presentation();
        MenuItem larger = new MenuItem("Larger type");
        larger.setId("menu-type-larger");
        larger.setAccelerator(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN));
        larger.setOnAction(e -> presentation.larger());
        MenuItem smaller = new MenuItem("Smaller type");
        smaller.setId("menu-type-smaller");
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> presentation.smaller());
        MenuItem normal = new MenuItem("Normal type size");
        normal.setId("menu-type-normal");
        normal.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        normal.setOnAction(e -> presentation.normalSize());
        CheckMenuItem contrast = new CheckMenuItem("High contrast");
        contrast.setId("menu-high-contrast");
        contrast.setAccelerator(
                new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        contrast.selectedProperty().bindBidirectional(presentation.highContrastProperty());
        return List.of(new SeparatorMenuItem(), larger, smaller, normal, contrast);
    }
}
