package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Truncated Newton (Newton–CG) for wide problems: each direction solves H p = −g by conjugate gradients
 * on Hessian-vector products, only as tightly as the gradient is small (forcing term min(½, √(||g||/||g₀||)),
 * which keeps the convergence superlinear), then a line search. O(nd) per product, no d × d matrix.
 * It stops at a gradient of {@value #RELATIVE} of the first one, or at the rounding floor if that is higher.
 * On ill-conditioned data (images at small λ) the directions can need hundreds of products; once one
 * needs more than d/{@value #HAND_OVER_SHARE}, and d is small enough to factor, the rest is left to {@link Polishing}: the
 * Hessian formed and factored once, its factor preconditioning the remaining directions, down to the
 * rounding floor.
 */
final class NewtonCg {
    static final double RELATIVE = 1e-10;
    /**
     * A wide problem hands over to {@link Polishing} once a direction needs more than d / this many products.
     * At d/10, MNIST 3 vs 8 (1,976 × 674) ran all 14 iterations on 385 Jacobi-preconditioned products; at d/30
     * it hands over after 8 iterations and 87 products, and the factor of the rows that carry curvature
     * finishes in 6 iterations and 43 products (d/20: 152 + 10, d/40: 62 + 78).
     */
    static final int HAND_OVER_SHARE = 30;

    private NewtonCg() {}

    /**
     * Conjugate gradients shrink the residual about geometrically, at a rate set by the Hessian, so a
     * removal step's solve to {@link RemovalStep#CG_RELATIVE} takes as many products as the rate of the
     * training's longest solve gives.
     */
    private static double stepProducts(double lastRate, int d1) {
        if (!(lastRate < 0)) {
            return Math.min(3, d1);
        }
        // and never more than about d + 1: conjugate gradients end there in exact arithmetic
        return Math.min(Math.min(RemovalStep.maxProducts(d1), d1 + 5), Math.log(RemovalStep.CG_RELATIVE) / lastRate);
    }

    /**
     * Where a descent stopped.
     *
     * @param handOver   true when a direction needed more than d/{@value #HAND_OVER_SHARE} products: factoring is now cheaper
     * @param lastRate   ln(residual reduction) per product of the longest conjugate-gradient solve
     */
    record Descent(
            double[] theta,
            double[] margins,
            double objective,
            double[] gradient,
            double g0,
            double floor,
            int iterations,
            int products,
            long work,
            double lastRate,
            boolean handOver) {}

    static Solved train(Problem problem, TrainingSet rows, Solver solver, String who, Progress progress) {
        int d1 = rows.dimension() + 1;
        Descent d = descend(problem, rows, RELATIVE, solver != Solver.MATRIX_FREE ? HAND_OVER_SHARE : 0, who, progress);
        int iterations = d.iterations();
        long work = d.work();
        double[] theta = d.theta();
        double[] g = d.gradient();
        double floor = d.floor();
        if (d.handOver()) {
            // the factor takes a Newton step for a few products, so it goes on to the rounding floor, as the
            // dense solver does: a smaller residual for every bound that starts from it
            Polishing.Polished p = Polishing.polish(problem, rows, d, 0, who, progress);
            iterations += p.iterations();
            work += p.work();
            theta = p.theta();
            g = p.gradient();
            floor = p.floor();
        }
        double[] anchor = theta;
        Lazy<DMatrixRMaj> hessian = RemainingHessian.fresh(problem, rows, anchor);
        Lazy<DMatrixRMaj> inverse = RemainingHessian.inverseOf(hessian, problem, rows.name(), rows.dimension() + 1L);
        progress.report(1, who + "converged in " + iterations + " Newton–CG iterations");
        return new Solved(
                theta,
                anchor,
                hessian,
                inverse,
                new HatFactor(rows, inverse),
                new int[0],
                g,
                Rows.norm(g) + floor,
                new Training(
                        solver, Math.max(1, iterations), d.products(), work, floor, stepProducts(d.lastRate(), d1)));
    }

    /**
     * Newton–CG from θ = 0 until the gradient is down to {@code relative} of the first one (or the rounding
     * floor), or, when {@code mayHandOver}, until a direction needs more than d/{@code handOverShare} products.
     */
    static Descent descend(
            Problem problem, TrainingSet rows, double relative, int handOverShare, String who, Progress progress) {
        long pass = rows.size() * (rows.dimension() + 1L);
        int d1 = rows.dimension() + 1;
        int maxProducts = Math.max(100, Math.min(d1, 1000));
        double[] theta = new double[d1];
        double[] margins = new double[rows.size()];
        double objective = problem.objective(theta, rows, margins);
        double[] g = problem.gradient(theta, rows, margins);
        double g0 = Rows.norm(g);
        long work = pass;
        int iterations = 0;
        int products = 0;
        // ln(residual reduction) per product of the longest solve: the most products, the best estimate of the rate
        double lastRate = Double.NEGATIVE_INFINITY;
        int longest = 2;
        boolean handOver = false;
        double floor = problem.roundingFloor(theta, rows, margins);
        while (!handOver && Rows.norm(g) > Math.max(floor, relative * g0)) {
            progress.checkCancelled();
            if (iterations >= NewtonTrainer.MAX_ITERATIONS) {
                throw new BadInputException(rows.name() + ": Newton–CG did not converge in "
                        + NewtonTrainer.MAX_ITERATIONS + " iterations; try a larger λ");
            }
            iterations++;
            double gNorm = Rows.norm(g);
            double forcing = Math.min(0.5, Math.sqrt(gNorm / g0));
            double[] minusG = new double[d1];
            for (int j = 0; j < d1; j++) {
                minusG[j] = -g[j];
            }
            Curvature h = new Curvature(rows, problem.curvatures(margins), problem.lambda());
            ConjugateGradient.Result cg =
                    ConjugateGradient.solve(h, minusG, forcing * gNorm, maxProducts, h.inverseDiagonal());
            products += cg.iterations();
            work += pass + cg.iterations() * h.work();
            if (cg.iterations() > longest && cg.residual() > 0) {
                longest = cg.iterations();
                lastRate = Math.log(cg.residual() / gNorm) / cg.iterations();
            }
            // past d/handOverShare products a direction costs more than forming and factoring the Hessian (whose
            // blocked product runs a few times faster per multiply-add): factor from now on
            handOver = handOverShare > 0 && cg.iterations() > d1 / handOverShare;
            LineSearch.Step next = LineSearch.along(problem, rows, theta, objective, g, cg.x());
            work += next.work();
            if (!next.accepted()) {
                handOver = false;
                break;
            }
            theta = next.theta();
            margins = next.margins();
            objective = next.objective();
            g = next.gradient();
            floor = problem.roundingFloor(theta, rows, margins);
            work += pass;
            progress.report(
                    LineSearch.fraction(g0, Rows.norm(g), Math.max(floor, RELATIVE * g0)),
                    who + "iteration " + iterations + " (" + products + " Hessian products)");
        }
        handOver = handOver && Rows.norm(g) > Math.max(floor, relative * g0);
        return new Descent(theta, margins, objective, g, g0, floor, iterations, products, work, lastRate, handOver);
    }
}
