package org.unlearn.model.dare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.StateCodec;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;
import org.unlearn.model.util.OrderedPool;
import org.unlearn.model.util.Progress;

/**
 * A DaRE forest's stored state: what each node chose and caches, and nothing its rows determine cheaply.
 * Every tree is written node by node in pre-order: a random split as its feature and threshold, a greedy
 * split as its sampled features, each one's candidate thresholds with their statistics, and which one it
 * chose. The candidate thresholds are written once per feature, in a sorted table, and referred to by their
 * index (as varint gaps), which shares the values many nodes sample; the statistics as varints, per threshold
 * only the classes it adds rows of; all of it deflated. What the rows determine in one pass is recomputed on reading, exactly as
 * growing computed it: the rows are routed from the root through the stored thresholds (a leaf's rows), and
 * each node counts its rows' classes, the trees at once as growing does.
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
        out.writeDeflated(packed -> {
            packed.writeAscending(table.keySet().stream().mapToInt(f -> f).toArray());
            for (double[] values : table.values()) {
                packed.writeVarint(values.length);
                for (double v : values) {
                    packed.writeDouble(v);
                }
            }
            for (DareNode root : roots) {
                write(root, table, packed);
            }
        });
    }

    /** Every feature's candidate thresholds over the forest, ascending and distinct. */
    private static Map<Integer, double[]> table(DareNode[] roots) {
        Map<Integer, double[]> gathered = new TreeMap<>();
        Map<Integer, Integer> sizes = new TreeMap<>();
        java.util.ArrayDeque<DareNode> todo = new java.util.ArrayDeque<>(Arrays.asList(roots));
        while (!todo.isEmpty()) {
            if (todo.pop() instanceof SplitNode s) {
                if (s instanceof GreedySplit g) {
                    for (Candidates c : g.candidates()) {
                        int size = sizes.getOrDefault(c.feature(), 0);
                        double[] all = gathered.getOrDefault(c.feature(), new double[64]);
                        if (size + c.values().length > all.length) {
                            all = Arrays.copyOf(all, 2 * (size + c.values().length));
                        }
                        System.arraycopy(c.values(), 0, all, size, c.values().length);
                        gathered.put(c.feature(), all);
                        sizes.put(c.feature(), size + c.values().length);
                    }
                }
                todo.push(s.left());
                todo.push(s.right());
            }
        }
        Map<Integer, double[]> out = new TreeMap<>();
        gathered.forEach((f, all) -> out.put(
                f, Arrays.stream(all, 0, sizes.get(f)).sorted().distinct().toArray()));
        return out;
    }

    /**
     * A candidate's statistics: per threshold, the rows holding its value, and the rows per class that
     * threshold adds to the left side over the one before, as (class, rows) pairs for the classes it adds
     * any of (few: a threshold passes few rows of a node).
     */
    private static void writeStatistics(Candidates c, StateOutput out) throws IOException {
        int[][] left = c.left();
        for (int j = 0; j < left.length; j++) {
            out.writeVarint(c.valueCounts()[j]);
            int added = 0;
            for (int k = 0; k < left[j].length; k++) {
                added += left[j][k] != (j == 0 ? 0 : left[j - 1][k]) ? 1 : 0;
            }
            out.writeVarint(added);
            for (int k = 0; k < left[j].length; k++) {
                int more = left[j][k] - (j == 0 ? 0 : left[j - 1][k]);
                if (more != 0) {
                    out.writeVarint(k);
                    out.writeVarint(more);
                }
            }
        }
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
                writeStatistics(c, out);
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
        StateInput packed = in.readDeflated();
        int[] features = packed.readAscending(rows.dimension());
        double[][] table = new double[rows.dimension()][];
        for (int f : features) {
            double[] values = new double[packed.readVarint()];
            for (int i = 0; i < values.length; i++) {
                values[i] = packed.readDouble();
                if (i > 0 && !(values[i] > values[i - 1])) {
                    throw new IOException("a stored threshold table out of order");
                }
            }
            table[f] = values;
        }
        Parser parser = new Parser(packed, table, rows.dimension(), rows.classCount(), options.maxDepth());
        Choice[] stored = new Choice[trees];
        for (int t = 0; t < trees; t++) {
            stored[t] = parser.read(0);
        }
        packed.end();
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
     * What a node chose, as stored: its kind, a random split's feature and threshold, a greedy split's
     * candidates and the chosen pair, and the features it examined.
     */
    private record Choice(
            int kind,
            int feature,
            double threshold,
            Candidates[] candidates,
            int chosenFeature,
            int chosenValue,
            int examined,
            Choice left,
            Choice right) {}

    /** The node these rows make under a stored choice: its rows routed and counted as grown. */
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
        Candidates chosen = c.candidates()[c.chosenFeature()];
        int[][] sides = grower.partition(rows, chosen.feature(), chosen.values()[c.chosenValue()]);
        return new GreedySplit(
                c.candidates(),
                c.chosenFeature(),
                c.chosenValue(),
                counts,
                c.examined(),
                build(c.left(), sides[0], grower),
                build(c.right(), sides[1], grower));
    }

    /** Reads the stored choices of one tree, checking each names what the data and the table have. */
    private record Parser(StateInput in, double[][] table, int dimension, int classes, int maxDepth) {
        Choice read(int depth) throws IOException {
            if (depth > maxDepth) {
                throw new IOException("a stored tree deeper than its options allow");
            }
            int kind = in.readVarint();
            if (kind == LEAF) {
                return new Choice(LEAF, 0, 0, null, 0, 0, 0, null, null);
            }
            if (kind == RANDOM) {
                int feature = feature(in.readVarint());
                double threshold = in.readDouble();
                int examined = in.readVarint();
                return new Choice(RANDOM, feature, threshold, null, 0, 0, examined, read(depth + 1), read(depth + 1));
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
            Candidates[] candidates = new Candidates[n];
            for (int i = 0; i < n; i++) {
                features[i] = feature(in.readVarint());
                double[] known = table[features[i]];
                int[] at = in.readAscending(known == null ? 0 : known.length);
                if (at.length == 0) {
                    throw new IOException("a sampled feature without a candidate threshold");
                }
                values[i] = Arrays.stream(at).mapToDouble(j -> known[j]).toArray();
                candidates[i] = readStatistics(features[i], values[i]);
            }
            int chosenFeature = in.readVarint();
            int chosenValue = in.readVarint();
            if (chosenFeature >= n || chosenValue >= values[chosenFeature].length) {
                throw new IOException("a stored split names a candidate it does not have");
            }
            int examined = in.readVarint();
            return new Choice(
                    GREEDY, 0, 0, candidates, chosenFeature, chosenValue, examined, read(depth + 1), read(depth + 1));
        }

        private Candidates readStatistics(int feature, double[] values) throws IOException {
            int[] valueCounts = new int[values.length];
            int[][] left = new int[values.length][classes];
            for (int j = 0; j < values.length; j++) {
                valueCounts[j] = in.readVarint();
                if (j > 0) {
                    System.arraycopy(left[j - 1], 0, left[j], 0, classes);
                }
                int added = in.readVarint();
                for (int i = 0; i < added; i++) {
                    int k = in.readVarint();
                    if (k >= classes) {
                        throw new IOException("a candidate counting a class the label does not have");
                    }
                    left[j][k] += in.readVarint();
                }
            }
            return new Candidates(feature, values, valueCounts, left);
        }

        private int feature(int f) throws IOException {
            if (f >= dimension) {
                throw new IOException("a stored split on a feature the data does not have");
            }
            return f;
        }
    }
}
