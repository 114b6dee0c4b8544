package org.unlearn.model.dare;

import java.util.List;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Steppable;
import org.unlearn.model.forget.Walkthrough;

/**
 * What a forget request changed, or would change, in a forest: for each tree, the nodes it updated or
 * regrew. Every tree holds every row, so a request reaches every tree; in most it only updates counts.
 *
 * @param trees   trees in the forest
 * @param changes the changes, tree by tree, in the order the walk met them
 */
public record DareChanges(int trees, List<Change> changes) implements ForgetReport.Detail, Steppable {
    /** How a node took a forget request. */
    public enum Kind {
        /** A leaf lost rows: its counts and row list are updated, nothing regrown. */
        LEAF_UPDATE,
        /** A split node kept its split: its counts are updated and the rows go on down to its children. */
        KEEP,
        /** A split node's rows became pure or too few: it becomes a leaf. */
        COLLAPSE,
        /** A greedy node re-sampled candidates (one stopped being valid) and kept its split. */
        RESAMPLE,
        /** The node's split changed (or became invalid): the node and everything below are regrown. */
        RETRAIN
    }

    /**
     * One node's change.
     *
     * @param tree  the tree (0-based)
     * @param kind  what happened
     * @param depth the node's depth (0 for the root)
     * @param path  the node's path: 1 for the root, 2p left and 2p + 1 right of node p
     * @param rows  rows in the node after the request
     */
    public record Change(int tree, Kind kind, int depth, long path, int rows) {}

    public DareChanges {
        changes = List.copyOf(changes);
    }

    @Override
    public Walkthrough walkthrough(ForgetReport report) {
        return DareSteps.of(this, report);
    }

    /** The subtrees regrown. */
    public List<Change> retrains() {
        return changes.stream().filter(c -> c.kind == Kind.RETRAIN).toList();
    }

    /** Trees where some subtree is regrown. */
    public long treesRetrained() {
        return retrains().stream().mapToInt(Change::tree).distinct().count();
    }

    /** One tree's changes. */
    public List<Change> of(int tree) {
        return changes.stream().filter(c -> c.tree == tree).toList();
    }

    /**
     * One line for people: "updates counts only, along one path in each of 100 trees (no subtree to regrow)" or
     * "retrains 2 subtrees in 2 of 100 trees (the largest at depth 3, 120 rows); updates counts in the other 98".
     *
     * @param past whether the request is done ("retrained") or foreseen ("retrains")
     */
    String summary(boolean past) {
        List<Change> retrains = retrains();
        String update = past ? "updated" : "updates";
        long collapses = changes.stream().filter(c -> c.kind == Kind.COLLAPSE).count();
        String leaves = collapses == 0
                ? ""
                : "; " + collapses + (collapses == 1 ? " node " : " nodes ")
                        + (past
                                ? (collapses == 1 ? "became a leaf" : "became leaves")
                                : (collapses == 1 ? "becomes a leaf" : "become leaves"));
        if (retrains.isEmpty()) {
            return update + " counts only, along one path in each of " + trees + (trees == 1 ? " tree" : " trees")
                    + " (no subtree " + (past ? "regrown)" : "to regrow)") + leaves;
        }
        Change largest = retrains.get(0);
        for (Change c : retrains) {
            if (c.rows > largest.rows) {
                largest = c;
            }
        }
        long hit = treesRetrained();
        return (past ? "retrained " : "retrains ") + retrains.size() + (retrains.size() == 1 ? " subtree" : " subtrees")
                + " in " + hit + " of " + trees + " trees (the largest at depth " + largest.depth + ", " + largest.rows
                + " rows)" + (hit < trees ? "; " + update + " counts in the other " + (trees - hit) : "") + leaves;
    }
}
