package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Trains to the unique optimum by Newton's method (IRLS) from θ = 0, each step solved by Cholesky.
 * Deterministic: the same rows in the same (row-id) order give the same bits. For the squared loss the
 * first step lands on the closed form (XᵀX + λI)⁻¹Xᵀy and training stops there.
 */
final class NewtonTrainer {
    static final int MAX_ITERATIONS = 100;
    /** Stop once no parameter moves more than this (relative to the largest): the optimum to rounding. */
    private static final double STEP_TOLERANCE = 1e-11;
    /** A pivot below this share of the largest means the system is singular in double precision. */
    private static final double SINGULAR = 1e-13;

    private NewtonTrainer() {
    }

    static Solved train(Problem problem, TrainingSet rows, Progress progress) {
        int d1 = rows.dimension() + 1;
        double[] theta = new double[d1];
        DMatrixRMaj hessian = null;
        double[] anchor = theta;
        double objective = problem.objective(theta, rows);
        int iterations = 0;
        while (true) {
            progress.checkCancelled();
            if (iterations >= MAX_ITERATIONS) {
                throw new BadInputException(rows.name() + ": Newton did not converge in " + MAX_ITERATIONS
                        + " iterations; try a larger λ");
            }
            iterations++;
            double[] g = problem.gradient(theta, rows);
            hessian = hessian(problem, rows, theta);
            anchor = theta;
            double[] step = solve(hessian, g, rows.name(), problem.lambda());
            if (problem.loss() == Loss.SQUARED) {
                theta = minus(theta, step, 1);
                break;
            }
            // Newton from 0 converges for these losses, but halving guards a wild first step on badly scaled data
            double t = 1;
            double[] next = minus(theta, step, t);
            double nextObjective = problem.objective(next, rows);
            while (nextObjective > objective && t > 1e-8) {
                t /= 2;
                next = minus(theta, step, t);
                nextObjective = problem.objective(next, rows);
            }
            double moved = maxAbs(step) * t;
            theta = next;
            objective = nextObjective;
            progress.report(Math.min(0.95, iterations / 12.0), "Newton iteration " + iterations);
            if (moved <= STEP_TOLERANCE * Math.max(1, maxAbs(theta))) {
                break;
            }
        }
        DMatrixRMaj inverse = invert(hessian, rows.name(), problem.lambda());
        double[] gradient = problem.gradient(theta, rows);
        progress.report(1, "Converged in " + iterations + " Newton iterations");
        return new Solved(theta, anchor, Lazy.of(inverse), new HatFactor(rows, inverse), new int[0], gradient,
                Rows.norm(gradient), iterations);
    }

    /** Σ ℓ''(θᵀx̃ᵢ) x̃ᵢx̃ᵢᵀ + λI. */
    static DMatrixRMaj hessian(Problem problem, TrainingSet rows, double[] theta) {
        double[] sqrtW = null;
        if (problem.loss() != Loss.SQUARED) {
            sqrtW = new double[rows.size()];
            for (int p = 0; p < rows.size(); p++) {
                sqrtW[p] = Math.sqrt(problem.loss().curvature(problem.margin(theta, rows, p)));
            }
        }
        DMatrixRMaj h = Gram.of(rows, sqrtW);
        for (int j = 0; j < h.numRows; j++) {
            h.add(j, j, problem.lambda());
        }
        return h;
    }

    private static double[] solve(DMatrixRMaj h, double[] g, String name, double lambda) {
        LinearSolverDense<DMatrixRMaj> chol = cholesky(h, name, lambda);
        DMatrixRMaj x = new DMatrixRMaj(g.length, 1);
        chol.solve(DMatrixRMaj.wrap(g.length, 1, g.clone()), x);
        return x.data;
    }

    static DMatrixRMaj invert(DMatrixRMaj h, String name, double lambda) {
        DMatrixRMaj inverse = new DMatrixRMaj(h.numRows, h.numCols);
        cholesky(h, name, lambda).invert(inverse);
        return inverse;
    }

    private static LinearSolverDense<DMatrixRMaj> cholesky(DMatrixRMaj h, String name, double lambda) {
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(h.numRows);
        DMatrixRMaj a = h.copy();
        double largest = 0;
        for (int j = 0; j < a.numRows; j++) {
            largest = Math.max(largest, a.get(j, j));
        }
        if (!chol.setA(a) || !wellConditioned(a, largest)) {
            throw new BadInputException(name + ": the system is singular in double precision (collinear features"
                    + " with λ = " + lambda + " too small to separate them); use a larger λ, e.g. "
                    + suggestedLambda(largest));
        }
        return chol;
    }

    /** After decomposition a holds L; a pivot L_jj² tiny against the largest diagonal means singular. */
    private static boolean wellConditioned(DMatrixRMaj l, double largest) {
        for (int j = 0; j < l.numRows; j++) {
            double pivot = l.get(j, j);
            if (!(pivot * pivot > SINGULAR * largest)) {
                return false;
            }
        }
        return true;
    }

    private static String suggestedLambda(double largest) {
        double s = Math.max(1e-3, largest * 1e-6);
        return String.format(java.util.Locale.ROOT, "%.3g", s);
    }

    private static double[] minus(double[] theta, double[] step, double t) {
        double[] out = new double[theta.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = theta[j] - t * step[j];
        }
        return out;
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double a : v) {
            m = Math.max(m, Math.abs(a));
        }
        return m;
    }
}
