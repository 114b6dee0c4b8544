package org.unlearn.model.dare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.StateCodec;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;
import org.unlearn.model.util.OrderedPool;
import org.unlearn.model.util.Progress;

/**
 * A DaRE forest's stored state: the choices each node made, and nothing its rows determine. Every tree is
 * written node by node in pre-order: a random split as its feature and threshold, a greedy split as its
 * sampled features, each one's candidate thresholds and which one it chose. What a node caches besides is a
 * function of its rows, recomputed on reading exactly as growing computed it: the rows are routed from the
 * root through the stored thresholds (a leaf's rows), then each node counts its rows' classes and each greedy
 * candidate its statistics ({@link TreeGrower#statistics}), the trees at once as growing does. The candidate thresholds are written once per
 * feature, in a sorted table, and referred to by their index (as varint gaps), which shares the values many
 * nodes sample.
 *
 * <p>Values, not rows, except the thresholds: a greedy threshold is a value some row of the node holds, a
 * random one a point in the node's range. A session stores only forests grown on the rows that remain (it
 * retrains after each request), so a threshold is a remaining row's encoded value or lies in their range,
 * never a forgotten row's; and a forest updated by forgetting regrows any node whose cached threshold no
 * remaining row holds ({@link Candidates#allValid}).
 */
public record DareState(DareOptions options) implements StateCodec<DareForest> {
    private static final int LEAF = 0;
    private static final int RANDOM = 1;
    private static final int GREEDY = 2;

    @Override
    public int version() {
        return 2;
    }

    @Override
    public boolean canWrite(DareForest model) {
        return model.asGrown();
    }

    @Override
    public void write(DareForest model, StateOutput out) throws IOException {
        DareNode[] roots = model.roots();
        Map<Integer, double[]> table = table(roots);
        out.writeVarint(roots.length);
        out.writeAscending(table.keySet().stream().mapToInt(f -> f).toArray());
        for (double[] values : table.values()) {
            out.writeVarint(values.length);
            for (double v : values) {
                out.writeDouble(v);
            }
        }
        for (DareNode root : roots) {
            write(root, table, out);
        }
    }

