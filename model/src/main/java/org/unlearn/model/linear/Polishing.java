package org.unlearn.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Newton with a kept factor as the preconditioner, for logistic problems too wide to form the Hessian
 * every iteration (hundreds of features: n d²/2 a Hessian). A few cheap Newton–CG iterations first (Jacobi
 * preconditioner), until the gradient is down to {@value #HAND_OVER} of the first one or a direction needs
 * more than d/{@value #HAND_OVER_SHARE} products; then the Hessian over the rows that carry curvature
 * ({@link #preconditioner}) is formed and Cholesky-factored, and every later Newton direction is solved by
 * conjugate gradients on the current, whole Hessian preconditioned by that factor. The Hessian moves little
 * from there on, so a direction takes a handful of products (two O(nd) passes and an O(d²) solve each) where
 * the Jacobi preconditioner needed hundreds on image data; a direction needing more than
 * {@value #REFRESH_PRODUCTS} re-forms the preconditioner where it stands. It stops at
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

    /**
     * The preconditioner leaves out the rows of least curvature while their wᵢ||x̃ᵢ||² sum to at most this
     * many λ: the left-out part D then has ||D|| ≤ DROPPED λ, so M ⪯ H ⪯ M + DROPPED λI ⪯ (1 + DROPPED) M
     * (M ⪰ λI), and conjugate gradients on H preconditioned by M face a condition number of at most
     * 1 + DROPPED at the margins where M was formed (later iterations reuse it while the Hessian moves
     * little, and re-form it when a direction needs more than {@value #REFRESH_PRODUCTS} products). Near the optimum of image data most rows are classified with confidence and weigh almost
     * nothing: on MNIST 3 vs 8 half the rows go, and the Gram, the most expensive step, with them.
     */
    static final double DROPPED = 1;

    /** @param work multiply-adds it took (the Gram of the kept rows and the factor) */
    record Preconditioner(Cholesky factor, int rows, long work) {}

    private Polishing() {}

    /**
     * The Hessian at the margins over the rows that carry curvature, plus λI, factored: the rows of least
     * wᵢ||x̃ᵢ||² (ties by position) are left out while their sum stays within {@value #DROPPED} λ.
     */
    static Preconditioner preconditioner(Problem problem, TrainingSet rows, double[] margins, double[] squaredNorms) {
        int n = rows.size();
        double[] w = problem.curvatures(margins);
        Integer[] order = new Integer[n];
        for (int p = 0; p < n; p++) {
            order[p] = p;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(w[a] * squaredNorms[a], w[b] * squaredNorms[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        boolean[] dropped = new boolean[n];
        double budget = DROPPED * problem.lambda();
        double sum = 0;
        for (int i = 0; i < n - 1; i++) {
            int p = order[i];
            sum += w[p] * squaredNorms[p];
            if (!(sum <= budget)) {
                break;
            }
            dropped[p] = true;
        }
        int kept = 0;
        int[] positions = new int[n];
        for (int p = 0; p < n; p++) {
            if (!dropped[p]) {
                positions[kept++] = p;
            }
        }
        positions = java.util.Arrays.copyOf(positions, kept);
        double[] sqrtW = new double[kept];
        for (int i = 0; i < kept; i++) {
            sqrtW[i] = Math.sqrt(w[positions[i]]);
        }
        DMatrixRMaj h = Gram.of(kept == n ? rows : rows.select(positions), sqrtW);
        for (int j = 0; j < h.numRows; j++) {
            h.add(j, j, problem.lambda());
        }
        long d1 = h.numRows;
        return new Preconditioner(
                NewtonTrainer.cholesky(h, rows.name(), problem.lambda()), kept, kept * d1 * d1 / 2 + d1 * d1 * d1 / 3);
    }

    /** ||x̃ᵢ||² per row. */
    static double[] squaredNorms(TrainingSet rows) {
        double[] out = new double[rows.size()];
        RowBlocks.each(out.length, (from, to) -> {
            for (int p = from; p < to; p++) {
                out[p] = Rows.squaredNorm(rows.row(p));
            }
        });
        return out;
    }

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
        double[] theta = from.theta();
        double[] margins = from.margins();
        double objective = from.objective();
        double[] g = from.gradient();
        double floor = from.floor();
        double[] squaredNorms = squaredNorms(rows);
        Preconditioner pre = preconditioner(problem, rows, margins, squaredNorms);
        Cholesky factor = pre.factor();
        double[] factorAt = theta;
        long work = pass + pre.work();
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
                pre = preconditioner(problem, rows, margins, squaredNorms);
                factor = pre.factor();
                factorAt = theta;
                hessians++;
                work += pre.work();
            }
        }
        return new Polished(theta, g, floor, iterations, hessians, products, work);
    }
}
