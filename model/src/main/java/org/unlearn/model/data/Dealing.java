package org.unlearn.model.data;

import java.util.function.IntUnaryOperator;

/** Deals the rows of a set into groups (shards, leaves) by their ids. */
public final class Dealing {
    private Dealing() {}

    /**
     * The rows of each of {@code groups} groups, each in the data's order.
     *
     * @param groupOfRowId the group, 0 to {@code groups} − 1, of a row id
     */
    public static TrainingSet[] byRowId(TrainingSet data, int groups, IntUnaryOperator groupOfRowId) {
        int[] groupAt = new int[data.size()];
        int[] counts = new int[groups];
        for (int p = 0; p < data.size(); p++) {
            groupAt[p] = groupOfRowId.applyAsInt(data.rowId(p));
            counts[groupAt[p]]++;
        }
        int[][] positions = new int[groups][];
        for (int g = 0; g < groups; g++) {
            positions[g] = new int[counts[g]];
        }
        int[] filled = new int[groups];
        for (int p = 0; p < data.size(); p++) {
            int g = groupAt[p];
            positions[g][filled[g]++] = p;
        }
        TrainingSet[] out = new TrainingSet[groups];
        for (int g = 0; g < groups; g++) {
            out[g] = data.select(positions[g]);
        }
        return out;
    }
}
