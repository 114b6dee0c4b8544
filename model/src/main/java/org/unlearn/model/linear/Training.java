package org.unlearn.model.linear;

/**
 * How the last exact training of one problem went, for the plans' predictions and the bounds.
 *
 * @param solver       dense or iterative
 * @param iterations   Newton iterations
 * @param products     Hessian-vector products (iterative), 0 for dense
 * @param work         multiply-adds the training took
 * @param floor        what rounding alone leaves in the gradient at the optimum (see {@link Problem#roundingFloor})
 * @param stepProducts the products a removal step's conjugate gradients are expected to take (iterative)
 */
record Training(Solver solver, int iterations, int products, long work, double floor, double stepProducts) {
    /** Mean conjugate-gradient products per Newton iteration, at least 1. */
    double productsPerSolve() {
        return Math.max(1, products / (double) Math.max(1, iterations));
    }
}