    /** Every feature's candidate thresholds over the forest, ascending. */
    private static Map<Integer, double[]> table(DareNode[] roots) {
        Map<Integer, TreeSet<Double>> values = new TreeMap<>();
        java.util.ArrayDeque<DareNode> todo = new java.util.ArrayDeque<>(Arrays.asList(roots));
        while (!todo.isEmpty()) {
            if (todo.pop() instanceof SplitNode s) {
                if (s instanceof GreedySplit g) {
                    for (Candidates c : g.candidates()) {
                        TreeSet<Double> set = values.computeIfAbsent(c.feature(), f -> new TreeSet<>());
                        for (double v : c.values()) {
                            set.add(v);
                        }
                    }
                }
                todo.push(s.left());
                todo.push(s.right());
            }
        }
        Map<Integer, double[]> out = new TreeMap<>();
        values.forEach((f, set) ->
                out.put(f, set.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    private static void write(DareNode node, Map<Integer, double[]> table, StateOutput out) throws IOException {
        if (node instanceof DareLeaf) {
            out.writeVarint(LEAF);
            return;
        }
        SplitNode s = (SplitNode) node;
        if (s instanceof GreedySplit g) {
            out.writeVarint(GREEDY);
            out.writeVarint(g.candidates().length);
            for (Candidates c : g.candidates()) {
                out.writeVarint(c.feature());
                double[] values = table.get(c.feature());
                out.writeAscending(Arrays.stream(c.values())
                        .mapToInt(v -> Arrays.binarySearch(values, v))
                        .toArray());
            }
            out.writeVarint(g.chosenFeature());
            out.writeVarint(g.chosenValue());
        } else {
            out.writeVarint(RANDOM);
            out.writeVarint(s.feature());
            out.writeDouble(s.threshold());
        }
        out.writeVarint(s.examined());
        write(s.left(), table, out);
        write(s.right(), table, out);
    }

    @Override
    public DareForest read(StateInput in, TrainingSet rows, long seed) throws IOException {
        int trees = in.readVarint();
        if (trees != options.trees()) {
            throw new IOException("the stored forest has " + trees + " trees, the options " + options.trees());
        }
        int[] features = in.readAscending(rows.dimension());
        double[][] table = new double[rows.dimension()][];
        for (int f : features) {
            double[] values = new double[in.readVarint()];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readDouble();
                if (i > 0 && !(values[i] > values[i - 1])) {
                    throw new IOException("a stored threshold table out of order");
                }
            }
            table[f] = values;
        }
        Parser parser = new Parser(in, table, rows.dimension(), options.maxDepth());
        Choice[] stored = new Choice[trees];
        for (int t = 0; t < trees; t++) {
            stored[t] = parser.read(0);
        }
        int[] all = new int[rows.size()];
        Arrays.setAll(all, p -> p);
        TreeGrower grower = new TreeGrower(rows, options, 0, Progress.NONE);
        List<Callable<DareNode>> tasks = new ArrayList<>();
        for (Choice c : stored) {
            tasks.add(() -> build(c, all, grower));
        }
        List<DareNode> roots =
                OrderedPool.run("dare-read", tasks, options.threadsFor(trees), Progress.NONE, "Read tree");
        return DareForest.restore(options, seed, rows, roots.toArray(DareNode[]::new));
    }

    /**
     * What a node chose, as stored: its kind, a random split's feature and threshold, a greedy split's sampled
     * features, their thresholds and the chosen pair, and the features it examined.
     */
    private record Choice(
            int kind,
            int feature,
            double threshold,
            int[] features,
            double[][] values,
            int chosenFeature,
            int chosenValue,
            int examined,
            Choice left,
            Choice right) {}

    /** The node these rows make under a stored choice: its rows routed and its statistics counted as grown. */
    private static DareNode build(Choice c, int[] rows, TreeGrower grower) {
        int[] counts = grower.counts(rows);
        if (c.kind() == LEAF) {
            return new DareLeaf(rows, counts);
        }
        if (c.kind() == RANDOM) {
            int[][] sides = grower.partition(rows, c.feature(), c.threshold());
            return new RandomSplit(
                    c.feature(),
                    c.threshold(),
                    counts,
                    c.examined(),
                    build(c.left(), sides[0], grower),
                    build(c.right(), sides[1], grower));
        }
        Candidates[] candidates = grower.statistics(rows, c.features(), c.values());
        int[][] sides =
                grower.partition(rows, c.features()[c.chosenFeature()], c.values()[c.chosenFeature()][c.chosenValue()]);
        return new GreedySplit(
                candidates,
                c.chosenFeature(),
                c.chosenValue(),
                counts,
                c.examined(),
                build(c.left(), sides[0], grower),
                build(c.right(), sides[1], grower));
    }

    /** Reads the stored choices of one tree, checking each names what the data and the table have. */
    private record Parser(StateInput in, double[][] table, int dimension, int maxDepth) {
        Choice read(int depth) throws IOException {
            if (depth > maxDepth) {
                throw new IOException("a stored tree deeper than its options allow");
            }
            int kind = in.readVarint();
            if (kind == LEAF) {
                return new Choice(LEAF, 0, 0, null, null, 0, 0, 0, null, null);
            }
            if (kind == RANDOM) {
                int feature = feature(in.readVarint());
                double threshold = in.readDouble();
                int examined = in.readVarint();
                return new Choice(
                        RANDOM, feature, threshold, null, null, 0, 0, examined, read(depth + 1), read(depth + 1));
            }
            if (kind != GREEDY) {
                throw new IOException("an unknown node kind " + kind);
            }
            int n = in.readVarint();
            if (n == 0 || n > dimension) {
                throw new IOException("a greedy split with " + n + " sampled features");
            }
            int[] features = new int[n];
            double[][] values = new double[n][];
            for (int i = 0; i < n; i++) {
                features[i] = feature(in.readVarint());
                double[] known = table[features[i]];
                int[] at = in.readAscending(known == null ? 0 : known.length);
                if (at.length == 0) {
                    throw new IOException("a sampled feature without a candidate threshold");
                }
                values[i] = Arrays.stream(at).mapToDouble(j -> known[j]).toArray();
            }
            int chosenFeature = in.readVarint();
            int chosenValue = in.readVarint();
            if (chosenFeature >= n || chosenValue >= values[chosenFeature].length) {
                throw new IOException("a stored split names a candidate it does not have");
            }
            int examined = in.readVarint();
            return new Choice(
                    GREEDY,
                    0,
                    0,
                    features,
                    values,
                    chosenFeature,
                    chosenValue,
                    examined,
                    read(depth + 1),
                    read(depth + 1));
        }

        private int feature(int f) throws IOException {
            if (f >= dimension) {
                throw new IOException("a stored split on a feature the data does not have");
            }
            return f;
        }
    }
}
