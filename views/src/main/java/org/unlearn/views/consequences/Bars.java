package org.unlearn.views.consequences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.linear.Coefficient;
import org.unlearn.model.linear.LinearModel;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.model.verify.ParameterDistance;

/**
 * The before/after chart's bars: one pair (the trained model, the model now) per category, in a family's
 * own terms: a linear model's largest coefficients, each k-means centroid's coordinates' size and how far it
 * moved, a SISA ensemble's rows per shard.
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

    /** The bars for a trained model and the model now, or null for a family without them. */
    static Bars of(Object trained, Object now) {
        if (trained instanceof LinearModel<?> a && now instanceof LinearModel<?> b) {
            return coefficients(a.coefficients(), b.coefficients());
        }
        if (trained instanceof ClusteringModel<?> a && now instanceof ClusteringModel<?> b) {
            return centroids(a.centroids(), b.centroids());
        }
        if (trained instanceof SisaModel a && now instanceof SisaModel b) {
            return shards(a.shardSizes(), b.shardSizes());
        }
        return null;
    }

    private static Bars coefficients(List<Coefficient> was, List<Coefficient> is) {
        boolean severalTargets = was.stream().map(Coefficient::target).distinct().count() > 1;
        List<Integer> order = IntStream.range(0, was.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(was.get(i).value()))).limit(COEFFICIENTS)
                .toList();
        List<String> names = new ArrayList<>();
        double[] before = new double[order.size()];
        double[] after = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            Coefficient c = was.get(order.get(i));
            names.add(c.feature() + (severalTargets ? " → " + c.target() : ""));
            before[i] = c.value();
            after[i] = is.get(order.get(i)).value();
        }
        return new Bars("Coefficients, trained and now", names, before, after, "coefficient (per standardized unit)",
                "the " + order.size() + " largest coefficients of the trained model, and the same ones now");
    }

    private static Bars centroids(double[][] was, double[][] is) {
        int k = Math.min(was.length, is.length);
        List<String> names = new ArrayList<>();
        double[] after = new double[k];
        for (int c = 0; c < k; c++) {
            names.add("centroid " + (c + 1));
            after[c] = ParameterDistance.euclidean(was[c], is[c]);
        }
        return new Bars("How far each centroid moved since training", names, null, after,
                "distance moved (encoded features' units)", "0 means the centroid is where training put it, bit for bit");
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
        return new Bars("Rows per shard, trained and now", names, before, after, "rows",
                "a shard loses exactly the rows forgotten from it; the others are untouched");
    }
}
