package org.unlearn.views.consequences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.forget.Sharded;
import org.unlearn.model.verify.ParameterDistance;

/**
 * The before/after chart's bars: one pair (the trained model, the model now) per category, in a family's
 * model's terms, by what it can show: how far each centroid moved, the rows per shard, or the coefficients
 * of a linear model that moved most (intercepts left out).
 *
 * @param categories  the bars' names
 * @param before      the trained model's values, or null when the bars measure a change (one series)
 * @param after       the current model's values
 * @param valueLabel  the value axis, with its unit
 * @param note        what is drawn, in one line
 */
record Bars(String title, List<String> categories, double[] before, double[] after, String valueLabel, String note) {
    /** Coefficients shown: the largest, by the trained model's magnitude. */
    static final int COEFFICIENTS = 14;

    /** The bars for a trained model and the model now, or null for a model that can show none. */
    static Bars of(Object trained, Object now) {
        if (trained instanceof Clusterer a && now instanceof Clusterer b) {
            return centroids(a.centroids(), b.centroids());
        }
        if (trained instanceof Sharded a && now instanceof Sharded b) {
            return shards(rowsPerShard(a), rowsPerShard(b));
        }
        if (trained instanceof Parametric a && now instanceof Parametric b) {
            return coefficients(a, b);
        }
        return null;
    }

    private static int[] rowsPerShard(Sharded model) {
        return java.util.Arrays.stream(model.cellCounts())
                .mapToInt(cells -> java.util.Arrays.stream(cells).sum())
                .toArray();
    }

    /**
     * The coefficients that moved most since training, by name, as the change (now − trained): the
     * intercepts are left out (on a ten-class model they are the largest weights and say nothing of a
     * feature), and a change is drawn on its own scale rather than as two bars of nearly equal length.
     */
    private static Bars coefficients(Parametric trained, Parametric now) {
        double[] was = trained.parameters();
        double[] is = now.parameters();
        List<String> allNames = trained.parameterNames();
        List<Integer> order = IntStream.range(0, Math.min(was.length, is.length))
                .filter(i -> !trained.isIntercept(i))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(is[i] - was[i]))
                        .thenComparingDouble(i -> -Math.abs(was[i])))
                .limit(COEFFICIENTS)
                .toList();
        List<String> names = new ArrayList<>();
        double[] change = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            names.add(allNames.get(order.get(i)));
            change[i] = is[order.get(i)] - was[order.get(i)];
        }
        boolean moved = java.util.Arrays.stream(change).anyMatch(c -> c != 0);
        long intercepts =
                IntStream.range(0, was.length).filter(trained::isIntercept).count();
        return new Bars(
                "Coefficients that moved most since training",
                names,
                null,
                change,
                "change since training, now − trained (per standardized unit)",
                (moved
                                ? "the " + order.size() + " coefficients that moved most"
                                : "no coefficient moved: the model's coefficients are the trained ones, bit for bit")
                        + (intercepts == 0
                                ? ""
                                : "; the " + (intercepts == 1 ? "intercept is" : intercepts + " intercepts are")
                                        + " left out"));
    }

    private static Bars centroids(double[][] was, double[][] is) {
        int k = Math.min(was.length, is.length);
        List<String> names = new ArrayList<>();
        double[] after = new double[k];
        for (int c = 0; c < k; c++) {
            names.add("centroid " + (c + 1));
            after[c] = ParameterDistance.euclidean(was[c], is[c]);
        }
        return new Bars(
                "How far each centroid moved since training",
                names,
                null,
                after,
                "distance moved (encoded features' units)",
                "0 means the centroid is where training put it, bit for bit");
    }

    private static Bars shards(int[] was, int[] is) {
        List<String> names = new ArrayList<>();
        double[] before = new double[was.length];
        double[] after = new double[was.length];
        for (int s = 0; s < was.length; s++) {
            names.add("shard " + (s + 1));
            before[s] = was[s];
            after[s] = is[s];
        }
        return new Bars(
                "Rows per shard, trained and now",
                names,
                before,
                after,
                "rows",
                "a shard loses exactly the rows forgotten from it; the others are untouched");
    }
}
