package org.unlearn.model.kmeans;

import java.util.Arrays;
import org.unlearn.model.util.RowKeys;

/**
 * k-means++ seeding (D² sampling) with keyed draws. Each draw gives every point an exponential clock
 * E / (w·D²), E drawn from (seed, step, trial, point key), and takes the point whose clock rings first
 * (Efraimidis–Spirakis weighted sampling: the chance of a point is w·D² over the total, as k-means++
 * asks). A point's clocks depend only on its own key and the centres chosen so far, so removing a point
 * never changes another point's clocks.
 *
 * <p>With one trial per centre (Q-k-means) the first clock to ring is the centre: seeding D and D \ R
 * chooses the same centres whenever no chosen point is in R, which the deletion check relies on. Greedy
 * k-means++ (Lloyd, DC-k-means; scikit-learn's default) draws 2 + ⌊ln k⌋ candidates per centre, each by
 * its own clocks, and keeps the one that lowers the potential Σ w·min(D², distance²) most. The candidates
 * still survive the removal of any point that was not one of them; the choice among them weighs every
 * point, so those families forget by seeding again, which is exact because seeding D \ R is a
 * function of D \ R alone.
 */
final class KeyedSeeding {
    private static final long PURPOSE = RowKeys.purpose("kmeans++");

    /**
     * The chosen centres, in the order chosen.
     *
     * @param positions positions in the points seeded
     * @param keys      the chosen points' keys (row ids for rows)
     * @param work      point-centre distances computed
     */
    record Result(int[] positions, long[] keys, long work) {
        double[][] centres(Points points) {
            double[][] out = new double[positions.length][];
            for (int i = 0; i < positions.length; i++) {
                out[i] = points.row(positions[i]).clone();
            }
            return out;
        }
    }

    private KeyedSeeding() {}

    /** Candidates per centre in greedy k-means++, as scikit-learn draws them. */
    static int greedyTrials(int k) {
        return 2 + (int) Math.log(k);
    }

    /** One trial per centre: plain k-means++. Chooses up to k centres; fewer when fewer than k points are distinct. */
    static Result choose(Points points, int k, long seed, boolean parallel) {
        return choose(points, k, seed, 1, parallel);
    }

    /** Greedy k-means++ with {@link #greedyTrials} candidates per centre after the first. */
    static Result chooseGreedy(Points points, int k, long seed, boolean parallel) {
        return choose(points, k, seed, greedyTrials(k), parallel);
    }

