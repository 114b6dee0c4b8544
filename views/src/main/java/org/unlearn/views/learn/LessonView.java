package org.unlearn.views.learn;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.model.lesson.Lesson;
import org.unlearn.model.lesson.LessonStep;
import org.unlearn.views.common.Nodes;

/**
 * The lesson panel, beside the window's views: the list of lessons, or the lesson under way, one step at a
 * time, with what to do, what is still to do, and Back, Next and Restart. Every control is reached by Tab in
 * reading order, and Alt+N, Alt+B and Alt+R press Next, Back and Restart.
 */
public final class LessonView extends VBox {
    public static final double WIDTH = 360;
    /** At 1024 wide the forget view keeps 790 px beside it: its model and request columns whole, the middle narrow. */
    static final double MIN_WIDTH = 230;

    private final LessonViewModel model;
    private final VBox list = new VBox(10);
    private final VBox lessonBox = new VBox(10);
    private final Button next = new Button("_Next");

    public LessonView(LessonViewModel model) {
        this.model = model;
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        setPadding(new Insets(14, 16, 14, 16));
        setSpacing(10);
        setPrefWidth(WIDTH);
        setMinWidth(MIN_WIDTH);
        // A narrow window gives the panel less room, so the views keep more of theirs.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                prefWidthProperty()
                        .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                                () -> Math.max(MIN_WIDTH, Math.min(WIDTH, now.getWidth() * 0.225)),
                                now.widthProperty()));
            }
        });
        setMaxWidth(WIDTH * 1.6);
        Nodes.showWhen(this, model.shownProperty());
        getChildren().addAll(header(), body());
        fillList();
        buildLesson();
    }

    private Region header() {
        Label title = new Label("Learn");
        title.getStyleClass().add("lesson-panel-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button("Hide");
        close.setId("lesson-hide");
        close.setTooltip(new Tooltip("Hide the lesson panel; Learn ▸ Lessons shows it again where you were"));
        close.setOnAction(e -> model.close());
        HBox top = new HBox(8, title, gap, close);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private Region body() {
        Nodes.showWhen(list, model.lessonProperty().isNull());
        Nodes.showWhen(lessonBox, model.lessonProperty().isNotNull());
        VBox both = new VBox(list, lessonBox);
        ScrollPane scroll = new ScrollPane(both);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private void fillList() {
        Label intro = new Label("Guided lessons: each step says what to do in the window and waits until it is done."
                + " Choose one to begin.");
        intro.setWrapText(true);
        intro.getStyleClass().add("lesson-intro");
        list.getChildren().add(intro);
        int n = 0;
        for (Lesson lesson : model.lessons()) {
            n++;
            Button open = new Button(lesson.title() + "\n" + lesson.summary());
            open.setId("lesson-open-" + n);
            open.getStyleClass().add("lesson-card");
            open.setWrapText(true);
            open.setMaxWidth(Double.MAX_VALUE);
            open.setAlignment(Pos.TOP_LEFT);
            open.setMnemonicParsing(false);
            open.setOnAction(e -> {
                model.open(lesson);
                Platform.runLater(next::requestFocus);
            });
            list.getChildren().add(open);
        }
        if (model.lessons().isEmpty()) {
            Label none = new Label("No lessons found (they are read from sample-data/lessons/).");
            none.setWrapText(true);
            list.getChildren().add(none);
        }
        for (String problem : model.library().problems()) {
            Label bad = new Label("Not offered: " + problem);
            bad.setWrapText(true);
            bad.getStyleClass().add("lesson-problem");
            list.getChildren().add(bad);
        }
    }

    private void buildLesson() {
        Label lessonTitle = new Label();
        lessonTitle.setId("lesson-title");
        lessonTitle.getStyleClass().add("lesson-title");
        lessonTitle.setWrapText(true);
        lessonTitle
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.lessonProperty().get() == null
                                ? ""
                                : model.lessonProperty().get().title(),
                        model.lessonProperty()));
        Label progress = new Label();
        progress.setId("lesson-progress");
        progress.getStyleClass().add("lesson-progress");
        progress.textProperty().bind(model.progressProperty());
        Label stepTitle = label("lesson-step-title", "lesson-step-title", s -> s.title());
        Nodes.showWhen(stepTitle, stepTitle.textProperty().isNotEmpty());
        Label text = label("lesson-text", "lesson-text", LessonStep::text);
        Label action =
                label("lesson-action", "lesson-action", s -> s.action().isEmpty() ? "" : "Your turn: " + s.action());
        Nodes.showWhen(action, action.textProperty().isNotEmpty());
        Label todo = new Label();
        todo.setId("lesson-todo");
        todo.getStyleClass().add("lesson-todo");
        todo.setWrapText(true);
        todo.textProperty().bind(model.todoProperty());
        todo.getStyleClass().add("lesson-todo-open");
        model.nextEnabledProperty().addListener((o, was, now) -> {
            todo.getStyleClass().removeAll("lesson-todo-open", "lesson-todo-done");
            todo.getStyleClass().add(now ? "lesson-todo-done" : "lesson-todo-open");
        });

        Button back = new Button("_Back");
        back.setId("lesson-back");
        back.disableProperty().bind(model.backEnabledProperty().not());
        back.setOnAction(e -> model.back());
        next.setId("lesson-next");
        next.getStyleClass().add("lesson-next");
        next.textProperty()
                .bind(Bindings.when(model.lastStepProperty()).then("_Finish").otherwise("_Next"));
        next.disableProperty().bind(model.nextEnabledProperty().not());
        next.setOnAction(e -> {
            model.next();
            Platform.runLater(next::requestFocus);
        });
        next.setTooltip(new Tooltip("Alt+N, or F8; enabled once the step's task is done"));
        Button restart = new Button("_Restart");
        restart.setId("lesson-restart");
        restart.setTooltip(new Tooltip("This lesson again from its first step"));
        restart.setOnAction(e -> model.restart());
        javafx.scene.control.Hyperlink concept = new javafx.scene.control.Hyperlink("The idea in plain words…");
        concept.setId("lesson-concept");
        concept.setOnAction(e -> ConceptWindow.show(
                getScene().getWindow(), conceptOf(model.lessonProperty().get())));
        Button all = new Button("All lessons");
        all.setId("lesson-all");
        all.setOnAction(e -> model.leave());
        // In presentation mode's larger type the three do not fit one line: they wrap, their words whole.
        for (Button b : List.of(back, next, restart)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, back, next, restart);
        buttons.setAlignment(Pos.CENTER_LEFT);
        lessonBox.getChildren().addAll(lessonTitle, progress, stepTitle, text, action, todo, buttons, all, concept);
    }

    private Label label(String id, String style, java.util.function.Function<LessonStep, String> part) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.stepProperty().get() == null
                                ? ""
                                : part.apply(model.stepProperty().get()),
                        model.stepProperty()));
        return l;
    }

    /** The concept page a shipped lesson is about, by its file's number; the first page for any other. */
    private static String conceptOf(Lesson lesson) {
        String file = lesson == null ? "" : lesson.file();
        String[] byNumber = {"retraining", "sisa", "qkmeans", "approximate", "membership", "audit"};
        for (int i = 0; i < byNumber.length; i++) {
            if (file.startsWith(String.format("%02d-", i + 1))) {
                return byNumber[i];
            }
        }
        return null;
    }

    /** Puts the keyboard on Next (or on the first lesson while none is under way). */
    public void focusNext() {
        if (model.lessonProperty().get() != null) {
            next.requestFocus();
        } else if (list.getChildren().size() > 1) {
            list.getChildren().get(1).requestFocus();
        }
    }
}
