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
     * A contender's run so far: its line and the model after its last step, so a later replay of the same
     * requests and more carries on from there instead of starting again.
     */
    public record Run<M extends UnlearningModel<M>>(Line line, M model) {
        public Run {
            Objects.requireNonNull(line);
            Objects.requireNonNull(model);
        }
    }

    /**
     * Trains the contender on the rows with the seed and carries out the requests in order, timing each
     * forget (the quality is computed outside the timing).
     */
    public static <M extends UnlearningModel<M>> Line run(
            Contender<M> contender, TrainingSet rows, long seed, List<int[]> requests, Progress progress) {
        return carryOn(contender, null, rows, seed, requests, progress).line();
    }

    /**
     * Carries out the requests its earlier run has not reached yet, from that run's model; trains first
     * when there is no earlier run. The earlier run must have carried out the first of these same requests.
     *
     * @param earlier the contender's run over a prefix of the requests, or null
     */
    public static <M extends UnlearningModel<M>> Run<M> carryOn(
            Contender<M> contender,
            Run<M> earlier,
            TrainingSet rows,
            long seed,
            List<int[]> requests,
            Progress progress) {
        int done = earlier == null ? 0 : earlier.line().steps().size();
        if (done > requests.size()) {
            throw new IllegalArgumentException(
                    "the earlier run carried out " + done + " requests, more than the " + requests.size() + " asked");
        }
        int todo = requests.size() - done;
        double share = 1.0 / (todo + 1);
        M model;
        Line line;
        if (earlier == null) {
            progress.report(0, contender.name() + ": training");
            long start = System.nanoTime();
            model = contender.trainer().train(rows, seed, progress.range(0, share));
            Duration trainTime = Duration.ofNanos(System.nanoTime() - start);
            line = new Line(contender.name(), contender.quality().applyAsDouble(model), trainTime, List.of());
        } else {
            model = earlier.model();
            line = earlier.line();
        }
        List<Step> steps = new ArrayList<>(line.steps());
        int forgotten = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).forgotten();
        Duration spent = Duration.ZERO;
        for (int i = done; i < requests.size(); i++) {
            progress.checkCancelled();
            int k = i - done;
            progress.report((k + 1) * share, contender.name() + ": " + requestText(i, requests.size(), k, spent, todo));
            long a = System.nanoTime();
            // Within this request's share: Cancel reaches a long step (a retrain from scratch).
            Forgotten<M> next = contender
                    .unlearner()
                    .forget(model, requests.get(i), progress.range((k + 1) * share, (k + 2) * share));
            Duration took = Duration.ofNanos(System.nanoTime() - a);
            spent = spent.plus(took);
            model = next.model();
            ForgetReport report = next.report();
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
        return new Run<>(new Line(line.name(), line.trainedQuality(), line.trainTime(), steps), model);
    }

    /** "request 3 of 10, about 40 s left": the time left from the requests this run has measured so far. */
    private static String requestText(int index, int total, int measured, Duration spent, int todo) {
        String text = "request " + (index + 1) + " of " + total;
        if (measured == 0) {
            return text;
        }
        long leftMillis = spent.toMillis() / measured * (todo - measured);
        return text + ", about " + roughly(Duration.ofMillis(leftMillis)) + " left";
    }

    /** A time left, rounded as people say it: "5 s", "40 s", "3 min", "1 h 10 min"; "under a second". */
    public static String roughly(Duration d) {
        long seconds = Math.round(d.toMillis() / 1000.0);
        if (seconds < 1) {
            return "under a second";
        }
        if (seconds < 60) {
            return (seconds < 10 ? seconds : Math.round(seconds / 5.0) * 5) + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
