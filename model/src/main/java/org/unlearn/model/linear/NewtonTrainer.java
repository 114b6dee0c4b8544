package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Trains to the unique optimum by Newton's method from θ = 0: each step solved by a Cholesky factor
 * ({@link Solver#DENSE}) or by conjugate gradients on Hessian-vector products ({@link Solver#ITERATIVE},
 * see {@link NewtonCg}). Deterministic: the same rows in the same (row-id) order give the same bits.
 * For the squared loss the first dense step lands on the closed form (XᵀX + λI)⁻¹Xᵀy: {@link ClosedForm}
 * takes it in two passes over the rows.
 *
 * <p>It stops when the gradient is down to what rounding allows ({@link Problem#roundingFloor}); a step
 * length alone is no criterion, because a line search stalled by rounding in the objective takes tiny
 * steps far from the optimum.
 */
final class NewtonTrainer {
    static final int MAX_ITERATIONS = 100;
    /** A pivot below this share of the largest means the system is singular in double precision. */
    private static final double SINGULAR = 1e-13;

    private NewtonTrainer() {}

    /** @param who "class 3 of 10, " for one of several problems, else "" */
    static Solved train(Problem problem, TrainingSet rows, Solver solver, String who, Progress progress) {
        if (solver != Solver.DENSE) {
            return NewtonCg.train(problem, rows, solver, who, progress);
        }
        if (problem.loss() == Loss.SQUARED) {
            return ClosedForm.train(problem, rows, who, progress);
        }
        return rows.dimension() + 1 > Solver.DENSE_LIMIT
                ? Polishing.train(problem, rows, who, progress)
                : dense(problem, rows, who, progress);
    }

    private static Solved dense(Problem problem, TrainingSet rows, String who, Progress progress) {
        long n = rows.size();
        long d1 = rows.dimension() + 1L;
        double[] theta = new double[(int) d1];
        double[] margins = new double[rows.size()];
        double objective = problem.objective(theta, rows, margins);
        double[] g = problem.gradient(theta, rows, margins);
        double g0 = Rows.norm(g);
        DMatrixRMaj hessian = null;
        double[] anchor = theta;
        int iterations = 0;
        long work = 2 * n * d1;
        double floor = Double.NaN;
        double[] floorAt = null;
        while (true) {
            progress.checkCancelled();
            if (iterations > 0) {
                floor = problem.roundingFloor(theta, rows, margins);
                floorAt = theta;
                if (Rows.norm(g) <= floor) {
                    break;
                }
            }
            if (iterations >= MAX_ITERATIONS) {
                throw new BadInputException(
                        rows.name() + ": Newton did not converge in " + MAX_ITERATIONS + " iterations; try a larger λ");
            }
            iterations++;
            hessian = hessian(problem, rows, theta);
            anchor = theta;
            double[] step = solve(hessian, g, rows.name(), problem.lambda());
            work += n * d1 * d1 / 2 + d1 * d1 * d1 / 3;
            for (int j = 0; j < step.length; j++) {
                step[j] = -step[j];
            }
            LineSearch.Step next = LineSearch.along(problem, rows, theta, objective, g, step);
            work += next.work();
            if (!next.accepted()) {
                break;
            }
            theta = next.theta();
            margins = next.margins();
            objective = next.objective();
            g = next.gradient();
            progress.report(
                    LineSearch.fraction(g0, Rows.norm(g), Double.isNaN(floor) ? NewtonCg.RELATIVE * g0 : floor),
                    who + "Newton iteration " + iterations);
        }
        // formed by the first removal step that asks for it (d³): a retrain never does
        Lazy<DMatrixRMaj> kept = Lazy.of(hessian);
        Lazy<DMatrixRMaj> inverse = RemainingHessian.inverseOf(kept, problem, rows.name(), d1);
        if (floorAt != theta) {
            floor = problem.roundingFloor(theta, rows, margins);
        }
        progress.report(1, who + "converged in " + iterations + " Newton iterations");
        return new Solved(
                theta,
                anchor,
                kept,
                inverse,
                new HatFactor(rows, inverse),
                new int[0],
                g,
                Rows.norm(g) + floor,
                new Training(Solver.DENSE, iterations, 0, work, floor, 0));
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

    static double[] solve(DMatrixRMaj h, double[] g, String name, double lambda) {
        return cholesky(h, name, lambda).solve(g);
    }

    static DMatrixRMaj invert(DMatrixRMaj h, String name, double lambda) {
        return cholesky(h, name, lambda).inverse();
    }

    static Cholesky cholesky(DMatrixRMaj h, String name, double lambda) {
        Cholesky chol = Cholesky.of(h);
        double largest = 0;
        for (int j = 0; j < h.numRows; j++) {
            largest = Math.max(largest, h.get(j, j));
        }
        if (chol == null || !wellConditioned(chol, largest)) {
            throw new BadInputException(name + ": the system is singular in double precision (collinear features"
                    + " with λ = " + lambda + " too small to separate them); use a larger λ, e.g. "
                    + suggestedLambda(largest));
        }
        return chol;
    }

    /** A pivot L_jj² tiny against the largest diagonal means singular. */
    private static boolean wellConditioned(Cholesky l, double largest) {
        for (int j = 0; j < l.size(); j++) {
            double pivot = l.pivot(j);
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
}
