package org.unlearn.model.sisa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.IntStream;
import smile.base.cart.DecisionNode;
import smile.base.cart.Node;
import smile.classification.DecisionTree;
import smile.data.Tuple;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.type.StructType;

/**
 * A tree constituent. Its learned state, for the bit-for-bit comparison, is the serialized node graph
 * (every split feature, threshold, score and leaf count), which two trees share exactly when they are
 * the same tree.
 */
final class TreeConstituent implements Constituent {
    private final Node root;
    private final StructType features;
    private final int[] labelOf;
    private final int classes;
    private final int constant;
    private final byte[] state;

    private TreeConstituent(Node root, StructType features, int[] labelOf, int classes, int constant) {
        this.root = root;
        this.classes = classes;
        this.constant = constant;
        this.features = features;
        this.labelOf = labelOf;
        this.state = root == null ? new byte[] {(byte) constant} : serialize(root);
    }

    static TreeConstituent of(DecisionTree tree, int classes) {
        return new TreeConstituent(tree.root(), tree.schema(), tree.classes(), classes, -1);
    }

    /**
     * A tree read back ({@link TreeNodes}): its node graph, which of the label's classes its leaves count,
     * and the number of features it reads.
     */
    static TreeConstituent restored(Node root, int[] labelOf, int classes, int dimension) {
        StructType features = new StructType(IntStream.range(0, dimension)
                .mapToObj(j -> new StructField("x" + j, DataTypes.DoubleType))
                .toList());
        return new TreeConstituent(root, features, labelOf.clone(), classes, -1);
    }

    /** A shard whose rows all have one class (or none: {@code label} −1 predicts uniformly). */
    static TreeConstituent constant(int label, int classes) {
        return new TreeConstituent(null, null, new int[0], classes, label);
    }

    /** The node graph, or null for a constant constituent. */
    Node root() {
        return root;
    }

    /** For a constant constituent, its class (−1: uniform). */
    int constant() {
        return constant;
    }

    /** Which class of the label each of the leaves' counts is. */
    int[] labelOf() {
        return labelOf.clone();
    }

    int classes() {
        return classes;
    }

    private static byte[] serialize(Node root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void probabilities(double[] x, double[] out) {
        Arrays.fill(out, 0, classes, 0);
        if (root == null) {
            if (constant >= 0) {
                out[constant] = 1;
            } else {
                Arrays.fill(out, 0, classes, 1.0 / classes);
            }
            return;
        }
        DecisionNode leaf = (DecisionNode) root.predict(Tuple.of(x, features));
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
