package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Group;
import org.unlearn.model.family.OptionType;
import org.unlearn.views.common.KeyValueGrid;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Tips;

/**
 * The model to train: the registry's families under their headings, the seed, one field per option of the
 * chosen family (made from its option specs), and Train. Each field is checked as it is typed and carries
 * its own refusal: marked on the field (a ControlsFX validation decoration) and written under it in plain
 * words. The options scroll when the window is short; the problem line and Train stay in view below them.
 */
final class ModelPanel extends BorderPane {
    private static final double FIELD_WIDTH = 96;
    private static final double NAME_WIDTH = 130;

    private final TrainingForm form;
    private final VBox options = new VBox();
    /** What the costed option (SISA's shards) costs, shown right under that option's field. */
    private final OptionCostPanel cost;

    private ValidationSupport validation;
    /** Undoes the shown fields' ties to their inputs, which outlive them (a family's typed values are kept). */
    private final List<Runnable> untie = new ArrayList<>();

    ModelPanel(TrainingForm form, ModelChain chain, CertifiedShares certified, OptionCostModel cost) {
        this.form = form;
        this.cost = new OptionCostPanel(cost);
        getStyleClass().add("model-panel");
        options.setId("family-options");
        // The decorations are drawn in a pane of our own (ControlsFX would otherwise wrap the scene's root).
        impl.org.controlsfx.skin.DecorationPane decorated = new impl.org.controlsfx.skin.DecorationPane();
        decorated.setRoot(new VBox(8, families(form), new CertifiedSharePane(certified, form), seed(form), options));
        setCenter(Nodes.scrolled(decorated));
        VBox bottom = new VBox(6, problem(form), trainButton(chain));
        bottom.setPadding(new Insets(6, 4, 0, 2));
        setBottom(bottom);
        form.inputs().addListener((javafx.collections.ListChangeListener<OptionInput>) c -> showOptions());
        showOptions();
    }

