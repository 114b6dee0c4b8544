package org.unlearn.model.kmeans;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.RemainingRows;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.Steppable;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.model.util.Progress;

/**
 * DC-k-means (Ginart et al., NeurIPS 2019): rows are dealt to the leaves of a tree of width w by a key
 * of (seed, row id); every leaf runs k-means++ and Lloyd on its rows; every inner node clusters its
 * children's centroids, weighted by their cluster sizes; the root's centroids are the model. Forgetting a
 * row re-runs its leaf and the leaf's ancestors only. Every node's result depends only on its own
 * input and a seed derived from its place in the tree, so the result is exactly the model a training
 * from scratch without the rows produces.
 */
public final class DCKMeans extends CentroidModel<DCKMeans> implements org.unlearn.model.forget.Leaved {
    public static final String FAMILY = "dckmeans";
    public static final int DEFAULT_LEAVES = 16;
    /**
     * @param leaves leaves of the tree, a power of the width
     * @param width  children per inner node (the tree's height is log_width(leaves))
     */
    public record Options(int k, int maxIterations, double tolerance, int leaves, int width) {
        public Options {
            KMeansOptions.check(k, maxIterations, tolerance);
            if (leaves < 1) {
                throw new BadInputException("the tree needs 1 leaf or more, not " + leaves);
            }
            if (width < 2) {
                throw new BadInputException("the tree's width must be 2 or more, not " + width);
            }
            if (height(leaves, width) < 0) {
                throw new BadInputException(leaves + " leaves is not a power of the width " + width + " (try width "
                        + leaves + " for a tree of height 1)");
            }
        }

        public static Options of(int k) {
            return new Options(
                    k,
                    KMeansOptions.DEFAULT_MAX_ITERATIONS,
                    KMeansOptions.DEFAULT_TOLERANCE,
                    DEFAULT_LEAVES,
                    DEFAULT_LEAVES);
        }

        public int height() {
            return height(leaves, width);
        }

        private static int height(int leaves, int width) {
            int h = 0;
            for (long n = 1; n < leaves; n *= width) {
                h++;
            }
            return Math.round(Math.pow(width, h)) == leaves ? h : -1;
        }
    }

    /**
     * Which nodes a forget request re-ran (or would re-run, in a plan).
     *
     * @param leaves the leaves holding a forgotten row, ascending (0-based)
     * @param nodes  leaves and ancestors re-run
     * @param width  children per inner node
     * @param height the leaves' depth
     * @param ran    every node re-run, leaves first then level by level up to the root
     */
    public record Rerun(int[] leaves, int nodes, int width, int height, List<Ran> ran)
            implements ForgetReport.Detail, Steppable {
        public Rerun {
            leaves = leaves.clone();
            ran = List.copyOf(ran);
        }

        @Override
        public int[] leaves() {
            return leaves.clone();
        }

        @Override
        public Walkthrough walkthrough(ForgetReport report) {
            return DCSteps.of(this, report);
        }
    }

    /**
     * One node re-run.
     *
     * @param level      its depth (0 the root)
     * @param index      its place on the level, from the left
     * @param rows       the rows it stands for after the request
     * @param iterations Lloyd iterations its clustering took
     * @param changed    whether its centroids or weights came out different (false in a plan: not known)
     */
    public record Ran(int level, int index, int rows, int iterations, boolean changed) {}

    private final Options options;
    private final long seed;
    private final RemainingRows rows;
    private final TrainingSet[] leafRows;
    private final DCTree.Node[][] levels;
    private volatile double loss = Double.NaN;

    private DCKMeans(
            Options options,
            long seed,
            RemainingRows rows,
            TrainingSet[] leafRows,
            DCTree.Node[][] levels,
            Provenance provenance) {
        super(new Centroids(levels[0][0].centroids(), rows.dimension()), provenance);
        this.options = options;
        this.seed = seed;
        this.rows = rows;
        this.leafRows = leafRows;
        this.levels = levels;
    }

