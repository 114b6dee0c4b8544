package org.unlearn.model.linear;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** {@link Dot}'s sixteen sums as four registers of four lanes: lane l of register r is sum 4r + l. */
final class VectorDot extends Dot {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;

    @Override
    boolean usable() {
        return DoubleVector.SPECIES_PREFERRED.length() >= S.length();
    }

    @Override
    double dot(double[] a, double[] x) {
        DoubleVector v0 = DoubleVector.zero(S);
        DoubleVector v1 = DoubleVector.zero(S);
        DoubleVector v2 = DoubleVector.zero(S);
        DoubleVector v3 = DoubleVector.zero(S);
        int n = x.length;
        int j = 0;
        for (; j + 15 < n; j += 16) {
            v0 = DoubleVector.fromArray(S, a, j).fma(DoubleVector.fromArray(S, x, j), v0);
            v1 = DoubleVector.fromArray(S, a, j + 4).fma(DoubleVector.fromArray(S, x, j + 4), v1);
            v2 = DoubleVector.fromArray(S, a, j + 8).fma(DoubleVector.fromArray(S, x, j + 8), v2);
            v3 = DoubleVector.fromArray(S, a, j + 12).fma(DoubleVector.fromArray(S, x, j + 12), v3);
        }
        DoubleVector u = v0.add(v1).add(v2.add(v3));
        double tail = 0;
        for (int k = j; k < n; k++) {
            tail = Math.fma(a[k], x[k], tail);
        }
        return ((u.lane(0) + u.lane(1)) + (u.lane(2) + u.lane(3))) + tail;
    }
}
