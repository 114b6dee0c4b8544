package org.unlearn.model.kmeans;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Steppable;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.model.util.Progress;

/**
 * The baseline: Lloyd's k-means from keyed greedy k-means++ seeds. It has no deletion shortcut; forgetting
 * rows retrains from scratch on the rows that remain, which is exact by construction.
 */
public final class LloydKMeans extends CentroidModel<LloydKMeans> {
    public static final String FAMILY = "kmeans";

    /**
     * @param k             clusters
     * @param maxIterations iteration cap
     * @param tolerance     stop when the centroids move (in total squared distance) less than this share
     *                      of the mean feature variance, as scikit-learn's {@code tol}; 0 runs until the
     *                      assignment stops changing
     */
    public record Options(int k, int maxIterations, double tolerance) {
        public Options {
            KMeansOptions.check(k, maxIterations, tolerance);
        }

        public static Options of(int k) {
            return new Options(k, KMeansOptions.DEFAULT_MAX_ITERATIONS, KMeansOptions.DEFAULT_TOLERANCE);
        }
    }

    private final Options options;
    private final long seed;
    private final TrainingSet data;
    private final Lloyd.Run run;
    private final long[] seedKeys;
    private final long work;

    private LloydKMeans(
            Options options,
            long seed,
            TrainingSet data,
            Lloyd.Run run,
            long[] seedKeys,
            long work,
            Provenance provenance) {
        super(new Centroids(run.centroids(), data.dimension()), provenance);
        this.options = options;
        this.seed = seed;
        this.data = data;
        this.run = run;
        this.seedKeys = seedKeys;
        this.work = work;
    }

    public static LloydKMeans fit(TrainingSet data, Options options, long seed, Progress progress) {
        long start = System.nanoTime();
        Built built = build(data, options, seed, progress);
        Provenance p = Provenance.trained(FAMILY, seed, data.size(), Duration.ofNanos(System.nanoTime() - start));
        return new LloydKMeans(options, seed, data, built.run, built.seedKeys, built.work, p);
    }

    /** A model read back from its stored state ({@link LloydState}). */
    static LloydKMeans restore(
            Options options, long seed, TrainingSet data, Lloyd.Run run, long[] seedKeys, long work) {
        return new LloydKMeans(
                options, seed, data, run, seedKeys, work, Provenance.trained(FAMILY, seed, data.size(), Duration.ZERO));
    }

    Lloyd.Run run() {
        return run;
    }

    long work() {
        return work;
    }

    public static Trainer<LloydKMeans> trainer(Options options) {
        return (data, seed, progress) -> fit(data, options, seed, progress);
    }

    private record Built(Lloyd.Run run, long[] seedKeys, long work) {}

    private static Built build(TrainingSet data, Options options, long seed, Progress progress) {
        KMeansOptions.checkRows(data.name(), data.size(), options.k());
        KMeansWarmUp.realFitStarts();
        progress.report(0, "Seeding " + options.k() + " centroids (k-means++)");
        Points points = Points.of(data);
        KeyedSeeding.Result seeds = KeyedSeeding.chooseGreedy(points, options.k(), seed, true);
        Lloyd.Run run =
                Lloyd.run(points, seeds.centres(points), options.maxIterations(), options.tolerance(), true, progress);
        progress.report(1, "Lloyd: " + run.iterations() + " iterations");
        return new Built(run, seeds.keys(), run.work() + seeds.work());
    }

    @Override
    public Forgotten<LloydKMeans> forget(int[] rowIds, Progress progress) {
        long start = System.nanoTime();
        if (rowIds.length == 0) {
            throw new org.unlearn.model.BadInputException(data.name() + ": the forget request names no rows");
        }
        TrainingSet remaining = data.without(rowIds);
        Built built = build(remaining, options, seed, progress);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LloydKMeans next = new LloydKMeans(
                options,
                seed,
                remaining,
                built.run,
                built.seedKeys,
                built.work,
                provenance.child("retrain", rowIds, remaining.size(), true, took));
        ForgetReport report = new ForgetReport(
                rowIds,
                "retrain",
                true,
                false,
                built.work,
                built.work,
                took,
                "retrained from scratch on " + KMeansOptions.count(remaining.size()) + " rows",
                new Retrain(
                        remaining.size(),
                        options.k(),
                        built.run.iterations(),
                        built.run.converged(),
                        options.maxIterations(),
                        built.work - built.run.work()));
        return new Forgotten<>(next, report);
    }

