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
        double[] d2 = new double[n];
        Arrays.fill(d2, Double.POSITIVE_INFINITY);
        int[] chosen = new int[k];
        int count = 0;
        long work = 0;
        for (int step = 0; step < k; step++) {
            int drawn = step == 0 ? 1 : trials;
            int[] candidates = draw(points, d2, seed, step, drawn, step == 0, parallel);
            if (candidates.length == 0) {
                break;
            }
            int pick = candidates[0];
            boolean last = step == k - 1;
            if (candidates.length > 1 || !last) {
                double[][] partial = candidates.length == 1 ? null : new double[Blocks.count(n)][candidates.length];
                double[][] toCandidate = distances(points, candidates, d2, partial, parallel);
                work += (long) n * candidates.length;
                int best = candidates.length == 1 ? 0 : lowestPotential(partial);
                pick = candidates[best];
                double[] to = toCandidate[best];
                for (int i = 0; i < n; i++) {
                    d2[i] = Math.min(d2[i], to[i]);
                }
            }
            chosen[count++] = pick;
            d2[pick] = 0;
        }
        int[] positions = Arrays.copyOf(chosen, count);
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = points.key(positions[i]);
        }
        return new Result(positions, keys, work);
    }

    /**
     * The winner of each trial's clocks (weights w, or w·D² after the first step); none when no point has
     * a positive weight left.
     */
    private static int[] draw(
            Points points, double[] d2, long seed, int step, int trials, boolean first, boolean parallel) {
        int n = points.size();
        long[] streams = new long[trials];
        long purpose = RowKeys.mix(PURPOSE + step);
        for (int t = 0; t < trials; t++) {
            streams[t] = RowKeys.stream(seed, t == 0 ? purpose : RowKeys.mix(purpose + t));
        }
        // The weights are set before the clocks run so the clock loop takes no branch that flips after the
        // first step (a compiled loop that meets a branch it never saw is thrown away and compiled again).
        double[] mass = new double[n];
        if (first) {
            for (int i = 0; i < n; i++) {
                mass[i] = points.weight(i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                mass[i] = points.weight(i) * d2[i];
            }
        }
        Candidate[][] best = new Candidate[Blocks.count(n)][];
        Blocks.forEach(n, parallel, (from, to, block) -> {
            Candidate[] local = new Candidate[trials];
            for (int i = from; i < to; i++) {
                double w = mass[i];
                if (!(w > 0)) {
                    continue;
                }
                long key = points.key(i);
                for (int t = 0; t < trials; t++) {
                    double u = RowKeys.uniformPositiveOf(streams[t], key);
                    // −log u ≥ 1 − u: a clock whose lower bound is clearly behind the leader cannot win,
                    // and most points are settled without a logarithm (the margin covers log's rounding)
                    if (local[t] != null && (1 - u) / w > local[t].clock * (1 + 1e-9)) {
                        continue;
                    }
                    double clock = -Math.log(u) / w;
                    if (local[t] == null || local[t].beatenBy(clock, key)) {
                        local[t] = new Candidate(i, key, clock);
                    }
                }
            }
            best[block] = local;
        });
        Candidate[] winners = new Candidate[trials];
        for (Candidate[] block : best) {
            for (int t = 0; t < trials; t++) {
                Candidate c = block[t];
                if (c != null && (winners[t] == null || winners[t].beatenBy(c.clock, c.key))) {
                    winners[t] = c;
                }
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
     * Squared distances from every point to each candidate, with the kernel's arithmetic; when
     * {@code partial} is not null, also each block's potential per candidate, Σ w·min(D², distance²) in row
     * order, summed while the block's distances are still in cache.
     */
    private static double[][] distances(
            Points points, int[] candidates, double[] d2, double[][] partial, boolean parallel) {
        double[][] rows = new double[candidates.length][];
        for (int t = 0; t < rows.length; t++) {
            rows[t] = points.row(candidates[t]);
        }
        Centroids centres = new Centroids(rows, points.dimension());
        double[][] out = new double[candidates.length][points.size()];
        Blocks.forEach(points.size(), parallel, (from, to, block) -> {
            centres.distances(points, from, to, out);
            if (partial != null) {
                for (int t = 0; t < out.length; t++) {
                    double[] dist = out[t];
                    double s = 0;
                    for (int i = from; i < to; i++) {
                        s += points.weight(i) * Math.min(d2[i], dist[i]);
                    }
                    partial[block][t] = s;
                }
            }
        });
        return out;
    }

    /** The candidate whose choice leaves the smallest potential (the first on a tie), summed block by block. */
    private static int lowestPotential(double[][] partial) {
        int trials = partial[0].length;
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
