package org.unlearn.views.shards;

import java.util.List;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Sharded;

/**
 * The S×R grid of a model with shards and slices (a SISA ensemble) as the shard map draws it: rows per cell, the cells the picked rows
 * would retrain, and the checkpoints the last request deleted (each then rebuilt without the rows).
 *
 * @param counts    rows per cell, [shard][slice]
 * @param picked    picked rows per cell
 * @param planned   the cells a forget of the picked rows would retrain
 * @param deleted   the checkpoints the last request deleted
 * @param rebuilt   how many times each cell's checkpoint has been rebuilt since training
 */
public record ShardMap(int[][] counts, int[][] picked, boolean[][] planned, boolean[][] deleted, int[][] rebuilt) {
    public int shards() {
        return counts.length;
    }

    public int slices() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    /**
     * The map of a model that deals its rows to shards and slices. A forget retrains a row's shard from the
     * slice before the row's, so the checkpoints after it (the row's slice on) held the row: those are the
     * cells a pick would retrain, and the ones a request deleted.
     *
     * @param history the chain's requests, newest first: each with the model it forgot from (the next entry)
     */
    static ShardMap of(Sharded model, TrainingSet held, int[] pickedIds, List<Request> history) {
        int s = model.shardCount();
        int r = model.sliceCount();
        int[][] picked = new int[s][r];
        for (int id : pickedIds) {
            if (held.contains(id)) {
                picked[model.shardOf(id)][model.sliceOf(id)]++;
            }
        }
        int[][] rebuilt = new int[s][r];
        boolean[][] deleted = new boolean[s][r];
        for (int i = 0; i < history.size(); i++) {
            boolean[][] cells = retrained(history.get(i), s, r);
            for (int shard = 0; shard < s; shard++) {
                for (int slice = 0; slice < r; slice++) {
                    rebuilt[shard][slice] += cells[shard][slice] ? 1 : 0;
                }
            }
            if (i == 0) {
                deleted = cells;
            }
        }
        return new ShardMap(model.cellCounts(), picked, retrained(model, pickedIds, held, s, r), deleted, rebuilt);
    }

    /** A forget request: the rows it named and the model it forgot them from. */
    record Request(Sharded before, TrainingSet heldBefore, int[] rowIds) {}

    private static boolean[][] retrained(Sharded model, int[] rowIds, TrainingSet held, int s, int r) {
        boolean[][] out = new boolean[s][r];
        if (model.shardCount() != s || model.sliceCount() != r) {
            return out;
        }
        for (int id : rowIds) {
            if (held.contains(id)) {
                int shard = model.shardOf(id);
                for (int slice = model.sliceOf(id); slice < r; slice++) {
                    out[shard][slice] = true;
                }
            }
        }
        return out;
    }

    private static boolean[][] retrained(Request request, int s, int r) {
        return retrained(request.before(), request.rowIds(), request.heldBefore(), s, r);
    }

    /** How many cells are set in a grid. */
    static int count(boolean[][] cells) {
        int n = 0;
        for (boolean[] row : cells) {
            for (boolean b : row) {
                n += b ? 1 : 0;
            }
        }
        return n;
    }

    /** The shards with a set cell, ascending. */
    static List<Integer> shardsOf(boolean[][] cells) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (int shard = 0; shard < cells.length; shard++) {
            for (boolean b : cells[shard]) {
                if (b) {
                    out.add(shard);
                    break;
                }
            }
        }
        return out;
    }
}
