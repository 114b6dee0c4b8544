package org.unlearn.model.verify;

/**
 * How far a model forgetting made agrees with a retrain from scratch: bit for bit, to within floating-point
 * noise, or not. Two exact computations that sum in another order (a retrain that visits rows in a new order,
 * an update that subtracts instead of re-adding) can end 1e-12 apart relative to the parameters' size; that is
 * rounding, not a failed method, and a user must not be told it is "different".
 *
 * @param kind     the verdict
 * @param relative ||θ_a − θ_b|| / ||θ_b|| (0 when identical; NaN for a model that is not one parameter vector)
 */
public record Agreement(Kind kind, double relative) {
    /** Relative differences below this are rounding: double precision carries about 16 digits, and a training
     *  sums thousands of terms, each step losing a few units of the last place. */
    public static final double NOISE = 1e-9;

    public enum Kind {
        IDENTICAL,
        WITHIN_NOISE,
        DIFFERENT
    }

    /** For a model that is not one parameter vector: only bit-for-bit equality can be told. */
    public static Agreement ofBits(boolean identical) {
        return new Agreement(identical ? Kind.IDENTICAL : Kind.DIFFERENT, identical ? 0 : Double.NaN);
    }

    /**
     * @param identical whether the two models' whole learned state is equal bit for bit
     * @param model     the parameters of the model under test
     * @param reference the parameters of the retrain from scratch
     */
    public static Agreement of(boolean identical, double[] model, double[] reference) {
        if (identical) {
            return new Agreement(Kind.IDENTICAL, 0);
        }
        double distance = ParameterDistance.euclidean(model, reference);
        double size = Math.max(ParameterDistance.euclidean(reference, new double[reference.length]), Double.MIN_NORMAL);
        double relative = distance / size;
        return new Agreement(relative < NOISE ? Kind.WITHIN_NOISE : Kind.DIFFERENT, relative);
    }

    /** Equal bit for bit or to within rounding: the method did what an exact retrain does. */
    public boolean equal() {
        return kind != Kind.DIFFERENT;
    }
}