    /**
     * What a forget request redid: all of a training.
     *
     * @param rows       rows trained on
     * @param iterations Lloyd iterations run
     * @param converged  false when it stopped at the iteration cap
     * @param seedWork   distances computed to draw the k-means++ seeds
     */
    public record Retrain(int rows, int k, int iterations, boolean converged, int maxIterations, long seedWork)
            implements ForgetReport.Detail, Steppable {
        @Override
        public Walkthrough walkthrough(ForgetReport report) {
            Step why = Step.of(
                            "No shortcut",
                            "Lloyd's k-means keeps nothing it could reuse: every centroid depends on every row, and"
                                    + " the seeds on all rows drawn before them. Forgetting "
                                    + Walkthrough.rows(report.rowIds().length) + " means training again, from"
                                    + " scratch, on the " + Walkthrough.rows(rows) + " that remain.")
                    .withRows(report.rowIds());
            Step seed = Step.of(
                    "Seed again",
                    "k-means++ draws " + k + " seeds from the remaining rows, each with a chance that grows with its"
                            + " distance to the seeds already drawn (" + seedWork + " distance computations).");
            Step iterate = Step.of(
                    "Iterate",
                    "Lloyd's iterations assign every row to its nearest centroid and move each centroid to the mean of"
                            + " its rows: " + iterations + (iterations == 1 ? " iteration" : " iterations")
                            + (converged
                                    ? ", until the centroids stopped moving."
                                    : ", the cap (" + maxIterations + "), before the centroids settled."));
            Step done = Step.of(
                            "A full retrain",
                            "The request cost " + report.workUnits() + " distance computations: all of a training, the"
                                    + " price every shortcut of the other families is measured against. The result is"
                                    + " exact by definition.")
                    .withFigures(List.of(new Step.Figure(
                            "share of a training redone", report.workUnits(), report.retrainedFraction())));
            return new Walkthrough(
                    "Lloyd k-means: forgetting " + Walkthrough.rows(report.rowIds().length),
                    List.of(why, seed, iterate, done));
        }
    }

    @Override
    public ForgetPlan plan(int[] rowIds) {
        int distinct = (int) Arrays.stream(rowIds).distinct().count();
        return new ForgetPlan(
                rowIds,
                work,
                work,
                false,
                "retrains from scratch on " + KMeansOptions.count(data.size() - distinct) + " rows",
                null);
    }

    @Override
    public boolean sameParameters(LloydKMeans other) {
        return Arrays.deepEquals(run.centroids(), other.run.centroids())
                && Arrays.equals(run.weights(), other.run.weights())
                && Arrays.equals(run.labels(), other.run.labels())
                && run.iterations() == other.run.iterations()
                && Arrays.equals(seedKeys, other.seedKeys)
                && Arrays.equals(data.rowIds(), other.data.rowIds());
    }

    public Options options() {
        return options;
    }

    public int iterations() {
        return run.iterations();
    }

    public boolean converged() {
        return run.converged();
    }

    /** The row ids chosen as k-means++ seeds, in the order chosen. */
    public long[] seedRowIds() {
        return seedKeys.clone();
    }

    @Override
    public TrainingSet trainingData() {
        return data;
    }

    @Override
    int[] computeAssignments() {
        return run.labels();
    }

    @Override
    public double loss() {
        return run.loss() / data.size();
    }

    @Override
    public long trainingWork() {
        return work;
    }

    @Override
    public String toString() {
        return "Lloyd k-means, k = " + k() + ", " + run.iterations() + " iterations, " + provenance;
    }
}
