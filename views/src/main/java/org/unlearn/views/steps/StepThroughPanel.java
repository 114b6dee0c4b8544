package org.unlearn.views.steps;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.views.common.Nodes;

/**
 * The step-through, docked under the forget view: the step's words on the left, its picture on the right,
 * and Back, Next, Play with its pace, and Leave under them.
 */
public final class StepThroughPanel extends VBox {
    private final StepThroughViewModel model;
    private final StepPicture picture = new StepPicture();
    private final Timeline player = new Timeline();

    public StepThroughPanel(StepThroughViewModel model) {
        super(6);
        this.model = model;
        setId("step-through");
        getStyleClass().add("step-through");
        setPadding(new Insets(6, 16, 6, 16));
        Label title = new Label();
        title.setId("step-walkthrough");
        title.getStyleClass().add("step-walkthrough");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.walkthroughProperty().get() == null
                                ? ""
                                : model.walkthroughProperty().get().title() + " · "
                                        + model.positionProperty().get(),
                        model.walkthroughProperty(),
                        model.positionProperty()));
        Label stepTitle = new Label();
        stepTitle.setId("step-title");
        stepTitle.getStyleClass().add("step-title");
        stepTitle.textProperty().bind(text(true));
        Label text = new Label();
        text.setId("step-text");
        text.getStyleClass().add("step-text");
        text.setWrapText(true);
        text.textProperty().bind(text(false));
        // The request's line sits in the button bar, beside Leave: docked at 700 px high the words have some
        // 90 px, and a line of them above the step's title left its paragraph three lines.
        VBox words = new VBox(4, stepTitle, text);
        words.setMinWidth(260);
        words.setPrefWidth(420);
        HBox.setHgrow(words, Priority.ALWAYS);
        ScrollPane pictureScroll = new ScrollPane(picture);
        pictureScroll.setFitToWidth(true);
        pictureScroll.getStyleClass().add("step-picture-scroll");
        pictureScroll.setPrefWidth(520);
        pictureScroll.setMinWidth(240);
        HBox.setHgrow(pictureScroll, Priority.ALWAYS);
        HBox body = new HBox(16, Nodes.scrolled(words), pictureScroll);
        body.setPrefHeight(130);
        // Within the dock's least height (ForgetDock.DOCK_MIN_HEIGHT, 130) with the padding and the button bar:
        // at 90 the bar's lowest pixels were cut when the user dragged the panel down to its least.
        body.setMinHeight(80);
        VBox.setVgrow(body, Priority.ALWAYS);
        title.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(title.textProperty());
        title.setTooltip(whole);
        getChildren().addAll(body, controls(title));
        model.stepProperty().addListener((o, was, now) -> redraw(now));
        model.playingProperty().addListener((o, was, now) -> play(now));
        model.secondsPerStepProperty()
                .addListener((o, was, now) -> play(model.playingProperty().get()));
        Nodes.showWhen(this, model.openProperty());
        setMaxHeight(Region.USE_PREF_SIZE);
    }

    private javafx.beans.binding.StringBinding text(boolean title) {
        return Bindings.createStringBinding(
                () -> {
                    Step s = model.stepProperty().get();
                    return s == null ? "" : title ? s.title() : s.text();
                },
                model.stepProperty());
    }

    private HBox controls(Label title) {
        Button back = new Button("◀ Back");
        back.setId("step-back");
        back.disableProperty().bind(model.canBackProperty().not());
        back.setOnAction(e -> model.back());
        Button next = new Button("Next ▶");
        next.setId("step-next");
        next.setDefaultButton(false);
        next.disableProperty().bind(model.canNextProperty().not());
        next.setOnAction(e -> model.next());
        ToggleButton play = new ToggleButton();
        play.setId("step-play");
        play.textProperty()
                .bind(Bindings.when(model.playingProperty()).then("❚❚ Pause").otherwise("▶▶ Play"));
        play.setOnAction(e -> {
            model.togglePlay();
            play.setSelected(model.playingProperty().get());
        });
        model.playingProperty().addListener((o, was, now) -> play.setSelected(now));
        Slider pace = new Slider(StepThroughViewModel.FASTEST, StepThroughViewModel.SLOWEST, 2.5);
        pace.setId("step-speed");
        pace.valueProperty().bindBidirectional(model.secondsPerStepProperty());
        pace.setPrefWidth(140);
        pace.setTooltip(new Tooltip("Seconds each step stays when playing"));
        Label paceLine = new Label();
        paceLine.getStyleClass().add("step-small");
        paceLine.textProperty().bind(Bindings.format(java.util.Locale.ROOT, "%.1f s a step", pace.valueProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button leave = new Button("Leave (Esc)");
        leave.setId("step-leave");
        leave.setOnAction(e -> model.close());
        HBox bar = new HBox(8, back, next, play, new Label("Pace"), pace, paceLine, gap, title, leave);
        for (Region keep : new Region[] {back, next, play, leave}) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void redraw(Step step) {
        Walkthrough w = model.walkthroughProperty().get();
        picture.show(step, model.replaysSoFar(), model.treeSoFar(), w == null ? null : GridRows.of(w));
    }

    private void play(boolean on) {
        player.stop();
        if (on) {
            player.getKeyFrames()
                    .setAll(new KeyFrame(
                            Duration.seconds(model.secondsPerStepProperty().get()), e -> model.next()));
            player.setCycleCount(Timeline.INDEFINITE);
            player.play();
        }
    }
}
