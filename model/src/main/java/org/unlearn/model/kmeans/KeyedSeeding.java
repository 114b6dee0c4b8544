package org.unlearn.model.kmeans;

import java.util.Arrays;
import org.unlearn.model.util.RowKeys;

/**
 * k-means++ seeding (D² sampling) with keyed draws. Each step gives every point an exponential clock
 * E / (w·D²), E drawn from (seed, step, point key), and takes the point whose clock rings first
 * (Efraimidis–Spirakis weighted sampling: the chance of a point is w·D² over the total, as k-means++
 * asks). A point's clock depends only on its own key and the centres chosen so far, so removing a point
 * that was not chosen never changes which one is: seeding D and D \ R chooses the same centres
 * whenever no chosen point is in R.
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

    private KeyedSeeding() {
    }

    /** Chooses up to k centres; fewer when fewer than k points are distinct. */
    static Result choose(Points points, int k, long seed, boolean parallel) {
        int n = points.size();
        double[] d2 = new double[n];
        Arrays.fill(d2, Double.POSITIVE_INFINITY);
        double[] toNewest = new double[n];
        int[] scratch = new int[n];
        int[] chosen = new int[k];
        int count = 0;
        long work = 0;
        for (int step = 0; step < k; step++) {
            long purpose = RowKeys.mix(PURPOSE + step);
            double[] newest = step == 0 ? null : points.row(chosen[step - 1]);
            Centroids single = newest == null ? null : new Centroids(new double[][] {newest}, points.dimension());
            Candidate[] best = new Candidate[Blocks.count(n)];
            Blocks.forEach(n, parallel, (from, to, block) -> {
                if (single != null) {
                    single.assign(points, from, to, scratch, toNewest);
                }
                Candidate local = null;
                for (int i = from; i < to; i++) {
                    if (newest != null) {
                        d2[i] = Math.min(d2[i], toNewest[i]);
                    }
                    double w = newest == null ? points.weight(i) : points.weight(i) * d2[i];
                    if (!(w > 0)) {
                        continue;
                    }
                    double clock = -Math.log(RowKeys.uniformPositive(seed, purpose, points.key(i))) / w;
                    if (local == null || clock < local.clock || (clock == local.clock && points.key(i) < local.key)) {
                        local = new Candidate(i, points.key(i), clock);
                    }
                }
                best[block] = local;
            });
            if (newest != null) {
                work += n;
            }
            Candidate winner = null;
            for (Candidate c : best) {
                if (c != null && (winner == null || c.clock < winner.clock
                        || (c.clock == winner.clock && c.key < winner.key))) {
                    winner = c;
                }
            }
            if (winner == null) {
                break;
            }
            chosen[count++] = winner.position;
            d2[winner.position] = 0;
        }
        int[] positions = Arrays.copyOf(chosen, count);
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = points.key(positions[i]);
        }
        return new Result(positions, keys, work);
    }

    private record Candidate(int position, long key, double clock) {
    }
}