    public static DCKMeans fit(TrainingSet data, Options options, long seed, Progress progress) {
        long start = System.nanoTime();
        KMeansOptions.checkRows(data.name(), data.size(), options.k());
        KMeansOptions.checkLeaves(data.name(), data.size(), options.leaves());
        int h = options.height();
        TrainingSet[] leafRows = DCTree.partition(data, options.leaves(), seed);
        DCTree.Node[][] levels = new DCTree.Node[h + 1][];
        for (int l = 0; l <= h; l++) {
            levels[l] = new DCTree.Node[(int) Math.round(Math.pow(options.width(), l))];
        }
        progress.report(0, "Clustering " + options.leaves() + " leaves");
        progress.checkCancelled();
        IntStream.range(0, options.leaves())
                .parallel()
                .forEach(leaf -> levels[h][leaf] = DCTree.runLeaf(leafRows[leaf], options, seed, h, leaf, false));
        for (int l = h - 1; l >= 0; l--) {
            for (int i = 0; i < levels[l].length; i++) {
                levels[l][i] = DCTree.runInner(levels, l, i, options, seed, data.dimension());
            }
        }
        progress.report(
                1,
                "Clustered " + options.leaves() + " leaves and " + (DCTree.nodeCount(options) - options.leaves())
                        + " inner nodes");
        Provenance p = Provenance.trained(FAMILY, seed, data.size(), Duration.ofNanos(System.nanoTime() - start));
        return new DCKMeans(options, seed, RemainingRows.of(data), leafRows, levels, p);
    }

    /** A model read back from its stored tree ({@link DCKMeansState}); the leaves are dealt again from the seed. */
    static DCKMeans restore(Options options, long seed, TrainingSet data, DCTree.Node[][] levels) {
        return new DCKMeans(
                options,
                seed,
                RemainingRows.of(data),
                DCTree.partition(data, options.leaves(), seed),
                levels,
                Provenance.trained(FAMILY, seed, data.size(), Duration.ZERO));
    }

    DCTree.Node[][] levels() {
        return levels.clone();
    }

    public static Trainer<DCKMeans> trainer(Options options) {
        return (data, seed, progress) -> fit(data, options, seed, progress);
    }

    /** The leaf a row is dealt to, from the seed and the row id alone. */
    @Override
    public int leafOf(int rowId) {
        return DCTree.leafOf(rowId, options.leaves(), seed);
    }

