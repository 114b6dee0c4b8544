package org.unlearn.views.forget;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.unlearn.model.kmeans.ClusteringModel;

/**
 * The model to train: its family, k, seed and the family's options, checked as they are typed, and Train.
 * The options scroll when the window is short; the problem line and Train stay in view below them.
 */
final class ModelPanel extends BorderPane {
    private static final double FIELD_WIDTH = 96;

    ModelPanel(TrainingForm form, ModelChain chain) {
        getStyleClass().add("model-panel");
        VBox choices = new VBox(8, families(form), options(form));
        choices.setPadding(new Insets(2, 4, 8, 2));
        ScrollPane scroll = new ScrollPane(choices);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("panel-scroll");
        setCenter(scroll);
        VBox bottom = new VBox(6, problem(form), trainButton(chain));
        bottom.setPadding(new Insets(6, 4, 0, 2));
        setBottom(bottom);
    }

    private static Node families(TrainingForm form) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        for (Family f : Family.values()) {
            RadioButton choice = new RadioButton();
            choice.setId("family-" + f.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setUserData(f);
            choice.getStyleClass().add("family-choice");
            choice.setMaxWidth(Double.MAX_VALUE);
            Label title = new Label(f.title());
            title.getStyleClass().add("family-title");
            Label line = new Label(f.oneLine());
            line.getStyleClass().add("family-line");
            choice.setGraphic(new VBox(0, title, line));
            choice.setTooltip(teach(f.explanation()));
            choice.setSelected(form.familyProperty().get() == f);
            box.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                form.familyProperty().set((Family) now.getUserData());
            } else if (was != null) {
                was.setSelected(true); // one family is always chosen
            }
        });
        form.familyProperty().addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        return box;
    }

    private static Node options(TrainingForm form) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(name, field);
        ObservableBooleanValue usesGrid = Bindings.createBooleanBinding(() -> form.familyProperty().get().usesGrid(),
                form.familyProperty());
        ObservableBooleanValue tree = Bindings.createBooleanBinding(() -> form.familyProperty().get().usesTree(),
                form.familyProperty());
        int row = 0;
        row = add(grid, row, "k", field("option-k", form.kProperty()), null,
                "Clusters to find. It starts at the label's class count (" + ClusteringModel.DEFAULT_K
                        + " without a class label).");
        Button dice = new Button("New");
        dice.setId("new-seed");
        dice.setTooltip(new Tooltip("Draw another seed"));
        dice.setOnAction(e -> form.newSeed());
        HBox seed = new HBox(6, field("option-seed", form.seedProperty()), dice);
        seed.setAlignment(Pos.CENTER_LEFT);
        row = add(grid, row, "Seed", seed, null, "Every random choice (k-means++ seeds, grid phases, leaves) is drawn from"
                + " this seed and the row ids, so a retrain without a row, with the same seed, can be compared bit for bit.");
        row = add(grid, row, "ε (grid)", field("option-epsilon", form.epsilonProperty()), usesGrid,
                "Grid width ε, in the encoded features' units (standard deviations). Centroids are rounded to the grid;"
                        + " wider cells certify more deletions, narrower ones cluster more precisely."
                        + byDefault(TrainingForm.plain(TrainingForm.Q_DEFAULTS.epsilon())));
        row = add(grid, row, "γ (balance)", field("option-gamma", form.gammaProperty()), usesGrid,
                "Balance share γ in [0, 1): a cluster with fewer than γ·n/k rows is pulled toward its previous centroid,"
                        + " so a small cluster cannot jump when one row leaves."
                        + byDefault(TrainingForm.plain(TrainingForm.Q_DEFAULTS.gamma())));
        row = add(grid, row, "Leaves", field("option-leaves", form.leavesProperty()), tree,
                "Leaves of the tree. Rows are dealt to them by a hash of (seed, row id), so a row's leaf never depends"
                        + " on the others; more leaves make each re-run smaller. A power of the width."
                        + byDefault(Integer.toString(TrainingForm.DC_DEFAULTS.leaves())));
        row = add(grid, row, "Width", field("option-width", form.widthProperty()), tree,
                "Children per inner node: leaves = width^height. Width = leaves makes a tree of height 1, the leaves"
                        + " under one root." + byDefault(Integer.toString(TrainingForm.DC_DEFAULTS.width())));
        row = add(grid, row, "Iteration cap", field("option-iterations", form.iterationsProperty()), null,
                "Stop after this many iterations even if the centroids still move."
                        + byDefault(Integer.toString(TrainingForm.LLOYD_DEFAULTS.maxIterations())));
        add(grid, row, "Tolerance", field("option-tolerance", form.toleranceProperty()), null,
                "When to stop. Lloyd and DC-k-means: when the centroids move less than this share of the mean feature"
                        + " variance (scikit-learn's tol). Q-k-means: when an iteration improves the loss by no more"
                        + " than this share of it."
                        + byDefault(TrainingForm.plain(TrainingForm.LLOYD_DEFAULTS.tolerance())));
        return grid;
    }

    /** " Default 0.05.": the engine's own default, so the help cannot drift from it. */
    private static String byDefault(String value) {
        return " Default " + value + ".";
    }

    private static int add(GridPane grid, int row, String name, Node input, ObservableBooleanValue shown, String help) {
        Label label = new Label(name);
        label.setTooltip(teach(help));
        label.getStyleClass().add("option-name");
        if (input instanceof TextField f) {
            f.setTooltip(teach(help));
        } else if (input instanceof HBox box && box.getChildren().get(0) instanceof TextField f) {
            f.setTooltip(teach(help));
        }
        if (shown != null) {
            label.visibleProperty().bind(shown);
            label.managedProperty().bind(label.visibleProperty());
            input.visibleProperty().bind(label.visibleProperty());
            input.managedProperty().bind(label.visibleProperty());
        }
        grid.addRow(row, label, input);
        return row + 1;
    }

    private static TextField field(String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(7);
        field.setPrefWidth(FIELD_WIDTH);
        field.setMaxWidth(FIELD_WIDTH);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Node problem(TrainingForm form) {
        Label problem = new Label();
        problem.setId("options-problem");
        problem.getStyleClass().add("problem-line");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        problem.visibleProperty().bind(form.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private static Node trainButton(ModelChain model) {
        Button train = new Button("Train");
        train.setId("train");
        train.getStyleClass().add("primary-button");
        train.setMaxWidth(Double.MAX_VALUE);
        train.textProperty().bind(Bindings.createStringBinding(() -> model.trainingProperty().get() ? "Training…"
                : model.currentProperty().get() == null ? "Train" : "Train again",
                model.trainingProperty(), model.currentProperty()));
        train.setTooltip(ModelPanel.teach("Train the chosen model on every row of the dataset, in the background (Ctrl+T)."
                + " Training again replaces the model and starts a new history."));
        train.disableProperty().bind(model.trainExecutableProperty().not());
        train.setOnAction(e -> model.train());
        return train;
    }

    /** A tooltip that teaches: wraps, stays up long enough to read, and appears without much delay. */
    static Tooltip teach(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }
}
