package org.unlearn.views.pick;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link RowRanking} by a score per row, highest first, ties broken by the lower row id so the order is
 * the same on every run. The scores are worked out and sorted on first asking, once.
 */
public final class ScoredRows implements RowRanking {
    private final String name;
    private final String explanation;
    private final int[] rowIds;
    private final Supplier<double[]> scores;
    private int[] order;

    /**
     * @param rowIds the rows ranked
     * @param scores each row's score, in the order of {@code rowIds}; NaN ranks last
     */
    public ScoredRows(String name, String explanation, int[] rowIds, Supplier<double[]> scores) {
        this.name = Objects.requireNonNull(name);
        this.explanation = Objects.requireNonNull(explanation);
        this.rowIds = rowIds.clone();
        this.scores = Objects.requireNonNull(scores);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String explanation() {
        return explanation;
    }

    @Override
    public synchronized int[] top(int n) {
        if (order == null) {
            order = rank();
        }
        return Arrays.copyOf(order, Math.max(0, Math.min(n, order.length)));
    }

    private int[] rank() {
        double[] score = scores.get();
        if (score.length != rowIds.length) {
            throw new IllegalStateException(name + ": " + score.length + " scores for " + rowIds.length + " rows");
        }
        Integer[] index = new Integer[rowIds.length];
        Arrays.setAll(index, i -> i);
        Arrays.sort(index, (a, b) -> {
            double sa = Double.isNaN(score[a]) ? Double.NEGATIVE_INFINITY : score[a];
            double sb = Double.isNaN(score[b]) ? Double.NEGATIVE_INFINITY : score[b];
            int byScore = Double.compare(sb, sa);
            return byScore != 0 ? byScore : Integer.compare(rowIds[a], rowIds[b]);
        });
        int[] out = new int[index.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rowIds[index[i]];
        }
        return out;
    }
}
