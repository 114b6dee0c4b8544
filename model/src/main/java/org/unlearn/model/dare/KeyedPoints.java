package org.unlearn.model.dare;

import org.unlearn.model.util.RowKeys;

/**
 * A random threshold that stays put while it can: the first arrival, in an interval, of a Poisson process on
 * the line whose points are fixed by a key.
 *
 * <p>The process is built on the dyadic intervals of [−2^100, 2^100): each interval knows its earliest point
 * (arrival time and place); of its two halves, the one holding that point inherits it, the other draws its own
 * earliest point later by an exponential wait (a Poisson process forgets its past), all keyed by the path of
 * halves taken. The earliest point in [a, b) is then uniform in [a, b), and — the property that matters —
 * if it lies in a smaller interval [a', b') ⊂ [a, b) it is also the earliest point there. A random split that
 * cuts at the earliest point in its feature's range [min, max) therefore keeps its threshold, whatever rows
 * are removed, for as long as both of its sides keep a row; and a node grown afresh on the remaining rows
 * draws the same threshold, since it asks the same process.
 */
final class KeyedPoints {
    static final double BOUND = 0x1p100;
    private static final long HALF = RowKeys.purpose("dare-points-half");
    private static final long WAIT = RowKeys.purpose("dare-points-wait");
    private static final long PLACE = RowKeys.purpose("dare-points-place");

    private double a;
    private double b;
    private double bestTime;
    private double bestPlace;

    private KeyedPoints() {}

    /**
     * The earliest point of the process keyed by {@code key} in [a, b), or NaN when [a, b) has no room within
     * [−2^100, 2^100).
     */
    static double firstIn(long key, double a, double b) {
        KeyedPoints s = new KeyedPoints();
        s.a = Math.max(a, -BOUND);
        s.b = Math.min(b, BOUND);
        if (!(s.a < s.b)) {
            return Double.NaN;
        }
        s.bestTime = Double.POSITIVE_INFINITY;
        s.bestPlace = Double.NaN;
        double width = 2 * BOUND;
        s.visit(key, wait(key, 0, width), place(key, -BOUND, width), -BOUND, width);
        return s.bestPlace;
    }

    /**
     * Finds the earliest point in [a, b) among the points of one dyadic interval, whose own earliest point
     * arrives at {@code time} at {@code place}.
     */
    private void visit(long key, double time, double place, double lo, double width) {
        double hi = lo + width;
        if (lo >= b || hi <= a || time >= bestTime) {
            return;
        }
        double half = width / 2;
        double mid = lo + half;
        boolean inside = a <= lo && hi <= b;
        if (inside || !(lo < mid && mid < hi)) {
            if (inside || (a <= place && place < b)) {
                bestTime = time;
                bestPlace = place;
            }
            return;
        }
        boolean left = place < mid;
        long holder = RowKeys.key(key, HALF, left ? 0 : 1);
        long other = RowKeys.key(key, HALF, left ? 1 : 0);
        double otherLo = left ? mid : lo;
        visit(holder, time, place, left ? lo : mid, half);
        visit(other, wait(other, time, half), place(other, otherLo, half), otherLo, half);
    }

    /** The arrival after {@code time} of the first point in an interval of this width. */
    private static double wait(long key, double time, double width) {
        return time - Math.log(RowKeys.uniformPositive(key, WAIT, 0)) / width;
    }

    private static double place(long key, double lo, double width) {
        double p = lo + RowKeys.uniform(key, PLACE, 0) * width;
        return p < lo + width ? p : lo;
    }
}
