package org.unlearn.model.forget;

/** A model whose learned state is one parameter vector θ, so distances between models can be measured. */
public interface Parametric {
    /** The parameters as one flat vector (a copy). */
    double[] parameters();

    /**
     * What each parameter weighs, for charts ("age → Yes"), in the order of {@link #parameters()}; by default
     * its index.
     */
    default java.util.List<String> parameterNames() {
        return java.util.stream.IntStream.range(0, parameters().length)
                .mapToObj(i -> "θ[" + i + "]")
                .toList();
    }

    /** Whether a parameter is an intercept, which carries a base rate rather than a feature's weight. */
    default boolean isIntercept(int index) {
        return false;
    }
}
