package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Newton with a kept factor as the preconditioner, for logistic problems too wide to form the Hessian
 * every iteration (hundreds of features: n d²/2 a Hessian). A few cheap Newton–CG iterations first (Jacobi
 * preconditioner), until the gradient is down to {@value #HAND_OVER} of the first one or a direction needs
 * more than d/{@value #HAND_OVER_SHARE} products; then the Hessian is formed and Cholesky-factored once,
 * and every later Newton direction is solved by conjugate gradients on the current Hessian preconditioned
 * by that factor. The Hessian moves little from there on, so a direction takes a handful of products (two
 * O(nd) passes and an O(d²) solve each) where the Jacobi preconditioner needed hundreds on image data; a
 * direction needing more than {@value #REFRESH_PRODUCTS} re-forms the Hessian where it stands. It stops at
 * the rounding floor, like the dense Newton it replaces, after two or three Hessians instead of about ten
 * (mnist_10k, Fashion-MNIST 0/6; see docs/linear.md).
 */
final class Polishing {
    /** Share of the first gradient at which the Newton–CG phase hands over to the factor. */
    static final double HAND_OVER = 0.1;
    /** Newton–CG hands over earlier when a direction needs more than d / this many products. */
    static final int HAND_OVER_SHARE = 40;
    /** A direction needing more products than this re-forms the Hessian at the new point. */
    static final int REFRESH_PRODUCTS = 16;
    /** The largest forcing term: with the factor a tight direction costs only a few products more. */
    static final double FORCING = 0.1;

    private static final int MAX_PRODUCTS = 200;

    /**
     * @param hessians Hessians formed and factored
     */
    record Polished(
            double[] theta, double[] gradient, double floor, int iterations, int hessians, int products, long work) {}

    private Polishing() {}

    /**
     * A dense-solver logistic problem, trained to the rounding floor. The anchor is the optimum itself and
     * its inverse Hessian is formed by the first removal step that needs it (n d²/2 + d³, as for Newton–CG):
     * a removal step with the kept factor's Hessian, taken where the gradient was still large, would land
     * measurably off Guo et al.'s step.
     */
    static Solved train(Problem problem, TrainingSet rows, String who, Progress progress) {
        NewtonCg.Descent d = NewtonCg.descend(problem, rows, HAND_OVER, HAND_OVER_SHARE, who, progress);
        Polished p = polish(problem, rows, d, 0, who, progress);
        double[] anchor = p.theta();
        Lazy<DMatrixRMaj> hessian = RemainingHessian.fresh(problem, rows, anchor);
        Lazy<DMatrixRMaj> inverse = RemainingHessian.inverseOf(hessian, problem, rows.name(), rows.dimension() + 1L);
        int iterations = d.iterations() + p.iterations();
        progress.report(
                1,
                who + "converged in " + iterations + " Newton iterations (" + p.hessians() + " Hessians, "
                        + (d.products() + p.products()) + " Hessian products)");
        return new Solved(
                p.theta(),
                anchor,
                hessian,
                inverse,
                new HatFactor(rows, inverse),
                new int[0],
                p.gradient(),
                Rows.norm(p.gradient()) + p.floor(),
                new Training(
                        Solver.DENSE,
                        Math.max(1, iterations),
                        d.products() + p.products(),
                        d.work() + p.work(),
                        p.floor(),
                        0));
    }

    /** From where a descent stopped to a gradient of {@code target} or the rounding floor, whichever is higher. */
    static Polished polish(
            Problem problem, TrainingSet rows, NewtonCg.Descent from, double target, String who, Progress progress) {
        long pass = rows.size() * (rows.dimension() + 1L);
        long d1 = rows.dimension() + 1L;
        long factorWork = pass * d1 / 2 + d1 * d1 * d1 / 3;
        double[] theta = from.theta();
        double[] margins = from.margins();
        double objective = from.objective();
        double[] g = from.gradient();
        double floor = from.floor();
        Cholesky factor =
                NewtonTrainer.cholesky(NewtonTrainer.hessian(problem, rows, theta), rows.name(), problem.lambda());
        double[] factorAt = theta;
        long work = factorWork;
        int iterations = 0;
        int hessians = 1;
        int products = 0;
        while (Rows.norm(g) > Math.max(floor, target)) {
            progress.checkCancelled();
            if (iterations >= NewtonTrainer.MAX_ITERATIONS) {
                throw new BadInputException(rows.name() + ": Newton did not converge in " + NewtonTrainer.MAX_ITERATIONS
                        + " iterations; try a larger λ");
            }
            iterations++;
            double gNorm = Rows.norm(g);
            double[] minusG = new double[g.length];
            for (int j = 0; j < minusG.length; j++) {
                minusG[j] = -g[j];
            }
            Curvature c = new Curvature(rows, problem.curvatures(margins), problem.lambda());
            Cholesky kept = factor;
            ConjugateGradient.Result cg = ConjugateGradient.solve(
                    c, minusG, Math.min(FORCING, Math.sqrt(gNorm / from.g0())) * gNorm, MAX_PRODUCTS, kept::solve);
            double[] direction = cg.x();
            products += cg.iterations();
            work += cg.iterations() * (c.work() + d1 * d1);
            LineSearch.Step next = LineSearch.along(problem, rows, theta, objective, g, direction);
            work += next.work();
            boolean refresh;
            if (next.accepted()) {
                theta = next.theta();
                margins = next.margins();
                objective = next.objective();
                g = next.gradient();
                floor = problem.roundingFloor(theta, rows, margins);
                work += pass;
                progress.report(
                        LineSearch.fraction(from.g0(), Rows.norm(g), Math.max(floor, target)),
                        who + "Newton iteration " + (from.iterations() + iterations) + " (" + hessians + " Hessians, "
                                + products + " products)");
                refresh = cg.iterations() > REFRESH_PRODUCTS;
            } else {
                // a fresh Newton direction that finds nothing means the optimum is reached to rounding
                if (factorAt == theta) {
                    break;
                }
                refresh = true;
            }
            if (refresh && Rows.norm(g) > Math.max(floor, target)) {
                factor = NewtonTrainer.cholesky(
                        NewtonTrainer.hessian(problem, rows, theta), rows.name(), problem.lambda());
                factorAt = theta;
                hessians++;
                work += factorWork;
            }
        }
        return new Polished(theta, g, floor, iterations, hessians, products, work);
    }
}
