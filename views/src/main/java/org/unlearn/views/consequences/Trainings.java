package org.unlearn.views.consequences;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.UnlearningModel;

/**
 * The other families' trainings made for a comparison, kept for the next one: the same family, options,
 * rows and seed train the same model, so a comparison after a new training of the user's own model (on
 * the same rows) does not train them again. The newest few are kept: a model can weigh tens of megabytes.
 */
final class Trainings {
    static final int KEPT = 4;

    private final Map<Key, UnlearningModel<?>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, UnlearningModel<?>> eldest) {
            return size() > KEPT;
        }
    };

    /** What decides a training: the recipe, the seed, and the rows by name, ids and width. */
    private record Key(String recipe, long seed, String name, int dimension, int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.recipe.equals(recipe)
                    && k.seed == seed
                    && k.name.equals(name)
                    && k.dimension == dimension
                    && Arrays.equals(k.ids, ids);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * recipe.hashCode() + Long.hashCode(seed)) + Arrays.hashCode(ids);
        }
    }

    /** The same contender, whose training comes from here when it was made before. */
    @SuppressWarnings("unchecked")
    <M extends UnlearningModel<M>> Replay.Contender<M> remembering(Replay.Contender<M> contender, String recipe) {
        return new Replay.Contender<>(
                contender.name(),
                (rows, seed, progress) -> {
                    Key key = key(recipe, seed, rows);
                    synchronized (kept) {
                        UnlearningModel<?> made = kept.get(key);
                        if (made != null) {
                            return (M) made;
                        }
                    }
                    M model = contender.trainer().train(rows, seed, progress);
                    synchronized (kept) {
                        kept.put(key, model);
                    }
                    return model;
                },
                contender.unlearner(),
                contender.quality());
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    void clear() {
        synchronized (kept) {
            kept.clear();
        }
    }

    private static Key key(String recipe, long seed, TrainingSet rows) {
        return new Key(recipe, seed, rows.name(), rows.dimension(), rows.rowIds());
    }
}
