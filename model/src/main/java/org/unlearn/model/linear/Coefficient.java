package org.unlearn.model.linear;

/**
 * One learned weight, named, for bar charts.
 *
 * @param feature the encoded feature's name, or {@link #INTERCEPT}
 * @param target  what the weight predicts: the class of a one-vs-rest model, or the label column
 * @param value   the weight
 */
public record Coefficient(String feature, String target, double value) {
    public static final String INTERCEPT = "(intercept)";
}
