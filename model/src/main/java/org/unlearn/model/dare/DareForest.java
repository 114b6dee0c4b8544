package org.unlearn.model.dare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.RemainingRows;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Digestible;
import org.unlearn.model.forget.Forest;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.OrderedPool;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;

/**
 * A DaRE random forest (Brophy and Lowd, "Machine Unlearning for Random Forests", ICML 2021): trees whose
 * top levels split at random and lower levels greedily over a few sampled thresholds, each node caching the
 * statistics of its choice. Forgetting a row updates the statistics along its path in every tree and regrows
 * a subtree only where the node's choice would change. Every choice is keyed by (seed, tree, node path) and
 * made from the node's rows alone, so the result equals a forest grown from scratch without the rows, node
 * for node. Immutable: forgetting returns a new forest sharing the untouched subtrees.
 */
public final class DareForest implements UnlearningModel<DareForest>, Classifier, Plannable, Forest, Digestible {
    public static final String FAMILY = "dare";
    private static final long TREE = RowKeys.purpose("dare-tree");

    private final DareOptions options;
    private final long seed;
    private final TrainingSet base;
    private final RemainingRows rows;
    private final DareNode[] roots;
    private final Provenance provenance;

    private DareForest(
            DareOptions options,
            long seed,
            TrainingSet base,
            RemainingRows rows,
            DareNode[] roots,
            Provenance provenance) {
        this.options = options;
        this.seed = seed;
        this.base = base;
        this.rows = rows;
        this.roots = roots;
        this.provenance = provenance;
    }

    /** A forest read back from its stored trees ({@link DareState}), grown on these rows. */
    static DareForest restore(DareOptions options, long seed, TrainingSet data, DareNode[] roots) {
        return new DareForest(
                options,
                seed,
                data,
                RemainingRows.of(data),
                roots,
                Provenance.trained(FAMILY, seed, data.size(), java.time.Duration.ZERO));
    }

    DareNode[] roots() {
        return roots.clone();
    }

    /** True when no row was forgotten since the trees were grown (leaves' positions are then the rows'). */
    boolean asGrown() {
        return rows.size() == base.size();
    }

    /** Grows a forest from scratch, refusing a label that is not classes or has fewer than two. */
    public static DareForest fit(TrainingSet data, DareOptions options, long seed, Progress progress) {
        if (!data.isClassification()) {
            throw new BadInputException(data.name() + ": a DaRE forest learns classes, and the label is numeric");
        }
        if (data.classCount() < 2 || data.size() < 2) {
            throw new BadInputException(data.name() + ": a DaRE forest needs two classes or more and two rows or more");
        }
        if (data.dimension() == 0) {
            throw new BadInputException(data.name() + ": a DaRE forest needs one feature or more");
        }
        long start = System.nanoTime();
        int[] all = new int[data.size()];
        Arrays.setAll(all, p -> p);
        Progress cancelOnly = OrderedPool.cancelOnly(progress);
        List<Callable<DareNode>> tasks = new ArrayList<>();
        for (int t = 0; t < options.trees(); t++) {
            TreeGrower grower = new TreeGrower(data, options, treeSeed(seed, t), cancelOnly);
            tasks.add(() -> grower.grow(all, 0, 1L));
        }
        List<DareNode> grown =
                OrderedPool.run("dare-tree", tasks, options.threadsFor(tasks.size()), progress, "Grew tree");
        Provenance p = Provenance.trained(FAMILY, seed, data.size(), Duration.ofNanos(System.nanoTime() - start));
        return new DareForest(options, seed, data, RemainingRows.of(data), grown.toArray(DareNode[]::new), p);
    }

    public static Trainer<DareForest> trainer(DareOptions options) {
        return (data, seed, progress) -> fit(data, options, seed, progress);
    }

    private static long treeSeed(long seed, int tree) {
        return RowKeys.derive(seed, TREE, tree);
    }

    /** The per-tree outcome of a forget walk. */
    private record Walked(DareNode root, List<DareChanges.Change> changes, long work) {}