    /**
     * One line per family, under its group's heading, and under them the chosen family's way of forgetting:
     * short enough that the options stay in view.
     */
    private static Node families(TrainingForm form) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(2);
        Group heading = null;
        for (FamilyDescriptor<?> f : form.families()) {
            if (f.group() != heading) {
                heading = f.group();
                Label title = new Label(heading.title());
                title.getStyleClass().add("family-group");
                box.getChildren().add(title);
            }
            RadioButton choice = new RadioButton(f.title());
            choice.setId("family-" + f.code().toLowerCase(Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setUserData(f);
            choice.getStyleClass().add("family-choice");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setTooltip(Tips.teach(f.description() + ". " + f.explanation()));
            choice.setSelected(form.familyProperty().get() == f);
            box.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                form.familyProperty().set((FamilyDescriptor<?>) now.getUserData());
            } else if (was != null) {
                was.setSelected(true); // one family is always chosen
            }
        });
        form.familyProperty()
                .addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        Label how = new Label();
        how.setId("family-line");
        how.getStyleClass().add("family-line");
        how.setWrapText(true);
        how.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            FamilyDescriptor<?> f = form.familyProperty().get();
                            return f.title() + " " + f.description() + ".";
                        },
                        form.familyProperty()));
        box.getChildren().add(how);
        return box;
    }

    private static Node seed(TrainingForm form) {
        KeyValueGrid grid = new KeyValueGrid(8, 6);
        TextField field = new TextField();
        field.setId("option-seed");
        field.setPrefWidth(FIELD_WIDTH);
        field.setMaxWidth(FIELD_WIDTH);
        field.textProperty().bindBidirectional(form.seedProperty());
        String help = "Every random choice (k-means++ seeds, grid phases, leaves, shards, slices, batch order, the"
                + " held-out rows) is drawn from this seed and the row ids, so a retrain without a row, with the same"
                + " seed, can be compared bit for bit.";
        field.setTooltip(Tips.teach(help));
        Button dice = new Button("New");
        dice.setId("new-seed");
        dice.setTooltip(new Tooltip("Draw another seed"));
        dice.setOnAction(e -> form.newSeed());
        // Beside the lessons the column is narrow: the field (a few digits) gives way, the button keeps its word.
        field.setMinWidth(56);
        dice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(6, field, dice);
        row.setAlignment(Pos.CENTER_LEFT);
        grid.addPair(name("Seed", help), row, null);
        grid.addWide(error("option-seed-error", form.seedErrorProperty()));
        return grid;
    }

    /** The chosen family's fields, made again when another family is chosen. */
    private void showOptions() {
        if (validation != null) {
            validation.setErrorDecorationEnabled(false); // the old fields leave with their marks
        }
        untie.forEach(Runnable::run);
        untie.clear();
        validation = new ValidationSupport();
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
        KeyValueGrid grid = new KeyValueGrid(8, 6);
        for (OptionInput input : form.inputs()) {
            Control field = input.isChoice() ? choice(input) : field(input);
            field.setId("option-" + input.name());
            field.setTooltip(Tips.teach(input.help()));
            grid.addPair(name(input.label(), input.help()), field, null);
            grid.addWide(error("option-" + input.name() + "-error", input.errorProperty()));
            if (field instanceof TextField text && !input.longNote().isEmpty()) {
                grid.addWide(note("note-" + input.name(), text, input));
            }
            if (input.name().equals(form.familyProperty().get().costedOption())) {
                grid.addWide(cost);
            }
            validation.registerValidator(
                    field,
                    false,
                    (Control c, Object value) -> ValidationResult.fromErrorIf(
                            c,
                            input.errorProperty().get(),
                            !input.errorProperty().get().isEmpty()));
            javafx.beans.InvalidationListener mark = o -> revalidate(field);
            input.errorProperty().addListener(mark);
            untie.add(() -> input.errorProperty().removeListener(mark));
            untie.add(() -> unbind(field, input));
        }
        options.getChildren().setAll(grid);
    }

    private static void unbind(Control field, OptionInput input) {
        if (field instanceof TextField text) {
            text.textProperty().unbindBidirectional(input.textProperty());
        } else if (field instanceof ChoiceBox<?> box) {
            @SuppressWarnings("unchecked")
            ChoiceBox<String> choice = (ChoiceBox<String>) box;
            choice.valueProperty().unbindBidirectional(input.textProperty());
        }
    }

    private void revalidate(Control field) {
        if (validation != null && field.getScene() != null) {
            validation.revalidate(field);
        }
    }

    private static Label name(String text, String help) {
        Label label = new Label(text);
        label.setTooltip(Tips.teach(help));
        label.getStyleClass().add("option-name");
        label.setWrapText(true);
        label.setMaxWidth(NAME_WIDTH);
        return label;
    }

    /** The field's own refusal, under it; takes no room while there is none. */
    private static Label error(String id, ObservableStringValue text) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("option-error");
        line.setWrapText(true);
        line.textProperty().bind(text);
        Nodes.showWhen(line, Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
        return line;
    }

    /**
     * What an empty field means in full ("empty: not certified"), under it while it is being typed into: the
     * field itself is too narrow to say it, and the line takes no room otherwise.
     */
    private static Label note(String id, TextField field, OptionInput input) {
        Label line = new Label(input.longNote());
        line.setId(id);
        line.getStyleClass().add("option-note");
        line.setWrapText(true);
        Nodes.showWhen(
                line,
                Bindings.createBooleanBinding(
                        () -> field.isFocused()
                                && input.promptShortened()
                                && (field.getText() == null || field.getText().isBlank()),
                        field.focusedProperty(),
                        field.textProperty(),
                        input.promptProperty()));
        return line;
    }

    private static TextField field(OptionInput input) {
        TextField field = new TextField();
        field.setPrefColumnCount(7);
        field.setPrefWidth(FIELD_WIDTH);
        field.setMaxWidth(FIELD_WIDTH);
        field.textProperty().bindBidirectional(input.textProperty());
        field.promptTextProperty().bind(input.promptProperty());
        return field;
    }

    /** A drop-down for a choice or a yes-or-no option; its empty item is the engine's default. */
    private static ChoiceBox<String> choice(OptionInput input) {
        ChoiceBox<String> box = new ChoiceBox<>();
        if (!input.spec().hasDefault()) {
            box.getItems().add("");
        }
        box.getItems()
                .addAll(
                        input.spec().type() == OptionType.FLAG
                                ? List.of("true", "false")
                                : input.spec().choices());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? "default" : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.valueProperty().bindBidirectional(input.textProperty());
        box.setPrefWidth(FIELD_WIDTH);
        return box;
    }

    private static Node problem(TrainingForm form) {
        Label problem = new Label();
        problem.setId("options-problem");
        problem.getStyleClass().add("problem-line");
        problem.setWrapText(true);
        problem.textProperty().bind(form.unplacedProblemProperty());
        Nodes.showWhen(problem, form.unplacedProblemProperty().isNotEmpty());
        return problem;
    }

    private static Node trainButton(ModelChain model) {
        Button train = new Button("Train");
        train.setId("train");
        train.getStyleClass().add("primary-button");
        train.setMaxWidth(Double.MAX_VALUE);
        train.setMinWidth(Region.USE_PREF_SIZE);
        train.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.trainingProperty().get()
                                ? "Training…"
                                : model.currentProperty().get() == null ? "Train" : "Train again",
                        model.trainingProperty(),
                        model.currentProperty()));
        train.setTooltip(Tips.teach("Train the chosen model in the background (Ctrl+T): a model that learns no label"
                + " on every row, a model that learns the label on 80% of them, the rest held out by the seed to score"
                + " it. Training again replaces the model and starts a new history."));
        train.disableProperty().bind(model.trainExecutableProperty().not());
        train.setOnAction(e -> model.train());
        return train;
    }
}
