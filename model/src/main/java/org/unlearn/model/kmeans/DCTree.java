package org.unlearn.model.kmeans;

import java.util.Arrays;
import org.unlearn.model.data.Dealing;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;

/**
 * The arithmetic of DC-k-means's tree: which leaf a row is dealt to, how a leaf or an inner node is
 * clustered, and how the levels hang together. Every result depends only on its input and a seed drawn
 * from the node's place in the tree, which is what makes a re-run of some nodes equal a training from
 * scratch.
 */
final class DCTree {
    private static final long LEAF = RowKeys.purpose("dckmeans-leaf");
    private static final long NODE = RowKeys.purpose("dckmeans-node");

    /** One node's k-means result. */
    record Node(double[][] centroids, double[] weights, int iterations, long work) {
        static final Node EMPTY = new Node(new double[0][], new double[0], 0, 0);

        boolean sameAs(Node o) {
            return Arrays.deepEquals(centroids, o.centroids)
                    && Arrays.equals(weights, o.weights)
                    && iterations == o.iterations;
        }
    }

    private DCTree() {}

    /** The leaf a row is dealt to, from the seed and the row id alone. */
    static int leafOf(int rowId, int leaves, long seed) {
        return (int) (RowKeys.uniform(seed, LEAF, rowId) * leaves);
    }

    /** The rows of each leaf, in the data's order. */
    static TrainingSet[] partition(TrainingSet data, int leaves, long seed) {
        return Dealing.byRowId(data, leaves, id -> leafOf(id, leaves, seed));
    }

    static Node runLeaf(TrainingSet rows, DCKMeans.Options options, long seed, int level, int index, boolean parallel) {
        return cluster(Points.of(rows), options, nodeSeed(seed, level, index), parallel);
    }

    /** An inner node clusters its children's centroids, each weighted by its cluster's size. */
    static Node runInner(Node[][] levels, int level, int index, DCKMeans.Options options, long seed, int d) {
        int count = 0;
        for (int c = 0; c < options.width(); c++) {
            count += levels[level + 1][index * options.width() + c].centroids().length;
        }
        double[][] centroids = new double[count][];
        long[] keys = new long[count];
        double[] weights = new double[count];
        int n = 0;
        for (int c = 0; c < options.width(); c++) {
            int child = index * options.width() + c;
            Node node = levels[level + 1][child];
            for (int j = 0; j < node.centroids().length; j++) {
                if (node.weights()[j] > 0) {
                    centroids[n] = node.centroids()[j];
                    keys[n] = (long) child * options.k() + j;
                    weights[n] = node.weights()[j];
                    n++;
                }
            }
        }
        Points points = new Points(Arrays.copyOf(centroids, n), Arrays.copyOf(keys, n), Arrays.copyOf(weights, n), d);
        return cluster(points, options, nodeSeed(seed, level, index), false);
    }

    private static Node cluster(Points points, DCKMeans.Options options, long seed, boolean parallel) {
        if (points.size() == 0) {
            return Node.EMPTY;
        }
        KeyedSeeding.Result seeds = KeyedSeeding.chooseGreedy(points, options.k(), seed, parallel);
        Lloyd.Run run = Lloyd.run(
                points, seeds.centres(points), options.maxIterations(), options.tolerance(), parallel, Progress.NONE);
        return new Node(run.centroids(), run.weights(), run.iterations(), run.work() + seeds.work());
    }

    private static long nodeSeed(long seed, int level, int index) {
        return RowKeys.derive(seed, NODE, ((long) level << 32) | index);
    }

    /** Leaves and inner nodes of the whole tree. */
    static int nodeCount(DCKMeans.Options options) {
        int total = 0;
        for (int l = 0; l <= options.height(); l++) {
            total += (int) Math.round(Math.pow(options.width(), l));
        }
        return total;
    }

    /** The rows an inner node's weighted centroids stand for. */
    static int weight(Node node) {
        double w = 0;
        for (double x : node.weights()) {
            w += x;
        }
        return (int) Math.round(w);
    }

    /** The nodes of a level ({@code count} of them) with a flagged child on the level below. */
    static boolean[] parentsOf(boolean[] flagged, int count, int width) {
        boolean[] parents = new boolean[count];
        for (int i = 0; i < parents.length; i++) {
            for (int c = 0; c < width; c++) {
                parents[i] |= flagged[i * width + c];
            }
        }
        return parents;
    }
}
