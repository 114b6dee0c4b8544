package org.unlearn.views.forget;

import java.util.Map;
import java.util.Optional;

/**
 * How the forget view's model was trained, as a compliance session records it: the family's code, every
 * option with the value it trained with, and the seed. A session made from it trains the same model.
 */
public record TrainedRecipe(String family, Map<String, String> options, long seed) {
    public TrainedRecipe {
        options = Map.copyOf(options);
    }

    /** The recipe of a model in the chain, or empty when there is none. */
    public static Optional<TrainedRecipe> of(ModelState state) {
        if (state == null) {
            return Optional.empty();
        }
        Recipe<?> recipe = state.fitted().recipe();
        return Optional.of(
                new TrainedRecipe(recipe.family().code(), recipe.options().asMap(), recipe.seed()));
    }
}
