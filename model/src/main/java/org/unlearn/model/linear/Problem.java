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

    /** θᵀx̃ᵢ for every row, one O(nd) pass. */
    static double[] margins(double[] theta, TrainingSet rows) {
        double[] out = new double[rows.size()];
        RowBlocks.each(out.length, (from, to) -> {
            for (int p = from; p < to; p++) {
                out[p] = Rows.margin(theta, rows.row(p));
            }
        });
        return out;
    }

    /** The objective at θ. */
    double objective(double[] theta, TrainingSet rows) {
        return objective(theta, rows, margins(theta, rows));
    }

    /** The objective at θ, given its margins. */
    double objective(double[] theta, TrainingSet rows, double[] margins) {
        double s = 0;
        for (int p = 0; p < rows.size(); p++) {
            s += loss.value(margins[p], response.of(rows, p));
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
        return gradient(theta, rows, margins(theta, rows));
    }

    /** ∇L(θ) over the rows, given the margins at θ. */
    double[] gradient(double[] theta, TrainingSet rows, double[] margins) {
        double[] g = RowBlocks.sum(rows.size(), theta.length, (from, to, acc) -> {
            for (int p = from; p < to; p++) {
                Rows.addScaled(acc, loss.derivative(margins[p], response.of(rows, p)), rows.row(p));
            }
        });
        for (int j = 0; j < g.length; j++) {
            g[j] += lambda * theta[j] + (perturbation == null ? 0 : perturbation[j]);
        }
        return g;
    }

    /**
     * What rounding alone can leave in a gradient computed in double precision at θ: (n + d + 2) u times
     * the sum of the magnitudes of its terms (the classical bound on a floating-point sum, u = 2⁻⁵³, with
     * each term's own product error folded into the d), plus what storing θ in double moves it. A trained or unlearned model can be no closer to
     * the exact optimum than this allows, so every bound on its residual includes it.
     */
    double roundingFloor(double[] theta, TrainingSet rows, double[] margins) {
        double terms = 0;
        double trace = lambda;
        for (int p = 0; p < rows.size(); p++) {
            double norm2 = Rows.squaredNorm(rows.row(p));
            terms += Math.abs(loss.derivative(margins[p], response.of(rows, p))) * Math.sqrt(norm2);
            trace += loss.curvature(margins[p]) * norm2;
        }
        terms += lambda * Rows.norm(theta) + (perturbation == null ? 0 : Rows.norm(perturbation));
        // θ itself is stored to within u||θ||, which moves the gradient by at most ||H|| u ||θ|| ≤ tr(H) u ||θ||
        return 0x1p-53 * ((rows.size() + theta.length + 2) * terms + trace * Rows.norm(theta));
    }

    /** √ℓ''(θᵀx̃ᵢ) per row, given the margins: the weights of the Hessian at θ. */
    double[] curvatures(double[] margins) {
        double[] out = new double[margins.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = loss.curvature(margins[p]);
        }
        return out;
    }
}
