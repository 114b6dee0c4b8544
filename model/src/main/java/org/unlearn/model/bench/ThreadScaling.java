package org.unlearn.model.bench;

import static org.unlearn.model.bench.BenchFigures.median;
import static org.unlearn.model.bench.BenchFigures.millis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * The bench's scaling figures: training time on one thread against one thread per core, alternating three
 * times in this process; medians, and whether both gave the same model.
 */
final class ThreadScaling {
    /** The option of the families whose scaling can be measured. */
    static final String THREADS = "threads";

    private ThreadScaling() {}

    static <M extends UnlearningModel<M>> Map<String, Object> measure(Configured<M> recipe, M model) {
        Configured<M> one = recipe.family().configure(recipe.options().with(THREADS, "1"));
        Configured<M> all = recipe.family().configure(recipe.options().with(THREADS, "0"));
        TrainingSet data = model.trainingData();
        double[] oneMs = new double[3];
        double[] allMs = new double[3];
        boolean same = true;
        for (int i = 0; i < 3; i++) {
            long a = System.nanoTime();
            M sequential = one.retrain(model, data, Progress.NONE);
            oneMs[i] = millis(System.nanoTime() - a);
            long b = System.nanoTime();
            M parallel = all.retrain(model, data, Progress.NONE);
            allMs[i] = millis(System.nanoTime() - b);
            same &= sequential.sameParameters(parallel) && parallel.sameParameters(model);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("train_ms_one_thread", Math.round(median(oneMs) * 10) / 10.0);
        out.put("train_ms_all_cores", Math.round(median(allMs) * 10) / 10.0);
        out.put("parallel_speedup", Math.round(median(oneMs) / median(allMs) * 100) / 100.0);
        out.put("parallel_same_model", same);
        return out;
    }
}
