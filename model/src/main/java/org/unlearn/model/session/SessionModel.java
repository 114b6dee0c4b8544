package org.unlearn.model.session;

import java.util.Arrays;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * A session's model as rebuilt from its data copy: the rows prepared, split by the held-out ids recorded
 * when the session was created (so forgetting never moves a row between the sides), and trained with the
 * recipe's seed. Exactness makes the rebuild the same model, bit for bit, as the one the last exact
 * request left.
 */
final class SessionModel<M extends UnlearningModel<M>> {
    final Configured<M> family;
    final TrainingSet train;
    final TrainingSet test;
    final long seed;
    final M model;

    private SessionModel(Configured<M> family, TrainingSet train, TrainingSet test, long seed, M model) {
        this.family = family;
        this.train = train;
        this.test = test;
        this.seed = seed;
        this.model = model;
    }

    static <M extends UnlearningModel<M>> SessionModel<M> build(
            Configured<M> family, PreparedData data, int[] heldOut, long seed, Progress progress) {
        TrainingSet all = family.prepare(data.rows());
        int[] held = heldOut.clone();
        Arrays.sort(held);
        TrainingSet train = all.whereRowId(id -> Arrays.binarySearch(held, id) < 0);
        TrainingSet test =
                family.family().group().supervised() ? all.whereRowId(id -> Arrays.binarySearch(held, id) >= 0) : null;
        M model = family.train(train, seed, progress);
        return new SessionModel<>(family, train, test, seed, model);
    }

    double quality(M m) {
        return family.quality(m, test);
    }

    /** The exact retrain from scratch of this model on the given rows. */
    M retrain(TrainingSet rows) {
        return family.retrain(model, rows, Progress.NONE);
    }

    String qualityMetric() {
        return family.family().qualityMetric(train);
    }
}
