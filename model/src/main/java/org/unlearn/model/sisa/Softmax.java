package org.unlearn.model.sisa;

/** The softmax of scores in place. */
final class Softmax {
    private Softmax() {}

    static void normalize(double[] s, int k, double max) {
        double sum = 0;
        for (int c = 0; c < k; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < k; c++) {
            s[c] /= sum;
        }
    }
}
