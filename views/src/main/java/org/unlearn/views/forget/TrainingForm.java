package org.unlearn.views.forget;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.BadOptionException;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Options;

/**
 * The model panel's inputs as typed, and the recipe they make. The fields are the chosen family's option
 * specs, one each; every change is checked at once, each value by its own spec and then all of them by the
 * family, and a refusal lands on the field it names. While one stands there is no recipe to train.
 */
public final class TrainingForm {
    public static final long DEFAULT_SEED = 42;
    /** The family chosen first, when it is registered. */
    static final String FIRST_FAMILY = "qkmeans";

    private final List<FamilyDescriptor<?>> families;
    private final ObjectProperty<FamilyDescriptor<?>> family = new SimpleObjectProperty<>();
    private final Map<String, List<OptionInput>> inputsByFamily = new HashMap<>();
    private final ReadOnlyListWrapper<OptionInput> inputs =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty seed = new SimpleStringProperty(Long.toString(DEFAULT_SEED));
    private final ReadOnlyStringWrapper seedError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Recipe<?>> recipe = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unplaced = new ReadOnlyStringWrapper("");
    private TrainingSet rows;

    TrainingForm() {
        this(Families.all());
    }

    /** @param families the families to offer, in the order the panel lists them */
    TrainingForm(List<FamilyDescriptor<?>> families) {
        this.families = List.copyOf(families);
        family.addListener((o, was, now) -> show(now));
        seed.addListener(o -> check());
        family.set(this.families.stream()
                .filter(f -> f.code().equals(FIRST_FAMILY))
                .findFirst()
                .orElse(this.families.get(0)));
    }

    /** The families the form offers, as the registry lists them. */
    public List<FamilyDescriptor<?>> families() {
        return families;
    }

    /** Chooses a family by its code or an alias ("qkmeans"); refuses one that is not offered. */
    public void choose(String code) {
        FamilyDescriptor<?> wanted = Families.byCode(code);
        if (!families.contains(wanted)) {
            throw new BadInputException("no family " + code + " in this form");
        }
        family.set(wanted);
    }

    /** The chosen family's option by name, to type into. */
    public OptionInput option(String name) {
        return inputs.stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(family.get().code() + " has no option " + name));
    }

    /** The rows the model will train on: the defaults the data decides (k from the label) are shown as hints. */
    void suggestFrom(TrainingSet data) {
        rows = data;
        suggest();
    }

    /** Every option back to its default (a value typed for one dataset, ε or σ, is no guide to the next). */
    void resetOptions() {
        inputsByFamily.clear();
        show(family.get());
    }

    /** A fresh seed, small enough to read aloud and type back. */
    public void newSeed() {
        seed.set(Integer.toString(ThreadLocalRandom.current().nextInt(1, 1_000_000)));
    }

    private void show(FamilyDescriptor<?> chosen) {
        List<OptionInput> fields = inputsByFamily.computeIfAbsent(chosen.code(), c -> {
            List<OptionInput> made =
                    chosen.options().stream().map(OptionInput::new).toList();
            made.forEach(i -> i.textProperty().addListener(o -> check()));
            return made;
        });
        inputs.setAll(fields);
        suggest();
        check();
    }

    /** Shows, in each empty field without a fixed default, the value the family would choose for these rows. */
    private void suggest() {
        FamilyDescriptor<?> f = family.get();
        List<OptionInput> open =
                inputs.stream().filter(i -> !i.spec().hasDefault()).toList();
        if (open.isEmpty()) {
            return;
        }
        Options resolved = null;
        if (rows != null) {
            try {
                Options defaults = f.defaults();
                resolved = f.resolve(defaults, f.prepare(defaults, rows));
            } catch (BadInputException e) {
                // These rows do not suit the family (training will say why): no hint beyond the note.
            }
        }
        for (OptionInput input : open) {
            input.suggest(resolved != null && resolved.has(input.name()) ? resolved.text(input.name()) : null);
        }
    }

    private void check() {
        FamilyDescriptor<?> f = family.get();
        if (f == null) {
            return;
        }
        Long s = seed();
        Options options = f.defaults();
        String first = s == null ? seedError.get() : "";
        for (OptionInput input : inputs) {
            String value = input.checked();
            if (value != null) {
                // A value left at its default is not given: a family may refuse an option its other choices do
                // not read (a tree learner's depth beside softmax) only when it is given.
                if (!value.equals(input.spec().defaultValue())) {
                    options = options.with(input.name(), value);
                }
            } else if (first.isEmpty()) {
                first = input.errorProperty().get();
            }
        }
        if (first.isEmpty()) {
            try {
                Recipe<?> made = Recipe.of(f.configure(options), s);
                recipe.set(made);
                problem.set("");
                unplaced.set("");
                return;
            } catch (BadOptionException e) {
                OptionInput blamed = inputs.stream()
                        .filter(i -> i.name().equals(e.option()))
                        .findFirst()
                        .orElse(null);
                if (blamed != null) {
                    blamed.refuse(e.getMessage());
                }
                recipe.set(null);
                problem.set(e.getMessage());
                unplaced.set(blamed == null ? e.getMessage() : "");
                return;
            } catch (BadInputException e) {
                recipe.set(null);
                problem.set(e.getMessage());
                unplaced.set(e.getMessage());
                return;
            }
        }
        recipe.set(null);
        problem.set(first);
        unplaced.set("");
    }

    private Long seed() {
        String text = seed.get() == null ? "" : seed.get().strip();
        try {
            long value = Long.parseLong(text);
            seedError.set("");
            return value;
        } catch (NumberFormatException e) {
            seedError.set("the seed must be a whole number, not \"" + text + "\"");
            return null;
        }
    }

    public ObjectProperty<FamilyDescriptor<?>> familyProperty() {
        return family;
    }

    /** The chosen family's options, one input each, in the family's order. */
    public ReadOnlyListProperty<OptionInput> inputs() {
        return inputs.getReadOnlyProperty();
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** The seed's refusal; empty while it is a whole number. */
    public ReadOnlyStringProperty seedErrorProperty() {
        return seedError.getReadOnlyProperty();
    }

    /** The recipe the inputs make, or null while one of them is refused. */
    ReadOnlyObjectProperty<Recipe<?>> recipeProperty() {
        return recipe.getReadOnlyProperty();
    }

    /** A refusal that names no field (the family's own, about the options together); empty otherwise. */
    public ReadOnlyStringProperty unplacedProblemProperty() {
        return unplaced.getReadOnlyProperty();
    }

    /** The first refusal of the inputs as they stand, in one line; empty when they make a recipe. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
