package org.unlearn.model.linear;

import org.unlearn.model.data.TrainingSet;

/**
 * The Hessian Σ wᵢ x̃ᵢx̃ᵢᵀ + λI as an operator, never formed: one product costs two O(nd) passes, so
 * conjugate gradients solve with it where a d × d factor would cost O(nd² + d³).
 *
 * @param rows    the rows summed over
 * @param weights wᵢ = ℓ''(x̃ᵢᵀθ) at the point the Hessian is taken
 * @param lambda  the L2 weight
 */
record Curvature(TrainingSet rows, double[] weights, double lambda) implements ConjugateGradient.Operator {
    static Curvature at(Problem problem, TrainingSet rows, double[] point) {
        return new Curvature(rows, problem.curvatures(Problem.margins(point, rows)), problem.lambda());
    }

    @Override
    public double[] apply(double[] v) {
        double[] out = RowBlocks.sum(rows.size(), v.length, (from, to, acc) -> {
            for (int p = from; p < to; p++) {
                double[] x = rows.row(p);
                double a = weights[p] * Rows.margin(v, x);
                if (a != 0) {
                    Rows.addScaled(acc, a, x);
                }
            }
        });
        for (int j = 0; j < v.length; j++) {
            out[j] += lambda * v[j];
        }
        return out;
    }

    /** 1 / (Σ wᵢ x̃ᵢⱼ² + λ) per coordinate: the Jacobi preconditioner, one O(nd) pass. */
    double[] inverseDiagonal() {
        int d1 = rows.dimension() + 1;
        double[] diag = RowBlocks.sum(rows.size(), d1, (from, to, acc) -> {
            for (int p = from; p < to; p++) {
                double[] x = rows.row(p);
                double w = weights[p];
                for (int j = 0; j < x.length; j++) {
                    acc[j] += w * x[j] * x[j];
                }
                acc[x.length] += w;
            }
        });
        for (int j = 0; j < d1; j++) {
            diag[j] = 1 / (diag[j] + lambda);
        }
        return diag;
    }

    /** Multiply-adds of one product. */
    long work() {
        return 2L * rows.size() * (rows.dimension() + 1);
    }
}
