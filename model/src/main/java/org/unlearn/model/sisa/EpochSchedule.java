package org.unlearn.model.sisa;

/**
 * The paper's epoch schedule for slices. Without slicing a shard of n rows trains e epochs: e·n
 * sample-gradient evaluations. With R slices, step r (1-based) trains on slices 1..r (about r·n/R rows)
 * for e' = 2e / (R + 1) epochs, so the steps add up to e'·(n/R)·R(R+1)/2 = e·n: the same total work.
 *
 * <p>Here step r spends {@code round(e' · |slices 1..r|)} sample visits, computed in integers. It depends
 * only on the rows of slices 1..r, never on later slices, so a checkpoint stays valid while rows are
 * forgotten from later slices. A fractional e' ends a step part-way through a pass (see {@link MiniBatches}).
 */
public final class EpochSchedule {
    private EpochSchedule() {}

    /**
     * Sample visits of one step.
     *
     * @param epochs e
     * @param slices R
     * @param rows   rows of slices 1..r
     */
    public static long samples(int epochs, int slices, int rows) {
        long numerator = 2L * epochs * rows;
        return (numerator + (slices + 1) / 2) / (slices + 1);
    }
}