    @Override
    public Forgotten<DareForest> forget(int[] rowIds, Progress progress) {
        long start = System.nanoTime();
        int[] ids = rows.requireAll(rowIds);
        List<Walked> walked = walk(positions(ids), false, progress);
        DareNode[] next = new DareNode[roots.length];
        List<DareChanges.Change> changes = new ArrayList<>();
        long work = 0;
        for (int t = 0; t < roots.length; t++) {
            next[t] = walked.get(t).root();
            changes.addAll(walked.get(t).changes());
            work += walked.get(t).work();
        }
        RemainingRows remaining = rows.without(ids);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        DareForest model = new DareForest(
                options, seed, base, remaining, next, provenance.child(FAMILY, ids, remaining.size(), true, took));
        DareChanges detail = new DareChanges(roots.length, changes);
        return new Forgotten<>(
                model,
                new ForgetReport(
                        ids, FAMILY, true, false, work, model.trainingWork(), took, detail.summary(true), detail));
    }

    /** What forgetting these rows would regrow, found by the same walk without regrowing anything. */
    @Override
    public ForgetPlan plan(int[] rowIds) {
        int[] ids = rows.requireAll(rowIds);
        List<Walked> walked = walk(positions(ids), true, Progress.NONE);
        List<DareChanges.Change> changes = new ArrayList<>();
        long work = 0;
        for (Walked w : walked) {
            changes.addAll(w.changes());
            work += w.work();
        }
        DareChanges detail = new DareChanges(roots.length, changes);
        return new ForgetPlan(ids, work, trainingWork(), false, detail.summary(false), detail);
    }

    private List<Walked> walk(int[] removed, boolean dry, Progress progress) {
        Progress cancelOnly = OrderedPool.cancelOnly(progress);
        List<Callable<Walked>> tasks = new ArrayList<>();
        for (int t = 0; t < roots.length; t++) {
            int tree = t;
            tasks.add(() -> {
                TreeForgetter forgetter =
                        new TreeForgetter(new TreeGrower(base, options, treeSeed(seed, tree), cancelOnly), tree, dry);
                DareNode root = forgetter.forget(roots[tree], removed, 0, 1L);
                return new Walked(root, forgetter.changes(), forgetter.work());
            });
        }
        return OrderedPool.run(
                "dare-tree", tasks, dry ? 1 : options.threadsFor(tasks.size()), progress, "Updated tree");
    }

