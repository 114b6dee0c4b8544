package org.unlearn.views.panels;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forest;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.Sharded;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * A family the views have never heard of, for the tests only: a forest of stumps, each splitting one
 * feature at its mean, with its rows dealt to shards by id. It forgets by training again. It implements
 * {@link Forest} and {@link Sharded}, so the forget view must show it a tree panel and a shard map.
 */
final class StumpForest implements UnlearningModel<StumpForest>, Forest, Sharded {
    private final TrainingSet rows;
    private final int trees;
    private final int shards;
    private final double[] thresholds;
    private final Provenance provenance;

    private StumpForest(TrainingSet rows, int trees, int shards, Provenance provenance) {
        this.rows = rows;
        this.trees = trees;
        this.shards = shards;
        this.provenance = provenance;
        thresholds = new double[trees];
        for (int t = 0; t < trees; t++) {
            int feature = t % rows.dimension();
            double sum = 0;
            for (int p = 0; p < rows.size(); p++) {
                sum += rows.row(p)[feature];
            }
            thresholds[t] = rows.size() == 0 ? 0 : sum / rows.size();
        }
    }

    static StumpForest train(TrainingSet rows, int trees, int shards, long seed) {
        return new StumpForest(
                rows, trees, shards, Provenance.trained(StumpFamily.CODE, seed, rows.size(), Duration.ZERO));
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public TrainingSet trainingData() {
        return rows;
    }

    @Override
    public Forgotten<StumpForest> forget(int[] rowIds, Progress progress) {
        TrainingSet remaining = rows.without(rowIds);
        StumpForest next = new StumpForest(
                remaining, trees, shards, provenance.child("retrain", rowIds, remaining.size(), true, Duration.ZERO));
        return new Forgotten<>(
                next,
                new ForgetReport(
                        rowIds,
                        "retrain",
                        true,
                        false,
                        remaining.size(),
                        remaining.size(),
                        Duration.ZERO,
                        "trained the stumps again on " + remaining.size() + " rows",
                        null));
    }

    @Override
    public boolean sameParameters(StumpForest other) {
        return Arrays.equals(thresholds, other.thresholds) && Arrays.equals(rows.rowIds(), other.rows.rowIds());
    }

    @Override
    public int treeCount() {
        return trees;
    }

    @Override
    public Node tree(int index) {
        int low = 0;
        for (int p = 0; p < rows.size(); p++) {
            low += goesLow(index, p) ? 1 : 0;
        }
        String split = rows.features().get(index % rows.dimension()) + " ≤ " + thresholds[index];
        return new Node(
                0,
                split,
                rows.size(),
                List.of(new Node(1, "low", low, List.of()), new Node(2, "high", rows.size() - low, List.of())));
    }

    @Override
    public int[] path(int index, int rowId) {
        return new int[] {0, goesLow(index, rows.positionOf(rowId)) ? 1 : 2};
    }

    private boolean goesLow(int tree, int position) {
        return rows.row(position)[tree % rows.dimension()] <= thresholds[tree];
    }

    @Override
    public int shardCount() {
        return shards;
    }

    @Override
    public int sliceCount() {
        return 1;
    }

    @Override
    public int shardOf(int rowId) {
        return rowId % shards;
    }

    @Override
    public int sliceOf(int rowId) {
        return 0;
    }

    @Override
    public int[][] cellCounts() {
        int[][] out = new int[shards][1];
        for (int id : rows.rowIds()) {
            out[shardOf(id)][0]++;
        }
        return out;
    }
}
