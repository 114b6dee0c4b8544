package org.unlearn.model.linear;

/**
 * How a problem is solved and its removal steps are taken. A dense Newton iteration forms and factors
 * the (d+1) × (d+1) Hessian, O(nd² + d³); a Newton–CG iteration only multiplies by it, O(nd) per product,
 * some tens of products. Past a hundred or so features the products win by far (LIBLINEAR's and
 * scikit-learn's choice for wide data); below, the factor is cheaper. Removal steps keep a d × d inverse
 * (Woodbury, O(kd²) a request) while it is small enough to form once; past that, conjugate gradients.
 */
enum Solver {
    /**
     * Newton with a Cholesky factor (past {@value #DENSE_LIMIT} columns, logistic: a kept factor preconditions
     * the directions, see {@link Polishing}); removal steps update the inverse by Woodbury.
     */
    DENSE,
    /** Newton–CG; the first removal step forms the inverse (like Izzo et al.'s precomputed Hessian), later ones update it. */
    ITERATIVE,
    /** Newton–CG; removal steps solve by conjugate gradients on Hessian-vector products, no d × d matrix at all. */
    MATRIX_FREE;

    /** Widest problem (features + 1) still trained densely. */
    static final int DENSE_LIMIT = 128;
    /** Rows per column past which a factorable problem is trained densely. */
    static final int TALL = 4;
    /** Widest problem whose removal steps keep a d × d inverse (8 MB, d³ = 10⁹ to form). */
    static final int FACTOR_LIMIT = 1024;

    /**
     * Dense up to {@value #DENSE_LIMIT} columns, and up to {@value #FACTOR_LIMIT} when the rows are at
     * least {@value #TALL} times as many: forming the Hessian then costs about what the hundreds of products
     * an ill-conditioned image problem needs do, at a few times the speed per multiply-add (Fashion-MNIST
     * 0/6 and mnist_10k, see docs/linear.md).
     */
    static Solver choose(int n, int d1) {
        if (d1 <= DENSE_LIMIT || (d1 <= FACTOR_LIMIT && n >= TALL * (long) d1)) {
            return DENSE;
        }
        return d1 <= FACTOR_LIMIT ? ITERATIVE : MATRIX_FREE;
    }

    /**
     * Ridge's choice: one closed form (n d²/2 to form the Gram, d³/3 to factor it) against conjugate
     * gradients, which on n rows take up to n + 1 products of 2n d each (X̃ᵀX̃ + λI has at most n + 1 distinct
     * eigenvalues) and on image rows come close to it. Unlike a logistic fit, ridge forms its Gram once, so
     * the closed form wins on short wide rows too: MNIST 3 vs 8 (1,976 × 674) trains in a fifth of the CPU
     * time of Newton–CG.
     */
    static Solver forRidge(int n, int d1) {
        Solver general = choose(n, d1);
        if (general != ITERATIVE) {
            return general;
        }
        double closedForm = (double) n * d1 * d1 / 2 + (double) d1 * d1 * d1 / 3;
        double conjugateGradients = 2.0 * n * (n + 1.0) * d1;
        return closedForm <= conjugateGradients ? DENSE : ITERATIVE;
    }
}
