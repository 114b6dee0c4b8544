package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.data.TrainingSet;

/**
 * The Hessian of the remaining rows (at the anchor) and its inverse after a factored removal step, by one of
 * two routes to the same matrices. For a few rows, Woodbury on the kept inverse:
 * H_rem⁻¹ = H⁻¹ + H⁻¹U (I − UᵀH⁻¹U)⁻¹ UᵀH⁻¹, O(kd² + k²d + k³), U = [√wᵢ x̃ᵢ] the removed rows scaled by
 * their curvature. For many rows that k × k algebra outgrows the d × d one, so the kept Hessian is downdated
 * instead, H_rem = H − UUᵀ (kd²/2), and factored (d³/6); its inverse is then formed only if a later request
 * asks for it. Both keep the Hessian itself (a d × d subtraction), so either route stays open to the next
 * request.
 *
 * @param hessian  H_rem, or its lazy formation from the rows when the parent had none
 * @param inverse  H_rem⁻¹, worked out now (Woodbury) or on first use (from H_rem)
 * @param step     H_rem⁻¹Δ, or H⁻¹Δ for an influence step (the parent's Hessian)
 * @param work     multiply-adds spent, one-time formations included
 */
record RemainingHessian(Lazy<DMatrixRMaj> hessian, Lazy<DMatrixRMaj> inverse, double[] step, long work) {
    /**
     * @param remaining the rows after the removal (for a Hessian the parent never formed)
     * @param removed   positions in {@code rows} of the removed rows
     * @param sqrtW     their √ℓ'' at the anchor
     * @param delta     the right-hand side Δ
     */
    static RemainingHessian after(
            Problem problem,
            Solved s,
            TrainingSet rows,
            int[] removed,
            double[] sqrtW,
            TrainingSet remaining,
            double[] delta,
            boolean influence) {
        int k = removed.length;
        long d1 = s.theta().length;
        if (downdates(s, k)) {
            long work = s.hessian().pendingCost() + k * d1 * d1 / 2 + d1 * d1 * d1 / 6 + d1 * d1;
            DMatrixRMaj h = downdate(s.hessian().get(), rows, removed, sqrtW);
            double[] step;
            if (influence) {
                work += s.inverse().pendingCost();
                step = times(s.hessianInverse(), delta);
            } else {
                step = factor(h, rows, problem).solve(delta);
            }
            return new RemainingHessian(
                    Lazy.of(h), new Lazy<>(() -> factor(h, rows, problem).inverse(), () -> d1 * d1 * d1), step, work);
        }
        long work = s.inverse().pendingCost() + 2L * k * d1 * d1 + (long) k * k * d1 + d1 * d1;
        DMatrixRMaj hInv = s.hessianInverse();
        DMatrixRMaj remainingInverse;
        double[] step;
        if (k == 1 && !influence) {
            // the step's product taken row by row as the new inverse is written, not in a third pass over it
            step = new double[(int) d1];
            remainingInverse = shermanMorrison(hInv, rows.row(removed[0]), sqrtW[0], delta, step);
        } else {
            remainingInverse = woodbury(hInv, rows, removed, sqrtW);
            step = times(influence ? hInv : remainingInverse, delta);
        }
        Lazy<DMatrixRMaj> hessian;
        if (s.hessian().ready() || s.hessian().recipe() instanceof PendingDowndate) {
            hessian = PendingDowndate.after(s.hessian(), rows, removed, sqrtW, d1);
        } else {
            hessian = fresh(problem, remaining, s.anchor());
        }
        return new RemainingHessian(hessian, Lazy.of(remainingInverse), step, work);
    }

    /**
     * The downdated Hessian's factor. A training refuses a singular system (the user picks another λ); here the
     * system was fine before the removal, so a singular one is the step's rounding, answered by a retrain.
     */
    private static Cholesky factor(DMatrixRMaj h, TrainingSet rows, Problem problem) {
        try {
            return NewtonTrainer.cholesky(h, rows.name(), problem.lambda());
        } catch (org.unlearn.model.BadInputException e) {
            throw new IndefiniteStepException();
        }
    }

    /** Multiply-adds {@link #after} will spend on k rows. */
    static long work(Solved s, int k) {
        long d1 = s.theta().length;
        if (downdates(s, k)) {
            return s.hessian().pendingCost() + k * d1 * d1 / 2 + d1 * d1 * d1 / 6 + d1 * d1;
        }
        return s.inverse().pendingCost() + 2L * k * d1 * d1 + (long) k * k * d1 + d1 * d1;
    }

