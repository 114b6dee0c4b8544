package org.unlearn.model.bench;

import static org.unlearn.model.bench.BenchFigures.median;
import static org.unlearn.model.bench.BenchFigures.millis;
import static org.unlearn.model.bench.BenchFigures.round;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.DatasetIdentity;
import org.unlearn.model.family.Engine;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Figure;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;
import org.unlearn.model.verify.ParameterDistance;

/**
 * The {@code bench} experiment: train a model, forget N rows chosen by the seed one request at a time,
 * and after every request retrain from scratch on the remaining rows with the same seed, comparing the
 * two. The one place the bench figures are computed; the command line only prints them.
 */
public final class BenchRunner {
    private static final long DELETION_PURPOSE = RowKeys.purpose("bench-deletions");
    /** Trainings timed for a median: more only repeats the same figure for much longer. */
    public static final int MAX_REPEAT = 100;

    /**
     * @param recipe       the family and its options, checked
     * @param testFraction share of rows held out to score supervised models
     * @param warmup       throwaway forget requests (results discarded) run first, so the measured requests
     *                     run on compiled code, not the JVM's first interpreted passes
     * @param repeat       trainings from scratch to time; train_ms is their median, train_ms_first the first
     * @param scaling      also time a training on one thread against one per core (families with a threads option)
     */
    public record Request(
            Path file,
            String label,
            Configured<?> recipe,
            int deletions,
            long seed,
            double testFraction,
            int warmup,
            int repeat,
            boolean scaling) {
        public Request {
            if (repeat < 1 || repeat > MAX_REPEAT) {
                throw new BadInputException("the repeat count must be from 1 to " + MAX_REPEAT + ", not " + repeat);
            }
            if (deletions < 0) {
                throw new BadInputException("the deletions must be 0 or more, not " + deletions);
            }
            if (warmup < 0) {
                throw new BadInputException("the warm-up requests must be 0 or more, not " + warmup);
            }
            if (scaling && !recipe.options().names().contains(ThreadScaling.THREADS)) {
                throw new BadInputException(
                        "scaling is measured for families with a threads option, not " + recipe.code());
            }
        }
    }

    private BenchRunner() {}

    /** Runs the experiment; returns the JSON object's fields in order. */
    public static Map<String, Object> run(Request request, Progress progress) {
        Configured<?> recipe = request.recipe();
        if (recipe.family().group().supervised() && request.label() == null) {
            throw new BadInputException("model \"" + recipe.code() + "\" learns a label: give the label column");
        }
        // As the app does while it reads a dataset: the first training is timed as a user meets it, after the read
        recipe.family().warmUp();
        PreparedData data =
                PreparedData.load(request.file(), request.label(), Encoding.Options.DEFAULT, progress.range(0, 0.1));
        Map<String, Object> out = run(recipe, data, request, progress.range(0.1, 1));
        // With the canonical options and the seed, what a run needs to be reproduced.
        out.put("data_sha256", DatasetIdentity.sha256(request.file()));
        out.put("engine", Engine.version());
        return out;
    }

