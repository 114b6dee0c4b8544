package org.unlearn.model.linear;

import org.unlearn.model.data.TrainingSet;

/**
 * Backtracking along a Newton direction: the first of t = 1, ½, ¼, … that decreases the objective
 * enough (Armijo). Near the optimum the objective changes by less than its own rounding, so there a step
 * is taken when it shrinks the gradient instead; when neither holds the optimum is reached to rounding.
 */
final class LineSearch {
    private static final int HALVINGS = 30;

    /**
     * @param accepted false when no step improves: θ is at the optimum to rounding
     * @param work     multiply-adds spent
     */
    record Step(boolean accepted, double[] theta, double[] margins, double objective, double[] gradient, long work) {}

    private LineSearch() {}

    static Step along(
            Problem problem, TrainingSet rows, double[] theta, double objective, double[] g, double[] direction) {
        long pass = rows.size() * (rows.dimension() + 1L);
        double slope = ConjugateGradient.dot(g, direction);
        double gNorm = Rows.norm(g);
        long work = 0;
        double t = 1;
        for (int h = 0; h < HALVINGS; h++) {
            double[] next = plus(theta, direction, t);
            double[] m = Problem.margins(next, rows);
            double f = problem.objective(next, rows, m);
            work += pass;
            if (f <= objective + 1e-4 * t * slope && f < objective) {
                work += pass;
                return new Step(true, next, m, f, problem.gradient(next, rows, m), work);
            }
            if (Math.abs(f - objective) <= 1e-12 * Math.max(1, Math.abs(objective))) {
                double[] gn = problem.gradient(next, rows, m);
                work += pass;
                return new Step(Rows.norm(gn) < gNorm, next, m, f, gn, work);
            }
            t /= 2;
        }
        return new Step(false, theta, null, objective, g, work);
    }

    static double[] plus(double[] theta, double[] step, double t) {
        double[] out = new double[theta.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = theta[j] + t * step[j];
        }
        return out;
    }

    /** Progress as the share of the way, in orders of magnitude, from the first gradient to the target. */
    static double fraction(double g0, double g, double target) {
        if (!(g0 > target) || !(g > 0)) {
            return 0.99;
        }
        double f = Math.log(g0 / g) / Math.log(g0 / target);
        return Math.max(0, Math.min(0.99, f));
    }
}
