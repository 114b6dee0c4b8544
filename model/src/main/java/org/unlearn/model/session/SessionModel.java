package org.unlearn.model.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Function;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * A session's model, read back from its stored state or rebuilt from its data copy: the rows prepared, split by the held-out ids recorded
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

    /** Trains the model on the rows not held out. */
    static <M extends UnlearningModel<M>> SessionModel<M> build(
            Configured<M> family, PreparedData data, int[] heldOut, long seed, Progress progress) {
        return make(family, data, heldOut, seed, train -> family.train(train, seed, progress));
    }

    /**
     * The model a request left, over the rows of the copy written without the forgotten ones (encoded as
     * before, so its rows are the ones it reflects): no training.
     */
    @SuppressWarnings("unchecked")
    SessionModel<M> keeping(UnlearningModel<?> kept, PreparedData data, int[] heldOut) {
        return make(family, data, heldOut, seed, train -> (M) kept);
    }

    /** Reads the model's stored state back (see {@link ModelFile}) instead of training it. */
    static <M extends UnlearningModel<M>> SessionModel<M> restore(
            Configured<M> family, PreparedData data, int[] heldOut, long seed, byte[] state) throws IOException {
        try {
            return make(family, data, heldOut, seed, train -> {
                try {
                    return ModelFile.decode(state, family, train, seed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <M extends UnlearningModel<M>> SessionModel<M> make(
            Configured<M> family, PreparedData data, int[] heldOut, long seed, Function<TrainingSet, M> model) {
        TrainingSet all = family.prepare(data.rows());
        int[] held = heldOut.clone();
        Arrays.sort(held);
        TrainingSet train = all.whereRowId(id -> Arrays.binarySearch(held, id) < 0);
        TrainingSet test =
                family.family().group().supervised() ? all.whereRowId(id -> Arrays.binarySearch(held, id) >= 0) : null;
        return new SessionModel<>(family, train, test, seed, model.apply(train));
    }

    /** The model's stored state, or none when the family cannot store it. */
    java.util.Optional<byte[]> state() {
        return ModelFile.encode(family, train, model);
    }

    /** True when the family can store this model's state as it is, or stores none of its models. */
    boolean storable(M m) {
        return family.stateCodec(train).map(codec -> codec.canWrite(m)).orElse(true);
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
