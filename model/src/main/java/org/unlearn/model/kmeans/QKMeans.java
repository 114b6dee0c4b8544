package org.unlearn.model.kmeans;

import java.time.Duration;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.RemainingRows;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Certifying;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.Steppable;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.model.util.Progress;

/**
 * Q-k-means (Ginart et al., NeurIPS 2019): k-means whose centroids live on a randomly phased grid of
 * width ε, so that forgetting a row usually moves no centroid at all. A deletion is first replayed
 * against every kept iteration ({@link DeletionCheck}); when nothing moves it is certified and only the
 * kept sums are updated, in microseconds. Otherwise the run resumes from the first iteration that
 * changes (or seeds again when the row was a seed). Either way the result is exactly the model a
 * training from scratch without the rows, with the same seed, produces.
 */
public final class QKMeans extends CentroidModel<QKMeans> implements Certifying {
    public static final String FAMILY = "qkmeans";
    public static final double DEFAULT_EPSILON = 0.05;
    public static final double DEFAULT_GAMMA = 0.2;

    /**
     * @param k             clusters
     * @param maxIterations iteration cap
     * @param tolerance     stop when an iteration improves the loss by no more than this share of it
     * @param epsilon       grid width ε (in the encoded features' units: standard deviations by default)
     * @param gamma         balance γ: clusters under γn/k rows are pulled toward their previous centroid
     */
    public record Options(int k, int maxIterations, double tolerance, double epsilon, double gamma) {
        public Options {
            KMeansOptions.check(k, maxIterations, tolerance);
            if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
                throw new BadInputException("epsilon (the grid width) must be more than 0, not " + epsilon);
            }
            if (!(gamma >= 0 && gamma < 1)) {
                throw new BadInputException("gamma (the balance share) must be in [0, 1), not " + gamma);
            }
        }

