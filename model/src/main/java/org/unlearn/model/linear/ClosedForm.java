package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Ridge's dense training, θ = (X̃ᵀX̃ + λI)⁻¹(X̃ᵀy − b): Newton's single step from θ = 0, in two passes over the
 * rows instead of five. The first forms the Gram and X̃ᵀy together; the second, at θ, the gradient and
 * its rounding floor (margins, residuals and row norms in one go). The Hessian is kept for the removal
 * steps; its inverse is formed by the first step that asks for it (d³), which a retrain never does.
 */
final class ClosedForm {
    private ClosedForm() {}

    static Solved train(Problem problem, TrainingSet rows, String who, Progress progress) {
        progress.checkCancelled();
        int n = rows.size();
        int d1 = rows.dimension() + 1;
        double[] y = new double[n];
        for (int p = 0; p < n; p++) {
            y[p] = problem.response().of(rows, p);
        }
        double[] rhs = new double[d1];
        DMatrixRMaj h = Gram.withResponse(rows, y, rhs);
        for (int j = 0; j < d1; j++) {
            h.add(j, j, problem.lambda());
            if (problem.perturbation() != null) {
                rhs[j] -= problem.perturbation()[j];
            }
        }
        double[] theta = NewtonTrainer.solve(h, rhs, rows.name(), problem.lambda());
        progress.checkCancelled();
        double[] g = new double[d1];
        double floor = gradientAndFloor(problem, rows, y, theta, g);
        long work = (long) n * d1 + (long) n * d1 * d1 / 2 + (long) d1 * d1 * d1 / 3 + 3L * n * d1;
        Lazy<DMatrixRMaj> hessian = Lazy.of(h);
        Lazy<DMatrixRMaj> inverse = RemainingHessian.inverseOf(hessian, problem, rows.name(), d1);
        progress.report(1, who + "solved in closed form");
        return new Solved(
                theta,
                new double[d1],
                hessian,
                inverse,
                new HatFactor(rows, inverse),
                new int[0],
                g,
                Rows.norm(g) + floor,
                new Training(Solver.DENSE, 1, 0, work, floor, 0));
    }

    /** Multiply-adds of the residual pass from which a second thread pays for its hand-off. */
    static final long PARALLEL_WORK = 1_000_000;

    /**
     * ∇L(θ) = Σ (θᵀx̃ᵢ − yᵢ) x̃ᵢ + λθ + b into g, and returns {@link Problem#roundingFloor} at θ, from one pass
     * over the rows in the Gram's fixed blocks (each block's terms summed in row order, the blocks in block
     * order: the same bits on any number of threads).
     */
    static double gradientAndFloor(Problem problem, TrainingSet rows, double[] y, double[] theta, double[] g) {
        int n = rows.size();
        int d = rows.dimension();
        long work = 3L * n * (d + 1);
        int threads = work < PARALLEL_WORK ? 1 : RowBlocks.threads();
        // per block: the gradient's d + 1 sums, then Σ|rᵢ| ||x̃ᵢ|| and Σ ||x̃ᵢ||²
        double[] sums = RowBlocks.sum(
                n, Gram.BLOCK, d + 3, threads, (from, to, acc) -> residuals(rows, y, theta, from, to, acc));
        System.arraycopy(sums, 0, g, 0, d + 1);
        double terms = sums[d + 1];
        double trace = problem.lambda() + sums[d + 2];
        double[] b = problem.perturbation();
        for (int j = 0; j <= d; j++) {
            g[j] += problem.lambda() * theta[j] + (b == null ? 0 : b[j]);
        }
        double norm = Rows.norm(theta);
        terms += problem.lambda() * norm + (b == null ? 0 : Rows.norm(b));
        return 0x1p-53 * ((rows.size() + theta.length + 2) * terms + trace * norm);
    }

    /** Rows [from, to): Σ rᵢx̃ᵢ into acc[0..d], Σ |rᵢ| ||x̃ᵢ|| into acc[d + 1], Σ ||x̃ᵢ||² into acc[d + 2]. */
    private static void residuals(TrainingSet rows, double[] y, double[] theta, int from, int to, double[] acc) {
        int d = rows.dimension();
        double terms = 0;
        double trace = 0;
        for (int p = from; p < to; p++) {
            double[] x = rows.row(p);
            // the margin and the row's norm side by side, four running sums each (latency, not memory, bounds them)
            double m0 = 0;
            double m1 = 0;
            double m2 = 0;
            double m3 = 0;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int j = 0;
            for (; j < d - 3; j += 4) {
                double a = x[j];
                double b = x[j + 1];
                double c = x[j + 2];
                double e = x[j + 3];
                m0 = Math.fma(theta[j], a, m0);
                m1 = Math.fma(theta[j + 1], b, m1);
                m2 = Math.fma(theta[j + 2], c, m2);
                m3 = Math.fma(theta[j + 3], e, m3);
                s0 = Math.fma(a, a, s0);
                s1 = Math.fma(b, b, s1);
                s2 = Math.fma(c, c, s2);
                s3 = Math.fma(e, e, s3);
            }
            for (; j < d; j++) {
                m0 = Math.fma(theta[j], x[j], m0);
                s0 = Math.fma(x[j], x[j], s0);
            }
            double r = theta[d] + ((m0 + m1) + (m2 + m3)) - y[p];
            // an axpy over the columns, which the JIT turns into vector fused multiply-adds
            for (int f = 0; f < d; f++) {
                acc[f] = Math.fma(r, x[f], acc[f]);
            }
            acc[d] += r;
            double norm2 = 1 + ((s0 + s1) + (s2 + s3));
            terms += Math.abs(r) * Math.sqrt(norm2);
            trace += norm2;
        }
        acc[d + 1] = terms;
        acc[d + 2] = trace;
    }
}
