package org.unlearn.views.shards;

import java.util.List;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.model.sisa.SisaRetrain;

/**
 * The S×R grid of a SISA ensemble as the shard map draws it: rows per cell, the cells the picked rows
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
     * @param plan the plan of the picked rows, or null when none are picked
     * @param last the last request's detail, or null when the model is the training
     */
    static ShardMap of(SisaModel model, int[] pickedIds, SisaRetrain plan, SisaRetrain last) {
        int s = model.shardCount();
        int r = model.sliceCount();
        int[][] picked = new int[s][r];
        for (int id : pickedIds) {
            if (model.trainingData().contains(id)) {
                picked[model.shardOf(id)][model.sliceOf(id)]++;
            }
        }
        int[][] rebuilt = new int[s][r];
        for (int shard = 0; shard < s; shard++) {
            for (int slice = 0; slice < r; slice++) {
                rebuilt[shard][slice] = model.checkpoint(shard, slice).generation();
            }
        }
        return new ShardMap(model.cellCounts(), picked, cells(s, r, plan), cells(s, r, last), rebuilt);
    }

    private static boolean[][] cells(int s, int r, SisaRetrain detail) {
        boolean[][] out = new boolean[s][r];
        if (detail != null) {
            for (SisaRetrain.Cell c : detail.deletedCheckpoints()) {
                out[c.shard()][c.slice()] = true;
            }
        }
        return out;
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
