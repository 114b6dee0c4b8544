package org.unlearn.model.linear;

/**
 * How a problem is solved and its removal steps are taken. A dense Newton iteration forms and factors
 * the (d+1) × (d+1) Hessian, O(nd² + d³); a Newton–CG iteration only multiplies by it, O(nd) per product,
 * some tens of products. Past a hundred or so features the products win by far (LIBLINEAR's and
 * scikit-learn's choice for wide data); below, the factor is cheaper and gives the removal steps an
 * exact inverse to update.
 */
enum Solver {
    /** Newton with a Cholesky factor; removal steps update the inverse by Woodbury. */
    DENSE,
    /** Newton–CG with Hessian-vector products; removal steps solve by conjugate gradients. */
    ITERATIVE;

    /** Widest problem (features + 1) still solved densely. */
    static final int DENSE_LIMIT = 128;

    static Solver forDimension(int d1) {
        return d1 <= DENSE_LIMIT ? DENSE : ITERATIVE;
    }
}