    /** The training-set positions of row ids (ascending, as the ids are). */
    private int[] positions(int[] ids) {
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = base.positionOf(ids[i]);
        }
        return out;
    }

    /** Same options and seed, every tree the same node for node. */
    @Override
    public boolean sameParameters(DareForest other) {
        return firstDifference(other) == null;
    }

    /** Where this forest first differs from another ("tree 3, node 5: ..."), or null when they are the same. */
    public String firstDifference(DareForest other) {
        if (!options.sameModel(other.options) || seed != other.seed || roots.length != other.roots.length) {
            return "options or seed differ";
        }
        for (int t = 0; t < roots.length; t++) {
            String d = TreeComparison.firstDifference(roots[t], base, other.roots[t], other.base, 1L);
            if (d != null) {
                return "tree " + t + ", " + d;
            }
        }
        return null;
    }

    @Override
    public int predict(double[] x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The mean over trees of the class shares in the leaf the row reaches. */
    @Override
    public double[] probabilities(double[] x) {
        double[] out = new double[base.classCount()];
        for (DareNode root : roots) {
            DareNode node = root;
            while (node instanceof SplitNode s) {
                node = s.goesLeft(x) ? s.left() : s.right();
            }
            int[] counts = node.counts();
            int n = node.size();
            for (int c = 0; c < out.length; c++) {
                out[c] += n == 0 ? 1.0 / out.length : counts[c] / (double) n;
            }
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= roots.length;
        }
        return out;
    }

    /** Every node of one tree, depth first, left before right. */
    public List<NodeInfo> nodes(int tree) {
        List<NodeInfo> out = new ArrayList<>();
        collect(roots[checkTree(tree)], 0, 1L, out);
        return out;
    }

    private static void collect(DareNode node, int depth, long path, List<NodeInfo> out) {
        out.add(NodeInfo.of(node, depth, path));
        if (node instanceof SplitNode s) {
            collect(s.left(), depth + 1, 2 * path, out);
            collect(s.right(), depth + 1, 2 * path + 1, out);
        }
    }

    /** The nodes a row passes through in one tree, root to leaf (a forgotten row too: its features remain). */
    public List<NodeInfo> route(int tree, int rowId) {
        int p = base.positionOf(rowId);
        if (p < 0) {
            throw new BadInputException(base.name() + ": row " + rowId + " was never in the training data");
        }
        List<NodeInfo> out = new ArrayList<>();
        DareNode node = roots[checkTree(tree)];
        long path = 1L;
        int depth = 0;
        out.add(NodeInfo.of(node, depth, path));
        while (node instanceof SplitNode s) {
            boolean left = s.goesLeft(base.row(p));
            node = left ? s.left() : s.right();
            path = 2 * path + (left ? 0 : 1);
            out.add(NodeInfo.of(node, ++depth, path));
        }
        return out;
    }

    /** One tree for the views: each node's id is its path, its label the split or the leaf's majority. */
    @Override
    public Node tree(int index) {
        return view(roots[checkTree(index)], 1L);
    }

    private Node view(DareNode node, long path) {
        if (node instanceof SplitNode s) {
            String label = split(base.features().get(s.feature()), s.threshold())
                    + (s instanceof RandomSplit ? " (random)" : "");
            return new Node(
                    (int) path, label, s.size(), List.of(view(s.left(), 2 * path), view(s.right(), 2 * path + 1)));
        }
        int[] counts = node.counts();
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            best = counts[c] > counts[best] ? c : best;
        }
        // The leaf's answer alone: views say how many rows reach a node, leaf or split.
        return new Node((int) path, base.classes().get(best), node.size(), List.of());
    }

    /**
     * A split in words, left branch first: a one-hot column's ("island=Dream") as "island ≠ Dream / island =
     * Dream" (its threshold only separates the level's rows from the others), a number's as "x ≤ 0.5".
     */
    static String split(String feature, double threshold) {
        int is = feature.indexOf('=');
        if (is > 0) {
            String column = feature.substring(0, is);
            String level = feature.substring(is + 1);
            return column + " ≠ " + level + " / " + column + " = " + level;
        }
        return feature + " ≤ " + String.format(Locale.ROOT, "%.4g", threshold);
    }

    @Override
    public int[] path(int index, int rowId) {
        return route(index, rowId).stream().mapToInt(n -> (int) n.path()).toArray();
    }

    private int checkTree(int tree) {
        if (tree < 0 || tree >= roots.length) {
            throw new BadInputException("the forest has trees 1 to " + roots.length + ", not " + (tree + 1));
        }
        return tree;
    }

    /** Feature values read to grow every tree from the rows the forest reflects now. */
    public long trainingWork() {
        long w = 0;
        for (DareNode root : roots) {
            w += root.work();
        }
        return w;
    }

    /** One tree's root, for the tests in this package. */
    DareNode root(int tree) {
        return roots[tree];
    }

    public int treeCount() {
        return roots.length;
    }

    /** Nodes in one tree. */
    public int nodeCount(int tree) {
        return nodes(tree).size();
    }

    public DareOptions options() {
        return options;
    }

    public long seed() {
        return seed;
    }

    /** Class names, indexed by class. */
    public List<String> classes() {
        return base.classes();
    }

    /** Names of the encoded features, indexed as {@link NodeInfo#feature()}. */
    public List<String> features() {
        return base.features();
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public TrainingSet trainingData() {
        return rows.toTrainingSet();
    }

    @Override
    public String toString() {
        return "DaRE forest, " + roots.length + " trees, depth " + options.maxDepth() + " (" + options.randomDepth()
                + " random), k = " + options.thresholds() + ", " + provenance;
    }

    /** Every node of every tree: its path, kind, split feature and threshold, then its class counts. */
    @Override
    public void content(java.util.function.Consumer<double[]> sink) {
        for (int tree = 0; tree < treeCount(); tree++) {
            for (NodeInfo node : nodes(tree)) {
                sink.accept(new double[] {node.path(), node.kind().ordinal(), node.feature(), node.threshold()});
                sink.accept(
                        java.util.Arrays.stream(node.counts()).asDoubleStream().toArray());
            }
        }
    }
}
