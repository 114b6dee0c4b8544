package org.unlearn.views.forget;

import java.util.List;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.KeyValueGrid;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Tips;

/**
 * The model to train: its family, k, seed and the family's options, checked as they are typed, and Train.
 * The options scroll when the window is short; the problem line and Train stay in view below them.
 */
final class ModelPanel extends BorderPane {
    private static final double FIELD_WIDTH = 96;

    ModelPanel(TrainingForm form, ModelChain chain) {
        getStyleClass().add("model-panel");
        setCenter(Nodes.scrolled(new VBox(8, families(form), options(form))));
        VBox bottom = new VBox(6, problem(form), trainButton(chain));
        bottom.setPadding(new Insets(6, 4, 0, 2));
        setBottom(bottom);
    }

    /**
     * One line per family, under two headings (clustering; learning the label), and under them the chosen
     * family's way of forgetting: short enough that the options stay in view.
     */
    private static Node families(TrainingForm form) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(2);
        for (Family f : Family.values()) {
            if (f == Family.LLOYD || f == Family.SISA) {
                Label heading = new Label(f == Family.LLOYD ? "Clustering" : "Learning the label");
                heading.getStyleClass().add("family-group");
                box.getChildren().add(heading);
            }
            RadioButton choice = new RadioButton(f.title());
            choice.setId("family-" + f.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setUserData(f);
            choice.getStyleClass().add("family-choice");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setTooltip(Tips.teach(f.oneLine() + ". " + f.explanation()));
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
        Label how = new Label();
        how.setId("family-line");
        how.getStyleClass().add("family-line");
        how.setWrapText(true);
        how.textProperty().bind(Bindings.createStringBinding(() -> {
            Family f = form.familyProperty().get();
            return f.title() + " " + f.oneLine() + ".";
        }, form.familyProperty()));
        box.getChildren().add(how);
        return box;
    }

    private static Node options(TrainingForm form) {
        KeyValueGrid grid = new KeyValueGrid(8, 6);
        ObservableBooleanValue usesGrid = Bindings.createBooleanBinding(() -> form.familyProperty().get().usesGrid(),
                form.familyProperty());
        ObservableBooleanValue tree = Bindings.createBooleanBinding(() -> form.familyProperty().get().usesTree(),
                form.familyProperty());
        ObservableBooleanValue clusters = shownFor(form, Family::clusters);
        ObservableBooleanValue sisa = shownFor(form, f -> f == Family.SISA);
        ObservableBooleanValue linear = shownFor(form, Family::linear);
        ObservableBooleanValue logistic = shownFor(form, f -> f == Family.LOGREG);
        add(grid, "k", field("option-k", form.kProperty()), clusters,
                "Clusters to find. It starts at the label's class count (" + ClusteringModel.DEFAULT_K
                        + " without a class label).");
        Button dice = new Button("New");
        dice.setId("new-seed");
        dice.setTooltip(new Tooltip("Draw another seed"));
        dice.setOnAction(e -> form.newSeed());
        HBox seed = new HBox(6, field("option-seed", form.seedProperty()), dice);
        seed.setAlignment(Pos.CENTER_LEFT);
        add(grid, "Seed", seed, null, "Every random choice (k-means++ seeds, grid phases, leaves, shards, slices,"
                + " batch order, the held-out rows) is drawn from this seed and the row ids, so a retrain without a row,"
                + " with the same seed, can be compared bit for bit.");
        add(grid, "Shards S", field("option-shards", form.shardsProperty()), sisa,
                "Disjoint shards, one constituent model each. A row's shard comes from a hash of (seed, row id), so"
                        + " forgetting it never moves another row. More shards make each retrain smaller, and each"
                        + " model weaker.");
        add(grid, "Slices R", field("option-slices", form.slicesProperty()), sisa,
                "Slices per shard. A shard trains slice by slice with a checkpoint after each; forgetting a row"
                        + " retrains from the checkpoint before its slice. A tree learner cannot be sliced (R = 1).");
        add(grid, "Learner", choice("option-learner", TrainingForm.LEARNERS, form.learnerProperty()), sisa,
                "Each shard's model: softmax regression or a one-hidden-layer network trained by mini-batch SGD,"
                        + " or a decision tree (Smile).");
        add(grid, "Epochs", field("option-epochs", form.epochsProperty()), sisa,
                "Passes over a shard's rows, spread over its slices. Empty: the engine's default.");
        add(grid, "λ (L2)", field("option-lambda", form.lambdaProperty()), linear,
                "L2 regularization. It makes the optimum unique, so a retrain has one answer, and keeps the Hessian"
                        + " invertible. Empty: the engine's default.");
        add(grid, "Deletion", choice("option-method", TrainingForm.METHODS, form.methodProperty()), linear,
                "How a request forgets: newton (one Newton step with the remaining rows' Hessian), influence (the"
                        + " full data's Hessian), pru (projective residual update) or exact (retrain).");
        String certify = " Give ε, δ and σ to train for certified removal (Guo et al.): the objective is perturbed by"
                + " bᵀθ with b drawn from N(0, σ²) by the seed, each removal spends part of an (ε, δ) budget, and a"
                + " retrain is forced when a removal would overspend it. Leave all three empty for an ordinary model.";
        add(grid, "Certify ε", field("option-certify-epsilon", form.certifyEpsilonProperty()), logistic,
                "ε of the (ε, δ) removal guarantee: smaller is a stronger promise and a smaller budget." + certify);
        add(grid, "Certify δ", field("option-certify-delta", form.certifyDeltaProperty()), logistic,
                "δ of the (ε, δ) removal guarantee, e.g. 0.0001." + certify);
        add(grid, "Certify σ", field("option-certify-sigma", form.certifySigmaProperty()), logistic,
                "The perturbation's standard deviation σ: larger buys more removals before a retrain, at some accuracy."
                        + certify);
        add(grid, "ε (grid)", field("option-epsilon", form.epsilonProperty()), usesGrid,
                "Grid width ε, in the encoded features' units (standard deviations). Centroids are rounded to the grid;"
                        + " wider cells certify more deletions, narrower ones cluster more precisely."
                        + byDefault(Figures.plain(TrainingForm.Q_DEFAULTS.epsilon())));
        add(grid, "γ (balance)", field("option-gamma", form.gammaProperty()), usesGrid,
                "Balance share γ in [0, 1): a cluster with fewer than γ·n/k rows is pulled toward its previous centroid,"
                        + " so a small cluster cannot jump when one row leaves."
                        + byDefault(Figures.plain(TrainingForm.Q_DEFAULTS.gamma())));
        add(grid, "Leaves", field("option-leaves", form.leavesProperty()), tree,
                "Leaves of the tree. Rows are dealt to them by a hash of (seed, row id), so a row's leaf never depends"
                        + " on the others; more leaves make each re-run smaller. A power of the width."
                        + byDefault(Integer.toString(TrainingForm.DC_DEFAULTS.leaves())));
        add(grid, "Width", field("option-width", form.widthProperty()), tree,
                "Children per inner node: leaves = width^height. Width = leaves makes a tree of height 1, the leaves"
                        + " under one root." + byDefault(Integer.toString(TrainingForm.DC_DEFAULTS.width())));
        add(grid, "Iteration cap", field("option-iterations", form.iterationsProperty()), clusters,
                "Stop after this many iterations even if the centroids still move."
                        + byDefault(Integer.toString(TrainingForm.LLOYD_DEFAULTS.maxIterations())));
        add(grid, "Tolerance", field("option-tolerance", form.toleranceProperty()), clusters,
                "When to stop. Lloyd and DC-k-means: when the centroids move less than this share of the mean feature"
                        + " variance (scikit-learn's tol). Q-k-means: when an iteration improves the loss by no more"
                        + " than this share of it."
                        + byDefault(Figures.plain(TrainingForm.LLOYD_DEFAULTS.tolerance())));
        return grid;
    }

    private static ObservableBooleanValue shownFor(TrainingForm form, Predicate<Family> test) {
        return Bindings.createBooleanBinding(() -> test.test(form.familyProperty().get()), form.familyProperty());
    }

    private static ChoiceBox<String> choice(String id, List<String> items, ObjectProperty<String> value) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.valueProperty().bindBidirectional(value);
        box.setPrefWidth(FIELD_WIDTH);
        return box;
    }

    /** " Default 0.05.": the engine's own default, so the help cannot drift from it. */
    private static String byDefault(String value) {
        return " Default " + value + ".";
    }

    private static void add(KeyValueGrid grid, String name, Node input, ObservableBooleanValue shown, String help) {
        Label label = new Label(name);
        label.setTooltip(Tips.teach(help));
        label.getStyleClass().add("option-name");
        if (input instanceof Control f) {
            f.setTooltip(Tips.teach(help));
        } else if (input instanceof HBox box && box.getChildren().get(0) instanceof TextField f) {
            f.setTooltip(Tips.teach(help));
        }
        grid.addPair(label, input, shown);
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
        Nodes.showWhen(problem, form.problemProperty().isNotEmpty());
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
        train.setTooltip(Tips.teach("Train the chosen model in the background (Ctrl+T): a k-means model on every row,"
                + " a model that learns the label on 80% of them, the rest held out by the seed to score it. Training"
                + " again replaces the model and starts a new history."));
        train.disableProperty().bind(model.trainExecutableProperty().not());
        train.setOnAction(e -> model.train());
        return train;
    }
}
