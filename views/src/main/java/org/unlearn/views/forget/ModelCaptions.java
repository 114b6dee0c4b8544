package org.unlearn.views.forget;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableValue;
import org.unlearn.views.common.Figures;
import org.unlearn.views.data.LoadedData;

/** The words over the chain's current model: the opened dataset's name, the model's title, and its facts. */
final class ModelCaptions {
    private final StringExpression datasetName;
    private final StringExpression modelTitle;
    private final StringExpression modelFacts;

    ModelCaptions(ObservableValue<LoadedData> data, ObservableValue<ModelState> current) {
        datasetName = Bindings.createStringBinding(
                () -> data.getValue() == null ? "" : data.getValue().dataset().name(), data);
        modelTitle = Bindings.createStringBinding(
                () -> current.getValue() == null
                        ? ""
                        : title(current.getValue().fitted().recipe()),
                current);
        modelFacts = Bindings.createStringBinding(
                () -> current.getValue() == null ? "" : facts(current.getValue()), current);
    }

    /** The opened dataset's name; empty when none is open. */
    StringExpression datasetName() {
        return datasetName;
    }

    /** "Q-k-means · k = 3, ... · seed 42"; empty without a model. */
    StringExpression modelTitle() {
        return modelTitle;
    }

    /** Rows held, loss, and what the family knows of its run; empty without a model. */
    StringExpression modelFacts() {
        return modelFacts;
    }

    private static String title(Recipe<?> recipe) {
        return recipe.family().title() + " · " + recipe.optionsText() + " · seed " + recipe.seed();
    }

    private static String facts(ModelState state) {
        String facts = state.facts();
        return Figures.rows(state.size()) + " held · " + state.qualityLine() + (facts.isEmpty() ? "" : " · " + facts);
    }
}
