package org.unlearn.model.sisa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import smile.base.cart.DecisionNode;
import smile.classification.DecisionTree;
import smile.data.Tuple;
import smile.data.type.StructType;

/**
 * A tree constituent. Its learned state, for the bit-for-bit comparison, is the serialized node graph
 * (every split feature, threshold, score and leaf count), which two trees share exactly when they are
 * the same tree.
 */
final class TreeConstituent implements Constituent {
    private final DecisionTree tree;
    private final StructType features;
    private final int[] labelOf;
    private final int classes;
    private final int constant;
    private final byte[] state;

    private TreeConstituent(DecisionTree tree, int classes, int constant) {
        this.tree = tree;
        this.classes = classes;
        this.constant = constant;
        this.features = tree == null ? null : tree.schema();
        this.labelOf = tree == null ? new int[0] : tree.classes();
        this.state = tree == null ? new byte[] {(byte) constant} : serialize(tree);
    }

    static TreeConstituent of(DecisionTree tree, int classes) {
        return new TreeConstituent(tree, classes, -1);
    }

    /** A shard whose rows all have one class (or none: {@code label} −1 predicts uniformly). */
    static TreeConstituent constant(int label, int classes) {
        return new TreeConstituent(null, classes, label);
    }

    private static byte[] serialize(DecisionTree tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tree.root());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void probabilities(double[] x, double[] out) {
        Arrays.fill(out, 0, classes, 0);
        if (tree == null) {
            if (constant >= 0) {
                out[constant] = 1;
            } else {
                Arrays.fill(out, 0, classes, 1.0 / classes);
            }
            return;
        }
        DecisionNode leaf = (DecisionNode) tree.root().predict(Tuple.of(x, features));
        int[] count = leaf.count();
        double total = 0;
        for (int c : count) {
            total += c;
        }
        for (int i = 0; i < count.length; i++) {
            out[labelOf[i]] = count[i] / total;
        }
    }

    @Override
    public boolean sameAs(Constituent other) {
        return other instanceof TreeConstituent o
                && classes == o.classes
                && Arrays.equals(labelOf, o.labelOf)
                && Arrays.equals(state, o.state);
    }

    /** The leaf class counts in node order: a tree has no weight vector, this is its closest flat form. */
    @Override
    public double[] parameters() {
        double[] out = new double[state.length];
        for (int i = 0; i < state.length; i++) {
            out[i] = state[i];
        }
        return out;
    }
}
