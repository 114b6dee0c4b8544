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

    /**
     * ∇L(θ) = Σ (θᵀx̃ᵢ − yᵢ) x̃ᵢ + λθ + b into g, and returns {@link Problem#roundingFloor} at θ, from one pass
     * (the same terms, summed in row order).
     */
    static double gradientAndFloor(Problem problem, TrainingSet rows, double[] y, double[] theta, double[] g) {
        int d = rows.dimension();
        double terms = 0;
        double trace = problem.lambda();
        for (int p = 0; p < rows.size(); p++) {
            double[] x = rows.row(p);
            double r = Rows.margin(theta, x) - y[p];
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
                s0 += a * a;
                s1 += b * b;
                s2 += c * c;
                s3 += e * e;
                g[j] = Math.fma(r, a, g[j]);
                g[j + 1] = Math.fma(r, b, g[j + 1]);
                g[j + 2] = Math.fma(r, c, g[j + 2]);
                g[j + 3] = Math.fma(r, e, g[j + 3]);
            }
            for (; j < d; j++) {
                s0 += x[j] * x[j];
                g[j] = Math.fma(r, x[j], g[j]);
            }
            g[d] += r;
            double norm2 = 1 + ((s0 + s1) + (s2 + s3));
            terms += Math.abs(r) * Math.sqrt(norm2);
            trace += norm2;
        }
        double[] b = problem.perturbation();
        for (int j = 0; j <= d; j++) {
            g[j] += problem.lambda() * theta[j] + (b == null ? 0 : b[j]);
        }
        double norm = Rows.norm(theta);
        terms += problem.lambda() * norm + (b == null ? 0 : Rows.norm(b));
        return 0x1p-53 * ((rows.size() + theta.length + 2) * terms + trace * norm);
    }
}