    @Override
    public Forgotten<DCKMeans> forget(int[] rowIds, Progress progress) {
        long start = System.nanoTime();
        int[] ids = rows.requireAll(rowIds);
        RemainingRows next = rows.without(ids);
        KMeansOptions.checkRows(rows.name(), next.size(), options.k());
        TreeMap<Integer, List<Integer>> byLeaf = groupByLeaf(ids);
        int h = options.height();
        TrainingSet[] nextLeafRows = leafRows.clone();
        DCTree.Node[][] nextLevels = new DCTree.Node[levels.length][];
        for (int l = 0; l < levels.length; l++) {
            nextLevels[l] = levels[l].clone();
        }
        int[] leaves = byLeaf.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (int leaf : leaves) {
            nextLeafRows[leaf] = leafRows[leaf].without(
                    byLeaf.get(leaf).stream().mapToInt(Integer::intValue).toArray());
        }
        progress.checkCancelled();
        boolean alone = leaves.length == 1;
        IntStream stream = IntStream.of(leaves);
        (alone ? stream : stream.parallel())
                .forEach(leaf ->
                        nextLevels[h][leaf] = DCTree.runLeaf(nextLeafRows[leaf], options, seed, h, leaf, alone));
        long work = 0;
        int nodes = leaves.length;
        boolean[] changed = new boolean[levels[h].length];
        List<Ran> ran = new ArrayList<>();
        for (int leaf : leaves) {
            work += nextLevels[h][leaf].work();
            changed[leaf] = !nextLevels[h][leaf].sameAs(levels[h][leaf]);
            ran.add(new Ran(h, leaf, nextLeafRows[leaf].size(), nextLevels[h][leaf].iterations(), changed[leaf]));
        }
        for (int l = h - 1; l >= 0; l--) {
            boolean[] rerun = parentsOf(changed, l);
            changed = new boolean[levels[l].length];
            for (int i = 0; i < rerun.length; i++) {
                if (rerun[i]) {
                    nextLevels[l][i] = DCTree.runInner(nextLevels, l, i, options, seed, rows.dimension());
                    work += nextLevels[l][i].work();
                    nodes++;
                    changed[i] = !nextLevels[l][i].sameAs(levels[l][i]);
                    ran.add(new Ran(l, i, DCTree.weight(nextLevels[l][i]), nextLevels[l][i].iterations(), changed[i]));
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        DCKMeans model = new DCKMeans(
                options, seed, next, nextLeafRows, nextLevels, provenance.child("dc", ids, next.size(), true, took));
        String summary = summary("re-ran", leaves, nextLeafRows[leaves[0]].size(), nodes - leaves.length);
        return new Forgotten<>(
                model,
                new ForgetReport(
                        ids,
                        "dc",
                        true,
                        false,
                        work,
                        model.trainingWork(),
                        took,
                        summary,
                        new Rerun(leaves, nodes, options.width(), h, ran)));
    }

    private TreeMap<Integer, List<Integer>> groupByLeaf(int[] ids) {
        TreeMap<Integer, List<Integer>> byLeaf = new TreeMap<>();
        for (int id : ids) {
            byLeaf.computeIfAbsent(leafOf(id), x -> new ArrayList<>()).add(id);
        }
        return byLeaf;
    }

    /** The nodes of a level with a flagged child on the level below. */
    private boolean[] parentsOf(boolean[] flagged, int level) {
        return DCTree.parentsOf(flagged, levels[level].length, options.width());
    }

    /**
     * "re-ran leaf 7 of 16 (39 rows) and 1 ancestor": the leaves and, for one, the rows it clusters once
     * the request is done.
     */
    private String summary(String verb, int[] leaves, int rowsAfter, int ancestors) {
        String which = leaves.length == 1
                ? "leaf " + (leaves[0] + 1) + " of " + options.leaves() + " (" + KMeansOptions.count(rowsAfter)
                        + " rows)"
                : leaves.length + " of " + options.leaves() + " leaves";
        return verb + " " + which + " and " + ancestors + (ancestors == 1 ? " ancestor" : " ancestors");
    }

    @Override
    public ForgetPlan plan(int[] rowIds) {
        int[] ids = rows.requireAll(rowIds);
        TreeMap<Integer, List<Integer>> byLeaf = groupByLeaf(ids);
        int[] leaves = byLeaf.keySet().stream().mapToInt(Integer::intValue).toArray();
        int h = options.height();
        long work = 0;
        boolean[] touched = new boolean[levels[h].length];
        List<Ran> ran = new ArrayList<>();
        for (int leaf : leaves) {
            work += levels[h][leaf].work();
            touched[leaf] = true;
            ran.add(new Ran(h, leaf, leafRows[leaf].size() - byLeaf.get(leaf).size(), 0, false));
        }
        int ancestors = 0;
        for (int l = h - 1; l >= 0; l--) {
            touched = parentsOf(touched, l);
            for (int i = 0; i < touched.length; i++) {
                if (touched[i]) {
                    work += levels[l][i].work();
                    ancestors++;
                    ran.add(new Ran(l, i, DCTree.weight(levels[l][i]), 0, false));
                }
            }
        }
        int rowsAfter = leafRows[leaves[0]].size() - byLeaf.get(leaves[0]).size();
        return new ForgetPlan(
                ids,
                work,
                trainingWork(),
                false,
                summary("re-runs", leaves, rowsAfter, ancestors),
                new Rerun(leaves, leaves.length + ancestors, options.width(), h, ran));
    }

    /** Every node's centroids, weights and iteration count identical, and the same rows in every leaf. */
    @Override
    public boolean sameParameters(DCKMeans other) {
        if (!options.equals(other.options) || levels.length != other.levels.length) {
            return false;
        }
        for (int l = 0; l < levels.length; l++) {
            for (int i = 0; i < levels[l].length; i++) {
                if (!levels[l][i].sameAs(other.levels[l][i])) {
                    return false;
                }
            }
        }
        for (int leaf = 0; leaf < leafRows.length; leaf++) {
            if (!Arrays.equals(leafRows[leaf].rowIds(), other.leafRows[leaf].rowIds())) {
                return false;
            }
        }
        return true;
    }

    public Options options() {
        return options;
    }

    @Override
    public int treeWidth() {
        return options.width();
    }

    @Override
    public int treeHeight() {
        return options.height();
    }

    /** Rows dealt to each leaf. */
    @Override
    public int[] leafSizes() {
        return Arrays.stream(leafRows).mapToInt(TrainingSet::size).toArray();
    }

    @Override
    public TrainingSet trainingData() {
        return rows.toTrainingSet();
    }

    @Override
    public double loss() {
        double l = loss;
        if (Double.isNaN(l)) {
            TrainingSet data = trainingData();
            double[] d2 = new double[data.size()];
            nearestAll(data, d2);
            l = Arrays.stream(d2).sum() / d2.length;
            loss = l;
        }
        return l;
    }

    @Override
    public long trainingWork() {
        long total = 0;
        for (DCTree.Node[] level : levels) {
            for (DCTree.Node node : level) {
                total += node.work();
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return "DC-k-means, k = " + k() + ", " + options.leaves() + " leaves, " + provenance;
    }
}
