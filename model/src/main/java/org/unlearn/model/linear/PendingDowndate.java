package org.unlearn.model.linear;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.data.TrainingSet;

/**
 * H − UUᵀ over every row removed since a Hessian was last formed, worked out when a request first needs it
 * (a removal of many rows, PRU's Hessian), not on every request: a Woodbury step on a 675-column model spent
 * as long downdating a Hessian nobody asked for as on the step. The requests of a chain link to one another,
 * so working it out is one pass over the list from the formed Hessian (no recursion down the chain, one
 * reference per request), each entry one chain of subtractions in request order, the bits of the eager
 * downdates it replaces.
 */
final class PendingDowndate implements Supplier<DMatrixRMaj> {
    /** The formed (or freshly formable) Hessian at the start of the chain. */
    private final Lazy<DMatrixRMaj> base;
    /** The request before this one in the chain, or null when this one starts from {@link #base}. */
    private final PendingDowndate before;

    private final double[][] rows;
    private final double[] sqrtW;
    private final int count;

    private PendingDowndate(Lazy<DMatrixRMaj> base, PendingDowndate before, double[][] rows, double[] sqrtW) {
        this.base = base;
        this.before = before;
        this.rows = rows;
        this.sqrtW = sqrtW;
        this.count = rows.length + (before == null ? 0 : before.count);
    }

    /** The parent's Hessian without the removed rows, worked out on first use. */
    static Lazy<DMatrixRMaj> after(Lazy<DMatrixRMaj> parent, TrainingSet rows, int[] removed, double[] sqrtW, long d1) {
        double[][] x = new double[removed.length][];
        for (int c = 0; c < x.length; c++) {
            x[c] = rows.row(removed[c]);
        }
        PendingDowndate p = parent.recipe() instanceof PendingDowndate before && !parent.ready()
                ? new PendingDowndate(before.base, before, x, sqrtW.clone())
                : new PendingDowndate(parent, null, x, sqrtW.clone());
        return new Lazy<>(p, () -> p.base.pendingCost() + p.count * d1 * d1 / 2);
    }

    @Override
    public DMatrixRMaj get() {
        List<PendingDowndate> chain = new ArrayList<>();
        for (PendingDowndate p = this; p != null; p = p.before) {
            chain.add(p);
        }
        Collections.reverse(chain);
        double[][] all = new double[count][];
        double[] w = new double[count];
        int at = 0;
        for (PendingDowndate p : chain) {
            System.arraycopy(p.rows, 0, all, at, p.rows.length);
            System.arraycopy(p.sqrtW, 0, w, at, p.sqrtW.length);
            at += p.rows.length;
        }
        return RemainingHessian.downdate(base.get(), all, w);
    }
}
