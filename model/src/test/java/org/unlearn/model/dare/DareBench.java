package org.unlearn.model.dare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.util.Progress;

/**
 * The DaRE benchmark (docs/benchmarks/dare.sh): on one file, an 80/20 split by the seed; a DaRE forest scored
 * on the held-out rows (scikit-learn's forest on the same rows: DareAgainstScikitLearnTest); then single-row forget
 * requests in sequence, each timed, against forests grown from scratch on the remaining rows (a few,
 * spread over the sequence, each also checked to equal the forgotten forest node for node).
 *
 * <p>Usage: {@code DareBench FILE LABEL [name=value ...]} with trees, depth, random, k, min_leaf, deletions,
 * warmup, retrains, every (keep rows whose id is a multiple), threads, seed. Prints one JSON object.
 */
public final class DareBench {
    private DareBench() {}

    public static void main(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            o.put(kv[0], kv[1]);
        }
        int trees = get(o, "trees", DareOptions.DEFAULT_TREES);
        int depth = get(o, "depth", DareOptions.DEFAULT_MAX_DEPTH);
        int deletions = get(o, "deletions", 100);
        int warmup = get(o, "warmup", 10);
        int retrains = get(o, "retrains", 3);
        int every = get(o, "every", 1);
        long seed = get(o, "seed", 1);
        DareOptions options = new DareOptions(
                trees,
                depth,
                get(o, "random", DareOptions.DEFAULT_RANDOM_DEPTH),
                get(o, "k", DareOptions.DEFAULT_THRESHOLDS),
                get(o, "min_leaf", 1),
                Criterion.GINI,
                get(o, "threads", 1));

        TrainingSet all = PreparedData.load(Path.of(args[0]), args[1], Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
        if (every > 1) {
            all = all.whereRowId(id -> id % every == 0);
        }
        Split split = Split.of(all, 0.2, seed);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", Path.of(args[0]).getFileName().toString());
        out.put("rows", split.train().size());
        out.put("features", all.dimension());
        out.put("options", options.toString());

        long t0 = System.nanoTime();
        DareForest model = DareForest.fit(split.train(), options, seed, Progress.NONE);
        out.put("train_ms", ms(System.nanoTime() - t0));
        out.put("accuracy", DareData.accuracy(model, split.test()));

        Random random = new Random(seed);
        TrainingSet remaining = split.train();
        for (int w = 0; w < warmup; w++) {
            int[] ids = DareData.request(random, remaining);
            model = model.forget(ids, Progress.NONE).model();
            remaining = remaining.without(ids);
        }
        List<Double> unlearn = new ArrayList<>();
        List<Double> retrain = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        int retrainedRequests = 0;
        boolean exact = true;
        for (int d = 0; d < deletions; d++) {
            int[] ids = {remaining.rowId(random.nextInt(remaining.size()))};
            t0 = System.nanoTime();
            Forgotten<DareForest> f = model.forget(ids, Progress.NONE);
            unlearn.add(ms(System.nanoTime() - t0));
            share.add(f.report().retrainedFraction());
            retrainedRequests += ((DareChanges) f.report().detail()).retrains().isEmpty() ? 0 : 1;
            model = f.model();
            remaining = remaining.without(ids);
            if (retrains > 0 && (d + 1) % Math.max(1, deletions / retrains) == 0 && retrain.size() < retrains) {
                t0 = System.nanoTime();
                DareForest fresh = DareForest.fit(remaining, options, seed, Progress.NONE);
                retrain.add(ms(System.nanoTime() - t0));
                exact &= model.sameParameters(fresh);
            }
        }
        out.put("deletions", deletions);
        out.put("unlearn_ms_median", median(unlearn));
        out.put(
                "unlearn_ms_mean",
                unlearn.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
        out.put(
                "unlearn_ms_max",
                unlearn.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        out.put("retrain_ms_median", median(retrain));
        out.put("speedup_median", median(retrain) / median(unlearn));
        out.put("deletions_per_retrain", median(retrain) / (double) out.get("unlearn_ms_mean"));
        out.put("requests_regrowing_a_subtree", retrainedRequests);
        out.put("work_share_median", median(share));
        out.put(
                "work_share_mean",
                share.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
        out.put("exact", exact);
        System.out.println(json(out));
    }

    private static int get(Map<String, String> o, String name, int otherwise) {
        return o.containsKey(name) ? Integer.parseInt(o.get(name)) : otherwise;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String json(Map<String, Object> out) {
        StringBuilder s = new StringBuilder("{");
        out.forEach((k, v) -> {
            s.append(s.length() > 1 ? ", " : "").append('"').append(k).append("\": ");
            if (v instanceof Double d) {
                s.append(String.format(Locale.ROOT, "%.4g", d));
            } else if (v instanceof String text) {
                s.append('"').append(text.replace("\"", "'")).append('"');
            } else {
                s.append(v);
            }
        });
        return s.append('}').toString();
    }
}