    /**
     * True when downdating the Hessian (and forming the inverse later, should a request need it) costs less
     * than Woodbury on the inverse: from about k = d/2 on a trained model.
     */
    static boolean downdates(Solved s, int k) {
        long d1 = s.theta().length;
        long viaHessian = s.hessian().pendingCost() + k * d1 * d1 / 2 + d1 * d1 * d1 / 6 + d1 * d1 * d1;
        long viaInverse = s.inverse().pendingCost() + 2L * k * d1 * d1 + (long) k * k * d1;
        return viaHessian < viaInverse;
    }

    /** The Hessian at a point over some rows, formed when first needed (n d²/2). */
    static Lazy<DMatrixRMaj> fresh(Problem problem, TrainingSet rows, double[] point) {
        long n = rows.size();
        long d1 = rows.dimension() + 1L;
        return new Lazy<>(() -> NewtonTrainer.hessian(problem, rows, point), () -> n * d1 * d1 / 2);
    }

    /** The inverse of a lazy Hessian, formed when first needed (the Hessian's cost, then d³). */
    static Lazy<DMatrixRMaj> inverseOf(Lazy<DMatrixRMaj> hessian, Problem problem, String name, long d1) {
        return new Lazy<>(
                () -> NewtonTrainer.invert(hessian.get(), name, problem.lambda()),
                () -> hessian.pendingCost() + d1 * d1 * d1);
    }

    /** H − UUᵀ, each entry one chain of subtractions in row order (lower triangle, mirrored). */
    static DMatrixRMaj downdate(DMatrixRMaj h, TrainingSet rows, int[] removed, double[] sqrtW) {
        double[][] x = new double[removed.length][];
        for (int c = 0; c < x.length; c++) {
            x[c] = rows.row(removed[c]);
        }
        return downdate(h, x, sqrtW);
    }

    /**
     * H − UUᵀ for the rows x̃ᵢ = (xᵢ, 1) scaled by √wᵢ: entry (i, j) is H[i][j] − u₁[i]u₁[j] − u₂[i]u₂[j] − … as
     * one chain of fused multiply-adds in row order, on the {@link Tiles} kernel (lower triangle, mirrored),
     * its bands on the cores: the same bits on any threads and either kernel.
     */
    static DMatrixRMaj downdate(DMatrixRMaj h, double[][] x, double[] sqrtW) {
        int d1 = h.numRows;
        if (d1 < GramKernel.WIDE_FROM) {
            return narrowDowndate(h, x, sqrtW);
        }
        int k = x.length;
        Tiles kernel = Tiles.forWidth(d1);
        int s = Bands.up(d1, kernel.width());
        int rows4 = Bands.up(d1, 4);
        double[] out = new double[rows4 * s];
        for (int i = 0; i < d1; i++) {
            System.arraycopy(h.data, i * d1, out, i * s, i + 1);
        }
        // −U (d × k) broadcast by rows, Uᵀ (k × d) read along
        double[] minusU = new double[rows4 * k];
        double[] ut = new double[k * s];
        for (int c = 0; c < k; c++) {
            double w = sqrtW[c];
            for (int j = 0; j < x[c].length; j++) {
                double u = w * x[c][j];
                ut[c * s + j] = u;
                minusU[j * k + c] = -u;
            }
            ut[c * s + x[c].length] = w;
            minusU[x[c].length * k + c] = -w;
        }
        Bands.each(rows4 / 4, Bands.cores(), (long) k * d1 * d1 / 2, b -> {
            int i0 = 4 * b;
            for (int t0 = 0; t0 <= Math.min(d1 - 1, i0 + 3); t0 += kernel.width()) {
                kernel.tile(minusU, k, ut, s, out, s, i0, t0, 0, k);
            }
        });
        DMatrixRMaj result = new DMatrixRMaj(d1, d1);
        for (int i = 0; i < d1; i++) {
            for (int j = 0; j <= i; j++) {
                double v = out[i * s + j];
                result.data[i * d1 + j] = v;
                result.data[j * d1 + i] = v;
            }
        }
        return result;
    }

