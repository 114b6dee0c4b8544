package org.unlearn.model.linear;

/**
 * The per-row loss ℓ(z, y) of a linear model as a function of its margin z = θᵀx̃: what training
 * minimizes and what every deletion step differentiates.
 */
enum Loss {
    /** ½(z − y)², ridge regression; its Hessian does not depend on θ. */
    SQUARED {
        @Override
        double value(double z, double y) {
            double r = z - y;
            return 0.5 * r * r;
        }

        @Override
        double derivative(double z, double y) {
            return z - y;
        }

        @Override
        double curvature(double z) {
            return 1;
        }

        @Override
        double curvatureLipschitz() {
            return 0;
        }
    },
    /** log(1 + eᶻ) − yz with y in {0, 1}, logistic regression. */
    LOGISTIC {
        @Override
        double value(double z, double y) {
            // log(1 + e^z) without overflow for large |z|
            double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            return softplus - y * z;
        }

        @Override
        double derivative(double z, double y) {
            return sigmoid(z) - y;
        }

        @Override
        double curvature(double z) {
            double p = sigmoid(z);
            return p * (1 - p);
        }

        /** max |σ''| = max |σ(1−σ)(1−2σ)| = 1/(6√3); Guo et al. use the looser 1/4. */
        @Override
        double curvatureLipschitz() {
            return 1 / (6 * Math.sqrt(3));
        }
    };

    abstract double value(double z, double y);

    /** ∂ℓ/∂z. */
    abstract double derivative(double z, double y);

    /** ∂²ℓ/∂z² (never depends on y for these losses). */
    abstract double curvature(double z);

    /** γ: a Lipschitz constant of the curvature in z, which bounds how wrong a stale Hessian can be. */
    abstract double curvatureLipschitz();

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
