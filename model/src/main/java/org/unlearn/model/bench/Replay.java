package org.unlearn.model.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * One sequence of forget requests carried out by several contenders (a family's own unlearning, the
 * same family retrained from scratch after every request, another family), each from its own training on
 * the same rows with the same seed. What forgetting costs and changes can then be compared request by
 * request: the quality after each, the time and the work each took.
 */
public final class Replay {
    private Replay() {}

    /** How a contender forgets rows from its model. */
    @FunctionalInterface
    public interface Unlearner<M extends UnlearningModel<M>> {
        Forgotten<M> forget(M model, int[] rowIds, Progress progress);
    }

    /**
     * One way of carrying out the requests.
     *
     * @param name    how charts name it ("Q-k-means", "Lloyd retrained from scratch")
     * @param quality the figure compared after each request (k-means loss on the rows held, accuracy on
     *                held-out rows), computed off the clock
     */
    public record Contender<M extends UnlearningModel<M>>(
            String name, Trainer<M> trainer, Unlearner<M> unlearner, ToDoubleFunction<M> quality) {
        public Contender {
            Objects.requireNonNull(name);
            Objects.requireNonNull(trainer);
            Objects.requireNonNull(unlearner);
            Objects.requireNonNull(quality);
        }

        /** The family's own unlearning: its default forget method. */
        public static <M extends UnlearningModel<M>> Contender<M> unlearning(
                String name, Trainer<M> trainer, ToDoubleFunction<M> quality) {
            return new Contender<>(name, trainer, UnlearningModel::forget, quality);
        }

        /**
         * The family retrained from scratch on the remaining rows after every request, the same seed: the
         * exact answer every unlearning method is measured against, at a full training's cost.
         */
        public static <M extends UnlearningModel<M>> Contender<M> retraining(
                String name, Trainer<M> trainer, ToDoubleFunction<M> quality) {
            Unlearner<M> retrain = (model, rows, progress) -> {
                long start = System.nanoTime();
                M fresh = trainer.train(
                        model.trainingData().without(rows), model.provenance().seed(), progress);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                ForgetReport report = new ForgetReport(
                        rows,
                        "retrain",
                        true,
                        false,
                        UNKNOWN,
                        UNKNOWN,
                        took,
                        "retrained from scratch on " + fresh.trainingData().size() + " rows",
                        null);
                return new Forgotten<>(fresh, report);
            };
            return new Contender<>(name, trainer, retrain, quality);
        }
    }

    /** Work units a retrain from scratch does not count in a family's own unit. */
    public static final long UNKNOWN = -1;

    /**
     * The contender after one request.
     *
     * @param forgotten     rows forgotten so far, this request's included
     * @param workUnits     the request's work in the family's unit, or {@link #UNKNOWN}
     * @param fullWorkUnits a full retrain's work in that unit, or {@link #UNKNOWN}
     */
    public record Step(
            int forgotten,
            double quality,
            Duration elapsed,
            long workUnits,
            long fullWorkUnits,
            boolean exact,
            boolean certified) {}

    /** A contender's run: its training, then one step per request. */
    public record Line(String name, double trainedQuality, Duration trainTime, List<Step> steps) {
        public Line {
            steps = List.copyOf(steps);
        }

        /** Wall time of every request together. */
        public Duration totalForgetTime() {
            return steps.stream().map(Step::elapsed).reduce(Duration.ZERO, Duration::plus);
        }
    }

    /**
     * Trains the contender on the rows with the seed and carries out the requests in order, timing each
     * forget (the quality is computed outside the timing).
     */
    public static <M extends UnlearningModel<M>> Line run(
            Contender<M> contender, TrainingSet rows, long seed, List<int[]> requests, Progress progress) {
        progress.report(0, contender.name() + ": training");
        long start = System.nanoTime();
        M model = contender.trainer().train(rows, seed, progress.range(0, 1.0 / (requests.size() + 1)));
        Duration trainTime = Duration.ofNanos(System.nanoTime() - start);
        double trainedQuality = contender.quality().applyAsDouble(model);
        List<Step> steps = new ArrayList<>(requests.size());
        int forgotten = 0;
        for (int i = 0; i < requests.size(); i++) {
            progress.checkCancelled();
            progress.report(
                    (i + 1.0) / (requests.size() + 1),
                    contender.name() + ": request " + (i + 1) + " of " + requests.size());
            long a = System.nanoTime();
            // Within this request's share: Cancel reaches a long step (a retrain from scratch).
            Forgotten<M> done = contender
                    .unlearner()
                    .forget(
                            model,
                            requests.get(i),
                            progress.range((i + 1.0) / (requests.size() + 1), (i + 2.0) / (requests.size() + 1)));
            Duration took = Duration.ofNanos(System.nanoTime() - a);
            model = done.model();
            ForgetReport report = done.report();
            forgotten += report.rowIds().length;
            steps.add(new Step(
                    forgotten,
                    contender.quality().applyAsDouble(model),
                    took,
                    report.workUnits(),
                    report.fullWorkUnits(),
                    report.exact(),
                    report.certified()));
        }
        progress.report(1, contender.name() + ": done");
        return new Line(contender.name(), trainedQuality, trainTime, steps);
    }
}