        public static Options of(int k) {
            return new Options(
                    k,
                    KMeansOptions.DEFAULT_MAX_ITERATIONS,
                    KMeansOptions.DEFAULT_TOLERANCE,
                    DEFAULT_EPSILON,
                    DEFAULT_GAMMA);
        }
    }

    /**
     * What the deletion check found, for the views: where the replay first diverged, and why.
     *
     * @param resumedAt  −1 when certified, 0 when a row was a seed (seeded again), else the first iteration
     *                   that changed
     * @param iterations iterations kept
     * @param labels     the cluster each forgotten row sat in, iteration by iteration (row r of iteration t at
     *                   {@code t·rows + r}, t from 0); empty when a row was a seed
     * @param moved      the centroid (0-based) whose grid cell changed in iteration {@code resumedAt}, −1 when none
     * @param epsilon    the grid's width
     */
    public record Check(int resumedAt, int iterations, String reason, int[] labels, int moved, double epsilon)
            implements ForgetReport.Detail, Steppable {
        public Check {
            labels = labels.clone();
        }

        @Override
        public int[] labels() {
            return labels.clone();
        }

        @Override
        public Walkthrough walkthrough(ForgetReport report) {
            return QSteps.of(this, report);
        }
    }

    private final Options options;
    private final long seed;
    private final RemainingRows rows;
    private final QHistory history;

    private QKMeans(Options options, long seed, RemainingRows rows, QHistory history, Provenance provenance) {
        this(
                options,
                seed,
                rows,
                history,
                provenance,
                new Centroids(history.centroidsOf(history.best), rows.dimension()));
    }

    /** A model whose centroids are another's (a certified deletion), sharing its centroid table. */
    private QKMeans(
            Options options, long seed, RemainingRows rows, QHistory history, Provenance provenance, Centroids table) {
        super(table, provenance);
        this.options = options;
        this.seed = seed;
        this.rows = rows;
        this.history = history;
    }

    public static QKMeans fit(TrainingSet data, Options options, long seed, Progress progress) {
        long start = System.nanoTime();
        KMeansOptions.checkRows(data.name(), data.size(), options.k());
        progress.report(0, "Seeding " + options.k() + " centroids (k-means++)");
        QuantizedLloyd.Run run = QuantizedLloyd.train(Points.of(data), options, seed, true, progress);
        Provenance p = Provenance.trained(FAMILY, seed, data.size(), Duration.ofNanos(System.nanoTime() - start));
        return new QKMeans(options, seed, RemainingRows.of(data), run.history(), p);
    }

    /** A model read back from its stored iteration history ({@link QKMeansState}). */
    static QKMeans restore(Options options, long seed, TrainingSet data, QHistory history) {
        return new QKMeans(
                options,
                seed,
                RemainingRows.of(data),
                history,
                Provenance.trained(FAMILY, seed, data.size(), Duration.ZERO));
    }

    public static Trainer<QKMeans> trainer(Options options) {
        return (data, seed, progress) -> fit(data, options, seed, progress);
    }

    @Override
    public Forgotten<QKMeans> forget(int[] rowIds, Progress progress) {
        long start = System.nanoTime();
        int[] ids = rows.requireAll(rowIds);
        RemainingRows next = rows.without(ids);
        KMeansOptions.checkRows(rows.name(), next.size(), options.k());
        DeletionCheck.Outcome outcome = check(ids);
        if (outcome.isCertified()) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            QKMeans model = new QKMeans(
                    options,
                    seed,
                    next,
                    outcome.certified(),
                    provenance.child("certified", ids, next.size(), true, took),
                    table);
            return new Forgotten<>(
                    model,
                    new ForgetReport(
                            ids,
                            "certified",
                            true,
                            true,
                            outcome.work(),
                            model.trainingWork(),
                            took,
                            outcome.reason(),
                            check(-1, outcome)));
        }
        Points points = Points.of(next.toTrainingSet());
        QuantizedLloyd.Run run = outcome.resumeAt() == 0
                ? QuantizedLloyd.train(points, options, seed, true, progress)
                : QuantizedLloyd.resume(points, options, seed, outcome.kept(), true, progress);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String method = outcome.resumeAt() == 0 ? "retrain" : "resume";
        QKMeans model =
                new QKMeans(options, seed, next, run.history(), provenance.child(method, ids, next.size(), true, took));
        String summary = outcome.reason() + "; "
                + (outcome.resumeAt() == 0 ? "retrained from scratch" : "retrained from that iteration on");
        return new Forgotten<>(
                model,
                new ForgetReport(
                        ids,
                        method,
                        true,
                        false,
                        outcome.work() + run.work(),
                        model.trainingWork(),
                        took,
                        summary,
                        check(outcome.resumeAt(), outcome)));
    }

    /**
     * How many single-row deletions would be certified, checked on {@code sample} rows spread evenly over
     * the training rows (each against this model, none forgotten): known before any request, so a user can
     * learn early that at this ε and dimension a deletion will rerun most of a training, and choose a wider
     * grid or Lloyd instead. Costs {@code sample} deletion checks, each a few distance computations per
     * kept iteration.
     *
     * @param certified   rows whose removal would change nothing
     * @param meanResumeAt for the others, the mean iteration a deletion would resume from (0: seeding again)
     */
    public record CertifiedShare(int sampled, int certified, double meanResumeAt, int iterations) {
        public double fraction() {
            return sampled == 0 ? 0 : certified / (double) sampled;
        }
    }

    @Override
    public Certifying.Count certifiedCount(int sample) {
        CertifiedShare share = certifiedShare(sample);
        return new Certifying.Count(share.sampled(), share.certified());
    }

    @Override
    public Certifying.Tradeoff tradeoff(Progress progress) {
        EpsilonTradeoff t = EpsilonTradeoff.measure(rows.toTrainingSet(), options, seed, progress);
        return new Certifying.Tradeoff(
                "epsilon",
                t.rows(),
                EpsilonTradeoff.CHECKED,
                "Lloyd's",
                t.points().stream()
                        .map(p -> new Certifying.Point(p.epsilon(), p.certified(), p.lossCost()))
                        .toList());
    }

    public CertifiedShare certifiedShare(int sample) {
        TrainingSet data = rows.toTrainingSet();
        int n = Math.min(Math.max(0, sample), data.size());
        int certified = 0;
        long resumeAt = 0;
        for (int i = 0; i < n; i++) {
            int p = (int) ((long) i * data.size() / n);
            DeletionCheck.Outcome out =
                    DeletionCheck.check(history, options, new double[][] {data.row(p)}, new long[] {data.rowId(p)});
            if (out.isCertified()) {
                certified++;
            } else {
                resumeAt += out.resumeAt();
            }
        }
        int failed = n - certified;
        return new CertifiedShare(n, certified, failed == 0 ? 0 : resumeAt / (double) failed, history.lastIteration());
    }

    private Check check(int resumedAt, DeletionCheck.Outcome outcome) {
        return new Check(
                resumedAt,
                history.lastIteration(),
                outcome.reason(),
                outcome.labels(),
                outcome.moved(),
                options.epsilon());
    }

    private DeletionCheck.Outcome check(int[] ids) {
        double[][] vectors = new double[ids.length][];
        long[] keys = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            vectors[i] = rows.row(ids[i]);
            keys[i] = ids[i];
        }
        return DeletionCheck.check(history, options, vectors, keys);
    }

    @Override
    public ForgetPlan plan(int[] rowIds) {
        int[] ids = rows.requireAll(rowIds);
        DeletionCheck.Outcome outcome = check(ids);
        long full = trainingWork();
        if (outcome.isCertified()) {
            return new ForgetPlan(ids, outcome.work(), full, true, outcome.reason(), check(-1, outcome));
        }
        // The check tells where the run must be taken up again, not how long it then takes to settle:
        // at least one iteration, at most up to the cap; the likely figure is as long as the kept run took.
        long n = rows.size() - ids.length;
        long pass = n * k();
        long seeding = outcome.resumeAt() == 0 ? (options.k() - 1L) * n : 0;
        int from = Math.max(1, outcome.resumeAt());
        long least = outcome.work() + seeding + 2 * pass;
        long most = outcome.work() + seeding + (options.maxIterations() - from + 2L) * pass;
        long likely = outcome.work() + seeding + (history.lastIteration() - from + 2L) * pass;
        likely = Math.max(least, Math.min(most, likely));
        String summary = outcome.reason() + "; "
                + (outcome.resumeAt() == 0 ? "retrains from scratch" : "retrains from that iteration on")
                + ", for as many iterations as it takes to settle again";
        return new ForgetPlan(ids, likely, full, false, summary, check(outcome.resumeAt(), outcome), least, most);
    }

    /** Identical kept state: seeds, every iteration's centroids, cells, exact sums, sizes and losses. */
    @Override
    public boolean sameParameters(QKMeans other) {
        return options.equals(other.options) && history.sameAs(other.history);
    }

    public Options options() {
        return options;
    }

    /** The kept run, for the tests that compare it with a retrain's. */
    QHistory history() {
        return history;
    }

    /** Iterations run (not counting the seeding). */
    public int iterations() {
        return history.lastIteration();
    }

    /** The iteration whose centroids are the model (the better of the last two). */
    public int chosenIteration() {
        return history.best;
    }

    public boolean stoppedEarly() {
        return history.stoppedEarly;
    }

    /** The row ids chosen as k-means++ seeds, in the order chosen. */
    public long[] seedRowIds() {
        return history.seedKeys.clone();
    }

    @Override
    public TrainingSet trainingData() {
        return rows.toTrainingSet();
    }

    @Override
    public double loss() {
        return history.loss(history.best) / rows.size();
    }

    /** Seeding (k − 1 passes of one distance per row) and one pass of k distances per iteration and at the start. */
    @Override
    public long trainingWork() {
        long n = rows.size();
        return (options.k() - 1) * n + (history.lastIteration() + 1L) * n * k();
    }

    @Override
    public String toString() {
        return "Q-k-means, k = " + k() + ", epsilon = " + options.epsilon() + ", " + iterations() + " iterations, "
                + provenance;
    }
}