    /** Runs the experiment on data already prepared. */
    public static <M extends UnlearningModel<M>> Map<String, Object> run(
            Configured<M> recipe, PreparedData data, Request request, Progress progress) {
        FamilyDescriptor<M> family = recipe.family();
        TrainingSet all = recipe.prepare(data.rows());
        TrainingSet train = all;
        TrainingSet test = null;
        if (family.group().supervised()) {
            Split split = Split.of(all, request.testFraction(), request.seed());
            train = split.train();
            test = split.test();
        }
        if (request.deletions() + request.warmup() >= train.size()) {
            throw new BadInputException(request.deletions() + " deletions"
                    + (request.warmup() > 0 ? " and " + request.warmup() + " warm-up requests" : "")
                    + " would forget every training row (there are "
                    + train.size() + ")");
        }
        int[] chosen = chooseDeletions(train, request.deletions() + request.warmup(), request.seed());
        int[] victims = Arrays.copyOf(chosen, request.deletions());
        long seed = request.seed();
        Configured<M> resolved = family.configure(recipe.resolved(train));

        progress.report(0, "Training " + family.code());
        double[] trainTimes = new double[request.repeat()];
        M full = null;
        // Training takes the first fifth of the bar, the forget requests (each with its retrain) the rest.
        Progress training = progress.range(0, 0.2);
        for (int r = 0; r < trainTimes.length; r++) {
            progress.checkCancelled();
            training.report(
                    r / (double) trainTimes.length,
                    "Training " + family.code()
                            + (trainTimes.length > 1 ? " (" + (r + 1) + " of " + trainTimes.length + ")" : ""));
            long t0 = System.nanoTime();
            full = resolved.train(train, seed, Progress.NONE);
            trainTimes[r] = millis(System.nanoTime() - t0);
        }
        double trainMs = median(trainTimes);
        warmUp(resolved, full, Arrays.copyOfRange(chosen, victims.length, chosen.length), progress);

        double[] unlearnMs = new double[victims.length];
        double[] retrainMs = new double[victims.length];
        List<ForgetReport> reports = new ArrayList<>();
        double[] predicted = new double[victims.length];
        double[] least = new double[victims.length];
        double[] most = new double[victims.length];
        boolean ranged = false;
        boolean exact = true;
        M current = full;
        M retrained = full;
        TrainingSet remaining = train;
        for (int i = 0; i < victims.length; i++) {
            progress.checkCancelled();
            progress.report(
                    0.2 + 0.8 * i / Math.max(1, victims.length), "Request " + (i + 1) + " of " + victims.length);
            int[] request1 = {victims[i]};
            ForgetPlan plan = current instanceof Plannable ? resolved.plan(current, request1) : null;
            predicted[i] = plan == null ? Double.NaN : plan.retrainedFraction();
            least[i] = plan == null ? Double.NaN : plan.leastFraction();
            most[i] = plan == null ? Double.NaN : plan.mostFraction();
            ranged |= plan != null && plan.isRange();
            long a = System.nanoTime();
            Forgotten<M> forgotten = resolved.forget(current, request1, Progress.NONE);
            unlearnMs[i] = millis(System.nanoTime() - a);
            current = forgotten.model();
            reports.add(forgotten.report());

            remaining = remaining.without(request1);
            long b = System.nanoTime();
            retrained = resolved.retrain(full, remaining, Progress.NONE);
            retrainMs[i] = millis(System.nanoTime() - b);
            exact &= current.sameParameters(retrained);
        }

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", family.code());
        out.put("file", data.dataset().name());
        out.put("rows", all.size());
        out.put("features", all.dimension());
        out.put("train_rows", train.size());
        out.put("test_rows", test == null ? 0 : test.size());
        out.put("seed", seed);
        out.put("options", resolved.options().typed());
        Map<String, Object> details = new LinkedHashMap<>(family.facts(full));
        details.put("cores", Runtime.getRuntime().availableProcessors());
        if (request.scaling()) {
            details.putAll(ThreadScaling.measure(resolved, full));
        }
        out.put("details", details);
        out.put("train_ms", round(trainMs));
        out.put("train_ms_first", round(trainTimes[0]));
        // Every training in order: the first two show the JIT's warm-up, the later ones the warm speed.
        out.put(
                "train_ms_each",
                Arrays.stream(trainTimes).map(BenchFigures::round).boxed().toList());
        out.put("repeat", trainTimes.length);
        out.put("deletions", victims.length);
        out.put("warmup", request.warmup());
        double unlearn = median(unlearnMs);
        double retrain = median(retrainMs);
        out.put("unlearn_ms", round(unlearn));
        out.put("retrain_ms", round(retrain));
        out.put("speedup", victims.length == 0 ? null : round(retrain / Math.max(unlearn, 1e-6)));
        out.put("exact", victims.length == 0 || exact);
        out.put("quality_metric", family.qualityMetric(all));
        out.put("quality_before", round(family.quality(full, test)));
        out.put("quality_unlearned", round(family.quality(current, test)));
        out.put("quality_retrained", round(family.quality(retrained, test)));
        if (family.figures().contains(Figure.PARAMETER_DISTANCE)) {
            out.put(
                    "param_distance",
                    victims.length == 0
                            ? null
                            : round(ParameterDistance.relative(
                                    ((Parametric) current).parameters(),
                                    ((Parametric) retrained).parameters(),
                                    ((Parametric) full).parameters())));
            out.put(
                    "param_distance_abs",
                    victims.length == 0
                            ? null
                            : round(ParameterDistance.euclidean(
                                    ((Parametric) current).parameters(), ((Parametric) retrained).parameters())));
        }
        out.put("predicted_fraction", round(Arrays.stream(predicted).average().orElse(Double.NaN)));
        if (ranged) {
            // a plan that can only bound the work (a Q-k-means rerun): the means of its bounds
            out.put(
                    "predicted_fraction_least",
                    round(Arrays.stream(least).average().orElse(Double.NaN)));
            out.put(
                    "predicted_fraction_most",
                    round(Arrays.stream(most).average().orElse(Double.NaN)));
        }
        out.putAll(family.claims(current, retrained));
        // every family counts its work, so the share redone is told for all (null when no request ran)
        out.put(
                "retrained_fraction",
                round(reports.stream()
                        .mapToDouble(ForgetReport::retrainedFraction)
                        .average()
                        .orElse(Double.NaN)));
        double[] certifiedMs = certifiedTimes(reports, unlearnMs);
        if (family.figures().contains(Figure.CERTIFIED_SHARE)) {
            out.put("certified_fraction", round(certifiedMs.length / (double) Math.max(1, reports.size())));
            out.put("certified_unlearn_ms", round(median(certifiedMs)));
        }
        Optional<FamilyDescriptor.Baseline> baseline = family.baseline(resolved.options());
        if (baseline.isPresent()) {
            out.putAll(BaselineBench.measure(
                    baseline.get(),
                    train,
                    victims,
                    test,
                    seed,
                    unlearn,
                    median(certifiedMs),
                    family.quality(current, test),
                    progress));
        }
        out.put("unlearn_ms_total", round(Arrays.stream(unlearnMs).sum()));
        out.put("retrain_ms_total", round(Arrays.stream(retrainMs).sum()));
        progress.report(1, "Done");
        return out;
    }