    /** The same chains as a plain loop: on narrow rows the padded copies cost more than the kernel saves. */
    private static DMatrixRMaj narrowDowndate(DMatrixRMaj h, double[][] x, double[] sqrtW) {
        int d1 = h.numRows;
        double[] out = h.data.clone();
        double[] u = new double[d1];
        for (int c = 0; c < x.length; c++) {
            double w = sqrtW[c];
            for (int j = 0; j < x[c].length; j++) {
                u[j] = w * x[c][j];
            }
            u[x[c].length] = w;
            for (int i = 0; i < d1; i++) {
                double a = u[i];
                int row = i * d1;
                for (int j = 0; j <= i; j++) {
                    out[row + j] = Math.fma(-a, u[j], out[row + j]);
                }
            }
        }
        for (int i = 0; i < d1; i++) {
            for (int j = 0; j < i; j++) {
                out[j * d1 + i] = out[i * d1 + j];
            }
        }
        return DMatrixRMaj.wrap(d1, d1, out);
    }

    /** H⁻¹ + H⁻¹U (I − UᵀH⁻¹U)⁻¹ UᵀH⁻¹: the inverse without the rows, O(kd² + k³). */
    static DMatrixRMaj woodbury(DMatrixRMaj hInv, TrainingSet rows, int[] removed, double[] sqrtW) {
        if (removed.length == 1) {
            return shermanMorrison(hInv, rows.row(removed[0]), sqrtW[0], null, null);
        }
        return Woodbury.without(hInv, rows, removed, sqrtW);
    }

    /**
     * H⁻¹ + (H⁻¹u)(H⁻¹u)ᵀ / (1 − uᵀH⁻¹u) for one row u = w x̃: Woodbury at k = 1, in 2d² without EJML's set-up.
     * H⁻¹u runs four rows side by side: each entry is still one chain in column order, but four chains hide
     * the latency of a fused multiply-add that one chain at a time waits on (72 columns: 8 µs to 3).
     */
    private static DMatrixRMaj shermanMorrison(DMatrixRMaj hInv, double[] x, double w, double[] v, double[] times) {
        int d1 = hInv.numRows;
        int d = x.length;
        double[] a = hInv.data;
        double[] u = new double[d];
        for (int j = 0; j < d; j++) {
            u[j] = w * x[j];
        }
        double[] hu = new double[d1];
        int i = 0;
        for (; i + 3 < d1; i += 4) {
            int r0 = i * d1;
            int r1 = r0 + d1;
            int r2 = r1 + d1;
            int r3 = r2 + d1;
            double s0 = a[r0 + d] * w;
            double s1 = a[r1 + d] * w;
            double s2 = a[r2 + d] * w;
            double s3 = a[r3 + d] * w;
            for (int j = 0; j < d; j++) {
                double uj = u[j];
                s0 = Math.fma(a[r0 + j], uj, s0);
                s1 = Math.fma(a[r1 + j], uj, s1);
                s2 = Math.fma(a[r2 + j], uj, s2);
                s3 = Math.fma(a[r3 + j], uj, s3);
            }
            hu[i] = s0;
            hu[i + 1] = s1;
            hu[i + 2] = s2;
            hu[i + 3] = s3;
        }
        for (; i < d1; i++) {
            int row = i * d1;
            double s = a[row + d] * w;
            for (int j = 0; j < d; j++) {
                s = Math.fma(a[row + j], u[j], s);
            }
            hu[i] = s;
        }
        double core = 1;
        for (i = 0; i < d1; i++) {
            core -= (i < d ? u[i] : w) * hu[i];
        }
        // 1 − uᵀH⁻¹u > 0 because H_rem ⪰ λI
        if (!(core > 0)) {
            throw new IndefiniteStepException();
        }
        double[] out = new double[d1 * d1];
        for (i = 0; i < d1; i++) {
            double f = hu[i] / core;
            int row = i * d1;
            for (int j = 0; j < d1; j++) {
                out[row + j] = Math.fma(f, hu[j], a[row + j]);
            }
            if (times != null) {
                times[i] = FourSums.dot(out, row, v, v.length);
            }
        }
        return DMatrixRMaj.wrap(d1, d1, out);
    }

    /** m v, each entry in four running sums by column mod 4 (a single chain waits on every fused multiply-add). */
    static double[] times(DMatrixRMaj m, double[] v) {
        double[] out = new double[m.numRows];
        for (int i = 0; i < out.length; i++) {
            out[i] = FourSums.dot(m.data, i * m.numCols, v, v.length);
        }
        return out;
    }
}
