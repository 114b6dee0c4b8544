package org.unlearn.model.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.linear.DeletionMethod;
import org.unlearn.model.linear.LinearModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;
import org.unlearn.model.verify.FeatureInjection;
import org.unlearn.model.verify.MembershipInference;
import org.unlearn.model.verify.ParameterDistance;

/**
 * Izzo et al.'s Table 4 on our data: for k rows forgotten in one request, typical rows (drawn by the seed)
 * and outlying rows (the k rows the trained model fits worst, by loss), each method's time and relative
 * distance to the exact retrain, and optionally its feature-injection figure. Times are medians of
 * {@code repeat} runs after one warm-up run each, all in one process.
 */
public final class LinearDeletionTable {
    private static final long PURPOSE = RowKeys.purpose("linear-table");
    private static final DeletionMethod[] APPROXIMATE = {
        DeletionMethod.INFLUENCE, DeletionMethod.NEWTON, DeletionMethod.PRU
    };

    /**
     * @param ks     request sizes
     * @param fit    also run the feature-injection test on the typical rows (one more training per k)
     * @param repeat timed runs per method and cell
     */
    public record Request(Path file, String label, Configured<?> recipe, long seed, int[] ks, boolean fit, int repeat) {
        public Request {
            if (repeat < 1 || repeat > BenchRunner.MAX_REPEAT) {
                throw new BadInputException(
                        "the repeat count must be from 1 to " + BenchRunner.MAX_REPEAT + ", not " + repeat);
            }
            if (ks == null || ks.length == 0) {
                throw new BadInputException("the deletion table needs at least one request size");
            }
            for (int k : ks) {
                if (k < 1) {
                    throw new BadInputException("a request forgets 1 row or more, not " + k);
                }
            }
        }
    }

    private LinearDeletionTable() {}

    public static Map<String, Object> run(Request request, Progress progress) {
        if (!LinearModel.class.isAssignableFrom(request.recipe().family().modelType())) {
            throw new BadInputException("the deletion table is for logreg or ridge, not "
                    + request.recipe().code());
        }
        if (request.label() == null) {
            throw new BadInputException("the deletion table needs the label column");
        }
        PreparedData data =
                PreparedData.load(request.file(), request.label(), Encoding.Options.DEFAULT, progress.range(0, 0.1));
        return linearTable(request.recipe(), data, request, progress.range(0.1, 1));
    }

    /** The recipe's model type is a LinearModel (checked above); the raw call binds M to it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Map<String, Object> linearTable(
            Configured recipe, PreparedData data, Request request, Progress progress) {
        return table(recipe, data, request, progress);
    }

    private static <M extends LinearModel<M>> Map<String, Object> table(
            Configured<M> family, PreparedData data, Request request, Progress progress) {
        TrainingSet all = family.prepare(data.rows());
        Split split = Split.of(all, 0.2, request.seed());
        TrainingSet train = split.train();
        int largest = Arrays.stream(request.ks()).max().orElse(1);
        if (largest >= train.size()) {
            throw new BadInputException(
                    "k = " + largest + " would forget every training row (there are " + train.size() + ")");
        }
        Trainer<M> trainer = family::train;
        long t0 = System.nanoTime();
        M full = trainer.train(train, request.seed(), Progress.NONE);
        double trainMs = (System.nanoTime() - t0) / 1e6;

        List<Map<String, Object>> cells = new ArrayList<>();
        for (int k : request.ks()) {
            for (String kind : new String[] {"typical", "outlying"}) {
                progress.checkCancelled();
                progress.report(Double.NaN, "k = " + k + ", " + kind + " rows");
                int[] ids = kind.equals("typical") ? typical(train, k, request.seed()) : outlying(full, k);
                cells.add(cell(family, trainer, full, train, split.test(), ids, kind, request));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", family.code());
        out.put("file", data.dataset().name());
        out.put("train_rows", train.size());
        out.put("features", train.dimension());
        Map<String, Object> options = new LinkedHashMap<>(family.resolved(train).typed());
        options.remove("method");
        out.put("options", options);
        out.put("seed", request.seed());
        out.put("train_ms", round(trainMs));
        out.put("iterations", full.iterations());
        out.put("cells", cells);
        return out;
    }

    private static <M extends LinearModel<M>> Map<String, Object> cell(
            Configured<M> family,
            Trainer<M> trainer,
            M full,
            TrainingSet train,
            TrainingSet test,
            int[] ids,
            String kind,
            Request request) {
        long t0 = System.nanoTime();
        M retrained = trainer.train(train.without(ids), request.seed(), Progress.NONE);
        double retrainMs = (System.nanoTime() - t0) / 1e6;
        TrainingSet forgotten = train.whereRowId(id -> Arrays.stream(ids).anyMatch(i -> i == id));
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("k", ids.length);
        cell.put("rows", kind);
        cell.put("retrain_ms", round(retrainMs));
        cell.put("retrained_quality", round(family.quality(retrained, test)));
        cell.put("mia_auc_full", round(MembershipInference.auc(full, forgotten, test)));
        cell.put("mia_auc_retrained", round(MembershipInference.auc(retrained, forgotten, test)));
        Map<String, Object> methods = new LinkedHashMap<>();
        for (DeletionMethod method : APPROXIMATE) {
            full.forget(ids, method, Progress.NONE);
            double[] ms = new double[request.repeat()];
            M unlearned = null;
            for (int r = 0; r < ms.length; r++) {
                long a = System.nanoTime();
                unlearned = full.forget(ids, method, Progress.NONE).model();
                ms[r] = (System.nanoTime() - a) / 1e6;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            double median = BenchFigures.median(ms);
            m.put("ms", round(median));
            m.put("speedup", round(retrainMs / Math.max(median, 1e-6)));
            m.put(
                    "param_distance",
                    round(ParameterDistance.relative(
                            unlearned.parameters(), retrained.parameters(), full.parameters())));
            m.put("quality", round(family.quality(unlearned, test)));
            m.put("mia_auc", round(MembershipInference.auc(unlearned, forgotten, test)));
            if (request.fit() && kind.equals("typical")) {
                m.put("fit", round(featureInjection(trainer, train, ids, method, request.seed())));
            }
            methods.put(method.code(), m);
        }
        cell.put("methods", methods);
        return cell;
    }

    private static <M extends LinearModel<M>> double featureInjection(
            Trainer<M> trainer, TrainingSet train, int[] ids, DeletionMethod method, long seed) {
        return FeatureInjection.run(
                        train,
                        ids,
                        d -> trainer.train(d, seed, Progress.NONE),
                        (m, rows) -> m.forget(rows, method, Progress.NONE).model(),
                        train.dimension())
                .leftFraction();
    }

    /** k rows drawn by the seed: those with the smallest keys. */
    static int[] typical(TrainingSet train, int k, long seed) {
        return IntStream.range(0, train.size())
                .boxed()
                .sorted(Comparator.comparingLong(p -> RowKeys.key(seed, PURPOSE, train.rowId(p))))
                .limit(k)
                .mapToInt(train::rowId)
                .sorted()
                .toArray();
    }

    /** The k rows the model fits worst (largest loss; ties by row id). */
    static <M extends LinearModel<M>> int[] outlying(M model, int k) {
        TrainingSet rows = model.trainingData();
        return IntStream.range(0, rows.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer p) -> -model.loss(rows, p))
                        .thenComparing(p -> p))
                .limit(k)
                .mapToInt(rows::rowId)
                .sorted()
                .toArray();
    }

    private static double round(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }
}