    /**
     * Throwaway forget requests on the full model, results discarded, so the measured requests run on
     * code the JIT has compiled. Retrains need none: training's own long loops compile it.
     */
    private static <M extends UnlearningModel<M>> void warmUp(
            Configured<M> recipe, M full, int[] rows, Progress progress) {
        for (int row : rows) {
            progress.checkCancelled();
            progress.report(Double.NaN, "Warming up");
            recipe.forget(full, new int[] {row}, Progress.NONE);
        }
    }

    private static double[] certifiedTimes(List<ForgetReport> reports, double[] unlearnMs) {
        double[] out = new double[reports.size()];
        int n = 0;
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).certified()) {
                out[n++] = unlearnMs[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** N training rows chosen by the seed: those with the smallest keys, in key order. */
    static int[] chooseDeletions(TrainingSet train, int n, long seed) {
        if (n >= train.size()) {
            throw new BadInputException(
                    n + " deletions would forget every training row (there are " + train.size() + ")");
        }
        Integer[] ids = Arrays.stream(train.rowIds()).boxed().toArray(Integer[]::new);
        Arrays.sort(ids, Comparator.comparingLong(id -> RowKeys.key(seed, DELETION_PURPOSE, id)));
        return Arrays.stream(ids, 0, n).mapToInt(Integer::intValue).toArray();
    }
}
