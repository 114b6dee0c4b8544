package org.unlearn.model.sisa;

import java.util.Arrays;

/** An MLP constituent: {@code W1 (h × d), b1 (h), W2 (k × h), b2 (k)} in one flat array. */
final class MlpWeights implements Constituent {
    /** Offsets of the blocks in the flat array. */
    record Shape(int d, int h, int k) {
        int w1() {
            return 0;
        }

        int b1() {
            return h * d;
        }

        int w2() {
            return h * d + h;
        }

        int b2() {
            return h * d + h + k * h;
        }

        int size() {
            return b2() + k;
        }
    }

    private final double[] w;
    private final Shape shape;

    MlpWeights(double[] w, Shape shape) {
        this.w = w;
        this.shape = shape;
    }

    Shape shape() {
        return shape;
    }

    double[] copy() {
        return w.clone();
    }

    /** Hidden activations into act, class probabilities into p. */
    static void forward(double[] w, Shape s, double[] x, double[] act, double[] p) {
        int d = s.d();
        for (int j = 0; j < s.h(); j++) {
            int row = s.w1() + j * d;
            double z = w[s.b1() + j];
            for (int f = 0; f < d; f++) {
                z += w[row + f] * x[f];
            }
            act[j] = z > 0 ? z : 0;
        }
        output(w, s, act, 0, p);
    }

    /** Class probabilities into p from the hidden activations {@code act[from .. from + h)}. */
    static void output(double[] w, Shape s, double[] act, int from, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < s.k(); c++) {
            int row = s.w2() + c * s.h();
            double z = w[s.b2() + c];
            for (int j = 0; j < s.h(); j++) {
                z += w[row + j] * act[from + j];
            }
            p[c] = z;
            max = Math.max(max, z);
        }
        Softmax.normalize(p, s.k(), max);
    }

    @Override
    public void probabilities(double[] x, double[] out) {
        forward(w, shape, x, new double[shape.h()], out);
    }

    @Override
    public boolean sameAs(Constituent other) {
        return other instanceof MlpWeights o && shape.equals(o.shape) && Arrays.equals(w, o.w);
    }

    @Override
    public double[] parameters() {
        return w.clone();
    }
}
