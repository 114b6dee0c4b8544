package org.unlearn.model.linear;

import org.unlearn.model.data.TrainingSet;

/**
 * One convex problem: minimize Σᵢ ℓ(θᵀx̃ᵢ, yᵢ) + λ/2 ||θ||² + bᵀθ over the rows. The loss is summed,
 * not averaged, so removing a row removes exactly its term (λ = 1/C of scikit-learn's LogisticRegression,
 * = alpha of its Ridge with the constant column given as a feature).
 *
 * @param loss         the per-row loss
 * @param lambda       the L2 weight, > 0
 * @param response     the number each row is fitted to
 * @param perturbation b of certified removal (Guo et al.'s objective perturbation), or null
 * @param target       what the parameters predict, for coefficient names ("Status=good", "Amount")
 */
record Problem(Loss loss, double lambda, Response response, double[] perturbation, String target) {
    double margin(double[] theta, TrainingSet rows, int p) {
        return Rows.margin(theta, rows.row(p));
    }

    /** The objective at θ. */
    double objective(double[] theta, TrainingSet rows) {
        double s = 0;
        for (int p = 0; p < rows.size(); p++) {
            s += loss.value(margin(theta, rows, p), response.of(rows, p));
        }
        double reg = 0;
        for (int j = 0; j < theta.length; j++) {
            reg += theta[j] * theta[j];
            if (perturbation != null) {
                s += perturbation[j] * theta[j];
            }
        }
        return s + lambda / 2 * reg;
    }

    /** ∇L(θ) over the rows. */
    double[] gradient(double[] theta, TrainingSet rows) {
        double[] g = new double[theta.length];
        for (int p = 0; p < rows.size(); p++) {
            Rows.addScaled(g, loss.derivative(margin(theta, rows, p), response.of(rows, p)), rows.row(p));
        }
        for (int j = 0; j < g.length; j++) {
            g[j] += lambda * theta[j] + (perturbation == null ? 0 : perturbation[j]);
        }
        return g;
    }
}
