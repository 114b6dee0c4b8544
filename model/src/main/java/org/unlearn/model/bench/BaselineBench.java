package org.unlearn.model.bench;

import static org.unlearn.model.bench.BenchFigures.median;
import static org.unlearn.model.bench.BenchFigures.millis;
import static org.unlearn.model.bench.BenchFigures.round;

import java.util.LinkedHashMap;
import java.util.Map;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * The baseline family's figures: trained on the same rows, retrained from scratch after every request on
 * the same remaining rows, so its times compare with the benched family's within one run.
 */
final class BaselineBench {
    private BaselineBench() {}

    /**
     * @param unlearnMs   the benched family's median forget time
     * @param certifiedMs its median time of the requests it certified (NaN when none was)
     * @param quality     its quality after the requests
     */
    static Map<String, Object> measure(
            FamilyDescriptor.Baseline baseline,
            TrainingSet train,
            int[] victims,
            TrainingSet test,
            long seed,
            double unlearnMs,
            double certifiedMs,
            double quality,
            Progress progress) {
        progress.report(Double.NaN, "Retraining the baseline " + baseline.name());
        Runs runs = retrainAfterEach(baseline.recipe(), train, victims, test, seed, progress);
        double retrain = median(runs.retrainMs());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("baseline_model", baseline.name());
        out.put("baseline_options", runs.options());
        out.put("baseline_details", runs.facts());
        out.put("baseline_train_ms", round(runs.trainMs()));
        out.put("baseline_retrain_ms", round(retrain));
        out.put("baseline_quality", round(runs.quality()));
        out.put(
                "speedup_vs_baseline",
                runs.retrainMs().length == 0 ? null : round(retrain / Math.max(unlearnMs, 1e-6)));
        out.put(
                "certified_speedup_vs_baseline",
                Double.isNaN(certifiedMs) ? null : round(retrain / Math.max(certifiedMs, 1e-6)));
        out.put("quality_vs_baseline", round(quality / runs.quality()));
        return out;
    }

    /** The baseline's training and retrains, as timed, with its options, facts and quality at the end. */
    private record Runs(
            Map<String, Object> options,
            Map<String, Object> facts,
            double trainMs,
            double[] retrainMs,
            double quality) {}

    private static <B extends UnlearningModel<B>> Runs retrainAfterEach(
            Configured<B> recipe, TrainingSet train, int[] victims, TrainingSet test, long seed, Progress progress) {
        Configured<B> resolved = recipe.family().configure(recipe.resolved(train));
        long t0 = System.nanoTime();
        B first = resolved.train(train, seed, Progress.NONE);
        double trainMs = millis(System.nanoTime() - t0);
        B model = first;
        double[] retrainMs = new double[victims.length];
        TrainingSet remaining = train;
        for (int i = 0; i < retrainMs.length; i++) {
            progress.checkCancelled();
            remaining = remaining.without(victims[i]);
            long a = System.nanoTime();
            model = resolved.retrain(first, remaining, Progress.NONE);
            retrainMs[i] = millis(System.nanoTime() - a);
        }
        return new Runs(
                resolved.options().typed(),
                resolved.family().facts(model),
                trainMs,
                retrainMs,
                resolved.quality(model, test));
    }
}
