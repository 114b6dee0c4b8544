package org.unlearn.model.kmeans;

import java.util.Arrays;
import org.unlearn.model.BadInputException;

/**
 * Sums kept exactly, in 128-bit fixed point: each value is cut to a multiple of 2^-FRACTION_BITS once,
 * then added as an integer. Integer addition is associative, so a sum is the same whatever the order
 * of its terms, and taking a term back out leaves exactly the sum a fresh pass without it computes.
 * That is what lets Q-k-means update its kept cluster sums after a certified deletion and still hold
 * bit for bit the state a retrain from scratch would hold.
 */
final class ExactSums {
    /** Resolution of a coordinate: 2^-32, far below any quantization width in use. */
    static final int COORDINATE_BITS = 32;
    /** Resolution of a squared distance in a loss. */
    static final int LOSS_BITS = 16;

    private static final double COORDINATE_LIMIT = 0x1p30;
    private static final double LOSS_LIMIT = 0x1p46;

    private final long[] hi;
    private final long[] lo;

    ExactSums(int length) {
        hi = new long[length];
        lo = new long[length];
    }

    private ExactSums(long[] hi, long[] lo) {
        this.hi = hi;
        this.lo = lo;
    }

    /** The high and low words, for storing ({@link QKMeansState}). */
    long[][] words() {
        return new long[][] {hi.clone(), lo.clone()};
    }

    static ExactSums ofWords(long[] hi, long[] lo) {
        if (hi.length != lo.length) {
            throw new IllegalArgumentException("words of different lengths");
        }
        return new ExactSums(hi, lo);
    }

    /** Copies {@code length} entries from {@code from} in another sum to {@code to} in this one. */
    void copyFrom(ExactSums other, int from, int to, int length) {
        System.arraycopy(other.hi, from, hi, to, length);
        System.arraycopy(other.lo, from, lo, to, length);
    }

    ExactSums copy() {
        return new ExactSums(hi.clone(), lo.clone());
    }

    int length() {
        return hi.length;
    }

    /** A coordinate as the integer it is summed as; refuses values too large to sum exactly. */
    static long coordinate(double v) {
        if (!(Math.abs(v) < COORDINATE_LIMIT)) {
            throw new BadInputException(
                    "a feature value is too large for exact Q-k-means sums" + " (limit 1e9); standardize the features");
        }
        return (long) (v * 0x1p32);
    }

    /** A squared distance as the integer a loss sums. */
    static long loss(double d2) {
        if (!(d2 < LOSS_LIMIT)) {
            throw new BadInputException(
                    "a squared distance is too large for exact Q-k-means losses;" + " standardize the features");
        }
        return (long) (d2 * 0x1p16);
    }

    void add(int index, long value) {
        long before = lo[index];
        long after = before + value;
        hi[index] += (value >> 63) + (Long.compareUnsigned(after, before) < 0 ? 1 : 0);
        lo[index] = after;
    }

    void subtract(int index, long value) {
        long before = lo[index];
        long after = before - value;
        hi[index] -= (value >> 63) + (Long.compareUnsigned(after, before) > 0 ? 1 : 0);
        lo[index] = after;
    }

    /** Adds a row's coordinates to the sums at [offset, offset + d). */
    void addRow(int offset, double[] x) {
        for (int j = 0; j < x.length; j++) {
            add(offset + j, coordinate(x[j]));
        }
    }

    void subtractRow(int offset, double[] x) {
        for (int j = 0; j < x.length; j++) {
            subtract(offset + j, coordinate(x[j]));
        }
    }

    void addAll(ExactSums other) {
        for (int i = 0; i < hi.length; i++) {
            long before = lo[i];
            long after = before + other.lo[i];
            hi[i] += other.hi[i] + (Long.compareUnsigned(after, before) < 0 ? 1 : 0);
            lo[i] = after;
        }
    }

    /** The sum at an index as a double, scaled back by 2^-fractionBits. */
    double value(int index, int fractionBits) {
        long h = hi[index];
        long l = lo[index];
        double raw = h == (l >> 63) ? (double) l : h * 0x1p64 + unsigned(l);
        return Math.scalb(raw, -fractionBits);
    }

    private static double unsigned(long v) {
        return v >= 0 ? (double) v : ((double) (v >>> 1)) * 2 + (v & 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExactSums s && Arrays.equals(hi, s.hi) && Arrays.equals(lo, s.lo);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hi) + Arrays.hashCode(lo);
    }
}
