package org.unlearn.model.linear;

import org.unlearn.model.BadInputException;

/**
 * Certified removal (Guo et al. 2020, Thm. 3): train on the objective perturbed by bᵀθ with
 * b ~ N(0, σ²I), and remove by Newton steps while the accumulated gradient-residual bound stays within
 * σε / c, c = √(2 ln(1.5/δ)). Each model is then (ε, δ)-indistinguishable from one retrained without the
 * rows; once the next step would exceed the budget, the model retrains instead.
 *
 * @param epsilon ε > 0
 * @param delta   δ in (0, 1)
 * @param sigma   σ > 0, the noise scale of b
 */
public record Certification(double epsilon, double delta, double sigma) {
    public Certification {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new BadInputException("certified removal needs ε > 0, not " + epsilon);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new BadInputException("certified removal needs δ in (0, 1), not " + delta);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new BadInputException("certified removal needs a noise scale σ > 0, not " + sigma);
        }
    }

    /** The largest total gradient residual the (ε, δ) guarantee allows: σε / √(2 ln(1.5/δ)). */
    public double allowedResidual() {
        return sigma * epsilon / Math.sqrt(2 * Math.log(1.5 / delta));
    }
}
