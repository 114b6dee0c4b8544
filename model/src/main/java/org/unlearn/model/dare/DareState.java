package org.unlearn.model.dare;

import java.io.IOException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.StateCodec;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;

/**
 * A DaRE forest's stored state: every tree, node by node in pre-order, with what each node caches to forget
 * without regrowing: a leaf's row positions and class counts; a split's feature, threshold, class counts and
 * examined features; a greedy split's candidates (thresholds, rows per threshold, rows per class on the left).
 *
 * <p>Counts, not values, except the thresholds: a greedy threshold is a value some row of the node holds, a
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
        return 1;
    }

    @Override
    public boolean canWrite(DareForest model) {
        return model.asGrown();
    }

    @Override
    public void write(DareForest model, StateOutput out) throws IOException {
        DareNode[] roots = model.roots();
        out.writeInt(roots.length);
        for (DareNode root : roots) {
            write(root, out);
        }
    }

    private static void write(DareNode node, StateOutput out) throws IOException {
        if (node instanceof DareLeaf leaf) {
            out.writeInt(LEAF);
            out.writeInts(leaf.rows());
            out.writeInts(leaf.counts());
            return;
        }
        SplitNode s = (SplitNode) node;
        if (s instanceof GreedySplit g) {
            out.writeInt(GREEDY);
            out.writeInt(g.candidates().length);
            for (Candidates c : g.candidates()) {
                out.writeInt(c.feature());
                out.writeDoubles(c.values());
                out.writeInts(c.valueCounts());
                out.writeInt(c.left().length);
                for (int[] l : c.left()) {
                    out.writeInts(l);
                }
            }
            out.writeInt(g.chosenFeature());
            out.writeInt(g.chosenValue());
        } else {
            out.writeInt(RANDOM);
            out.writeInt(s.feature());
            out.writeDouble(s.threshold());
        }
        out.writeInts(s.counts());
        out.writeInt(s.examined());
        write(s.left(), out);
        write(s.right(), out);
    }

    @Override
    public DareForest read(StateInput in, TrainingSet rows, long seed) throws IOException {
        int trees = in.readInt();
        if (trees != options.trees()) {
            throw new IOException("the stored forest has " + trees + " trees, the options " + options.trees());
        }
        DareNode[] roots = new DareNode[trees];
        for (int t = 0; t < trees; t++) {
            roots[t] = read(in, rows, 0);
            if (roots[t].size() != rows.size()) {
                throw new IOException(
                        "tree " + t + " was stored with " + roots[t].size() + " rows, not " + rows.size());
            }
        }
        return DareForest.restore(options, seed, rows, roots);
    }

    private static DareNode read(StateInput in, TrainingSet rows, int depth) throws IOException {
        if (depth > 1000) {
            throw new IOException("a stored tree deeper than any grown");
        }
        int kind = in.readInt();
        if (kind == LEAF) {
            int[] positions = in.readInts();
            for (int p : positions) {
                if (p < 0 || p >= rows.size()) {
                    throw new IOException("a stored leaf names a row the data does not have");
                }
            }
            return new DareLeaf(positions, in.readInts());
        }
        try {
            if (kind == GREEDY) {
                Candidates[] candidates = new Candidates[in.readInt()];
                for (int i = 0; i < candidates.length; i++) {
                    int feature = in.readInt();
                    double[] values = in.readDoubles();
                    int[] valueCounts = in.readInts();
                    int[][] left = new int[in.readInt()][];
                    for (int j = 0; j < left.length; j++) {
                        left[j] = in.readInts();
                    }
                    candidates[i] = new Candidates(feature, values, valueCounts, left);
                }
                int chosenFeature = in.readInt();
                int chosenValue = in.readInt();
                int[] counts = in.readInts();
                int examined = in.readInt();
                DareNode left = read(in, rows, depth + 1);
                DareNode right = read(in, rows, depth + 1);
                return new GreedySplit(candidates, chosenFeature, chosenValue, counts, examined, left, right);
            }
            if (kind == RANDOM) {
                int feature = in.readInt();
                double threshold = in.readDouble();
                int[] counts = in.readInts();
                int examined = in.readInt();
                DareNode left = read(in, rows, depth + 1);
                DareNode right = read(in, rows, depth + 1);
                return new RandomSplit(feature, threshold, counts, examined, left, right);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IOException("a stored split names a candidate it does not have", e);
        }
        throw new IOException("an unknown node kind " + kind);
    }
}
