package org.unlearn.model.session;

import java.util.Arrays;
import org.unlearn.model.bench.BenchFamily;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * A session's model as rebuilt from its data copy: the rows prepared, split by the held-out ids recorded
 * when the session was created (so forgetting never moves a row between the sides), and trained with the
 * recipe's seed. Exactness makes the rebuild the same model, bit for bit, as the one the last exact
 * request left.
 */
final class SessionModel<M extends UnlearningModel<M>> {
    final BenchFamily<M> family;
    final TrainingSet train;
    final TrainingSet test;
    final long seed;
    final M model;

    private SessionModel(BenchFamily<M> family, TrainingSet train, TrainingSet test, long seed, M model) {
        this.family = family;
        this.train = train;
        this.test = test;
        this.seed = seed;
        this.model = model;
    }

    static <M extends UnlearningModel<M>> SessionModel<M> build(BenchFamily<M> family, PreparedData data,
                                                                int[] heldOut, long seed, Progress progress) {
        TrainingSet all = family.prepare(data.rows());
        int[] held = heldOut.clone();
        Arrays.sort(held);
        TrainingSet train = all.whereRowId(id -> Arrays.binarySearch(held, id) < 0);
        TrainingSet test = family.supervised() ? all.whereRowId(id -> Arrays.binarySearch(held, id) >= 0) : null;
        M model = family.trainer().train(train, seed, progress);
        return new SessionModel<>(family, train, test, seed, model);
    }

    double quality(M m) {
        return family.quality(m, test);
    }

    M retrain(TrainingSet rows) {
        return family.trainer().train(rows, seed, Progress.NONE);
    }
}