    static Result choose(Points points, int k, long seed, int trials, boolean parallel) {
        int n = points.size();
        Work work = new Work(n, trials);
        int[] chosen = new int[k];
        int count = 0;
        long distances = 0;
        for (int step = 0; step < k; step++) {
            int drawn = step == 0 ? 1 : trials;
            int[] candidates = step == 0
                    ? drawFirst(points, seed, work, parallel)
                    : draw(points, seed, step, drawn, work, count == 0 ? -1 : chosen[count - 1], parallel);
            if (candidates.length == 0) {
                break;
            }
            int pick = candidates[0];
            boolean last = step == k - 1;
            if (candidates.length > 1 || !last) {
                distances(points, candidates, work, parallel);
                distances += (long) n * candidates.length;
                int best = candidates.length == 1 ? 0 : lowestPotential(work.partial, candidates.length);
                pick = candidates[best];
                work.nearest = work.toCandidate[best];
            }
            chosen[count++] = pick;
        }
        int[] positions = Arrays.copyOf(chosen, count);
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = points.key(positions[i]);
        }
        return new Result(positions, keys, distances);
    }

    /**
     * Arrays one seeding reuses from step to step: D² per point, the clocks' weights, each candidate's
     * distances and potentials. {@code nearest} is the chosen candidate's distances, not yet folded into D²:
     * the next draw folds them in on its pass over the rows.
     */
    private static final class Work {
        final double[] d2;
        final double[] mass;
        final double[][] toCandidate;
        final double[][] partial;
        double[] nearest;

        Work(int n, int trials) {
            d2 = new double[n];
            Arrays.fill(d2, Double.POSITIVE_INFINITY);
            mass = new double[n];
            toCandidate = new double[trials][n];
            partial = new double[Blocks.count(n)][trials];
        }
    }

    /** The first centre: one clock per point of weight w, on a stream of its own (step 0, trial 0). */
    private static int[] drawFirst(Points points, long seed, Work work, boolean parallel) {
        int n = points.size();
        long stream = RowKeys.stream(seed, RowKeys.mix(PURPOSE));
        double[] mass = work.mass;
        Candidate[] best = new Candidate[Blocks.count(n)];
        Blocks.forEach(n, parallel, (from, to, block) -> {
            for (int i = from; i < to; i++) {
                mass[i] = points.weight(i);
            }
            best[block] = race(points, mass, stream, from, to);
        });
        return winners(best, 1);
    }

    /**
     * The winner of each trial's clocks E / (w·D²); none when no point has a positive weight left. The same
     * pass first folds the last chosen centre into D² ({@code last}: its position, whose D² becomes 0).
     */
    private static int[] draw(Points points, long seed, int step, int trials, Work work, int last, boolean parallel) {
        int n = points.size();
        long[] streams = new long[trials];
        long purpose = RowKeys.mix(PURPOSE + step);
        for (int t = 0; t < trials; t++) {
            streams[t] = RowKeys.stream(seed, t == 0 ? purpose : RowKeys.mix(purpose + t));
        }
        double[] d2 = work.d2;
        double[] mass = work.mass;
        double[] nearest = work.nearest;
        Candidate[] best = new Candidate[Blocks.count(n) * trials];
        Blocks.forEach(n, parallel, (from, to, block) -> {
            for (int i = from; i < to; i++) {
                d2[i] = Math.min(d2[i], nearest[i]);
            }
            if (last >= from && last < to) {
                d2[last] = 0;
            }
            for (int i = from; i < to; i++) {
                mass[i] = points.weight(i) * d2[i];
            }
            for (int t = 0; t < trials; t++) {
                best[block * trials + t] = race(points, mass, streams[t], from, to);
            }
        });
        return winners(best, trials);
    }

    /**
     * The first clock to ring among points [from, to): the least −ln(u) / m, u uniform in (0, 1] from the
     * stream and the point's key, the lower key on a tie; null when no point has a positive weight m. A
     * point's logarithm is skipped when the bound −ln u ≥ 1 − u already puts its clock behind the leader's
     * (the margin covers the rounding of log and of the products): the same winner, bit for bit.
     */
    private static Candidate race(Points points, double[] mass, long stream, int from, int to) {
        int position = -1;
        long key = 0;
        double clock = Double.POSITIVE_INFINITY;
        double limit = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double m = mass[i];
            if (!(m > 0)) {
                continue;
            }
            long k = points.key(i);
            double u = RowKeys.uniformPositiveOf(stream, k);
            if (1 - u > m * limit) {
                continue;
            }
            double c = -Math.log(u) / m;
            if (position < 0 || c < clock || (c == clock && k < key)) {
                position = i;
                key = k;
                clock = c;
                limit = c * (1 + 1e-9);
            }
        }
        return position < 0 ? null : new Candidate(position, key, clock);
    }

    /** Each trial's winner over the blocks ({@code best[block · trials + t]}), in block order. */
    private static int[] winners(Candidate[] best, int trials) {
        Candidate[] winners = new Candidate[trials];
        for (int b = 0; b < best.length; b++) {
            Candidate c = best[b];
            int t = b % trials;
            if (c != null && (winners[t] == null || winners[t].beatenBy(c.clock, c.key))) {
                winners[t] = c;
            }
        }
        if (winners[0] == null) {
            return new int[0];
        }
        int[] out = new int[trials];
        for (int t = 0; t < trials; t++) {
            out[t] = winners[t].position;
        }
        return out;
    }

    /**
     * Squared distances from every point to each candidate into {@code work.toCandidate}, with the kernel's
     * arithmetic; with more than one candidate, also each block's potential per candidate, Σ w·min(D²,
     * distance²) in row order, summed while the block's distances are still in cache.
     */
    private static void distances(Points points, int[] candidates, Work work, boolean parallel) {
        double[][] rows = new double[candidates.length][];
        for (int t = 0; t < rows.length; t++) {
            rows[t] = points.row(candidates[t]);
        }
        Centroids centres = new Centroids(rows, points.dimension());
        double[][] out = work.toCandidate;
        double[][] partial = work.partial;
        double[] d2 = work.d2;
        int trials = candidates.length;
        Blocks.forEach(points.size(), parallel, centres::newProducts, (from, to, block, acc) -> {
            centres.distances(points, from, to, out, acc);
            if (trials > 1) {
                potentials(points, d2, out, trials, from, to, partial[block]);
            }
        });
    }

    /**
     * Σ w·min(D², distance²) over rows [from, to) for each candidate, each in row order; two candidates per
     * pass over the rows, so two sums advance side by side rather than one waiting on its last addition.
     */
    private static void potentials(
            Points points, double[] d2, double[][] out, int trials, int from, int to, double[] partial) {
        int t = 0;
        for (; t + 2 <= trials; t += 2) {
            double[] p = out[t];
            double[] q = out[t + 1];
            double s = 0;
            double r = 0;
            for (int i = from; i < to; i++) {
                double w = points.weight(i);
                double d = d2[i];
                s += w * Math.min(d, p[i]);
                r += w * Math.min(d, q[i]);
            }
            partial[t] = s;
            partial[t + 1] = r;
        }
        if (t < trials) {
            double[] p = out[t];
            double s = 0;
            for (int i = from; i < to; i++) {
                s += points.weight(i) * Math.min(d2[i], p[i]);
            }
            partial[t] = s;
        }
    }

    /** The candidate whose choice leaves the smallest potential (the first on a tie), summed block by block. */
    private static int lowestPotential(double[][] partial, int trials) {
        int best = 0;
        double bestPotential = Double.POSITIVE_INFINITY;
        for (int t = 0; t < trials; t++) {
            double potential = 0;
            for (double[] block : partial) {
                potential += block[t];
            }
            if (potential < bestPotential) {
                bestPotential = potential;
                best = t;
            }
        }
        return best;
    }

    private record Candidate(int position, long key, double clock) {
        boolean beatenBy(double otherClock, long otherKey) {
            return otherClock < clock || (otherClock == clock && otherKey < key);
        }
    }
}
