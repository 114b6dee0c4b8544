package org.unlearn.model.forget;

import java.util.List;

/**
 * One step of a forget request: what a view says, and the family-neutral facts it draws where the step
 * happens. A fact a step does not have is empty (or null for the grid and the tree shape).
 *
 * @param title    a few words ("Drop the checkpoints")
 * @param text     a short paragraph in plain words
 * @param grid     shards × slices and the cells this step concerns, or null
 * @param replays  replayed iterations: which centroids the rows touched and which one changes its grid cell
 * @param tree     the shape of a complete tree the nodes live in (DC-k-means), or null when the model's own
 *                 trees are meant (a forest)
 * @param nodes    tree nodes this step concerns
 * @param figures  numbers the step is about (a distance, a budget, work)
 * @param rows     row ids this step concerns (the forgotten rows it places)
 */
public record Step(
        String title,
        String text,
        Grid grid,
        List<Replay> replays,
        TreeShape tree,
        List<Node> nodes,
        List<Figure> figures,
        int[] rows) {
    public Step {
        replays = List.copyOf(replays);
        nodes = List.copyOf(nodes);
        figures = List.copyOf(figures);
        rows = rows.clone();
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    public static Step of(String title, String text) {
        return new Step(title, text, null, List.of(), null, List.of(), List.of(), new int[0]);
    }

    public Step withGrid(Grid g) {
        return new Step(title, text, g, replays, tree, nodes, figures, rows);
    }

    public Step withReplays(List<Replay> r) {
        return new Step(title, text, grid, r, tree, nodes, figures, rows);
    }

    public Step withNodes(TreeShape shape, List<Node> n) {
        return new Step(title, text, grid, replays, shape, n, figures, rows);
    }

    public Step withFigures(List<Figure> f) {
        return new Step(title, text, grid, replays, tree, nodes, f, rows);
    }

    public Step withRows(int[] r) {
        return new Step(title, text, grid, replays, tree, nodes, figures, r);
    }

    /** What happens to a shard's slice (and the checkpoint after it) in a step. */
    public enum CellMark {
        /** A forgotten row is found here. */
        HOLDS_ROW,
        /** Its checkpoint saw a forgotten row and is deleted. */
        DROPPED,
        /** Its checkpoint is kept and restored: training resumes after it. */
        RESTORED,
        /** Retrained without the rows, its checkpoint taken again. */
        RETRAINED
    }

    /** One cell of the shards × slices grid: 0-based shard and slice. */
    public record Cell(int shard, int slice, CellMark mark) {}

    /** The shards × slices grid and the cells a step marks. */
    public record Grid(int shards, int slices, List<Cell> cells) {
        public Grid {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One kept iteration replayed without the rows.
     *
     * @param iteration  1-based
     * @param iterations iterations kept
     * @param touched    0-based centroids whose clusters held a forgotten row (their sums change)
     * @param moved      the 0-based centroid that changes grid cell, −1 when none does
     */
    public record Replay(int iteration, int iterations, int[] touched, int moved) {
        public Replay {
            touched = touched.clone();
        }

        @Override
        public int[] touched() {
            return touched.clone();
        }
    }

    /** A complete tree: every inner node has {@code width} children; leaves at depth {@code height}. */
    public record TreeShape(int width, int height) {}

    /** What happens to a tree node in a step. */
    public enum NodeMark {
        /** A forgotten row passes through: its counts are updated, its choice kept. */
        PASSED,
        /** A leaf's counts and rows updated. */
        UPDATED,
        /** Re-run on its rows without the forgotten ones (a leaf's clustering). */
        RERUN,
        /** Its children's results aggregated again. */
        REAGGREGATED,
        /** Its choice changed: it and everything below are grown again. */
        REGROWN,
        /** Its rows became too few or pure: it became a leaf. */
        COLLAPSED,
        /** It drew its candidates again and kept its choice. */
        RESAMPLED
    }

    /**
     * One node of a tree.
     *
     * @param tree  the tree (0-based; 0 when there is one)
     * @param id    in a forest the node's id as {@link Forest} gives it; in a complete tree its index in
     *              breadth-first order, the root 0
     * @param depth 0 for the root
     * @param mark  what happens to it
     * @param rows  rows in it after the request
     * @param changed for a re-run or re-aggregated node, whether its result changed
     */
    public record Node(int tree, long id, int depth, NodeMark mark, int rows, boolean changed) {}

    /**
     * A number a step is about.
     *
     * @param name  what it is ("distance to the retrain, at most")
     * @param value the number (NaN when not known)
     * @param share for a figure that is a part of a whole (a budget used), that share in [0, 1], else NaN
     */
    public record Figure(String name, double value, double share) {
        public static Figure of(String name, double value) {
            return new Figure(name, value, Double.NaN);
        }
    }
}
