package org.unlearn.model.dare;

import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Step.Figure;
import org.unlearn.model.forget.Step.Node;
import org.unlearn.model.forget.Step.NodeMark;
import org.unlearn.model.forget.Walkthrough;

/** A DaRE request's steps, from the walk's own record of every node it met ({@link DareChanges}). */
final class DareSteps {
    /** Trees with a regrown subtree given a step each; the rest share one. */
    private static final int EACH_TREE = 4;

    private DareSteps() {}

    static Walkthrough of(DareChanges d, ForgetReport report) {
        int n = report.rowIds().length;
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(
                        "Follow the rows down every tree",
                        "Every tree of the forest was grown on every row, so the " + Walkthrough.rows(n) + " to forget"
                                + " are followed from the root of each of the " + d.trees() + " trees down to the"
                                + " leaves they reach: " + d.changes().size() + " nodes in all. No other node has"
                                + " seen them.")
                .withNodes(null, nodes(d.changes(), true))
                .withRows(report.rowIds()));
        List<DareChanges.Change> kept = d.changes().stream()
                .filter(c -> c.kind() == DareChanges.Kind.KEEP
                        || c.kind() == DareChanges.Kind.LEAF_UPDATE
                        || c.kind() == DareChanges.Kind.RESAMPLE)
                .toList();
        long resampled =
                kept.stream().filter(c -> c.kind() == DareChanges.Kind.RESAMPLE).count();
        steps.add(Step.of(
                        "Update the counts",
                        "Each node keeps the class counts of its rows and, for its candidate splits, the statistics"
                                + " that chose its split. They lose the rows; wherever the same split still wins, the"
                                + " node keeps it and only its counts change (" + kept.size() + " nodes"
                                + (resampled == 0
                                        ? ""
                                        : ", " + resampled + " of which drew their candidates again and kept"
                                                + " their choice")
                                + "). The leaves update their counts and row lists.")
                .withNodes(null, nodes(kept, false)));
        List<Integer> regrownTrees = d.changes().stream()
                .filter(c -> c.kind() == DareChanges.Kind.RETRAIN || c.kind() == DareChanges.Kind.COLLAPSE)
                .map(DareChanges.Change::tree)
                .distinct()
                .toList();
        if (regrownTrees.isEmpty()) {
            steps.add(Step.of(
                    "Nothing to regrow",
                    "No node's choice changed in any tree: the forest is already what training without the rows"
                            + " would grow."));
        } else if (regrownTrees.size() <= EACH_TREE) {
            for (int tree : regrownTrees) {
                steps.add(regrow(d.of(tree), "Tree " + (tree + 1)));
            }
        } else {
            steps.add(regrow(
                    d.changes().stream()
                            .filter(c -> regrownTrees.contains(c.tree()))
                            .toList(),
                    regrownTrees.size() + " trees"));
        }
        steps.add(Step.of(
                        "The new forest",
                        Walkthrough.capitalized(d.summary(true)) + ". The request read " + report.workUnits()
                                + " feature values, " + percent(report.retrainedFraction()) + " of growing the forest,"
                                + " and the result is exactly the forest grown without the rows.")
                .withFigures(List.of(
                        new Figure("share of growing the forest", report.workUnits(), report.retrainedFraction()))));
        return new Walkthrough("DaRE forest: forgetting " + Walkthrough.rows(n), steps);
    }

    private static Step regrow(List<DareChanges.Change> changes, String where) {
        List<DareChanges.Change> regrown = changes.stream()
                .filter(c -> c.kind() == DareChanges.Kind.RETRAIN || c.kind() == DareChanges.Kind.COLLAPSE)
                .toList();
        List<DareChanges.Change> splits = regrown.stream()
                .filter(c -> c.kind() == DareChanges.Kind.RETRAIN)
                .toList();
        long leaves = regrown.size() - splits.size();
        StringBuilder what = new StringBuilder(where).append(": ");
        if (!splits.isEmpty()) {
            DareChanges.Change top = splits.get(0);
            for (DareChanges.Change c : splits) {
                top = c.depth() < top.depth() ? c : top;
            }
            what.append(splits.size() == 1 ? "a node" : splits.size() + " nodes")
                    .append(" would now choose another split, so ")
                    .append(splits.size() == 1 ? "it is" : "each is")
                    .append(" grown again from its remaining rows, with everything below it (")
                    .append(splits.size() == 1 ? "at" : "the highest at")
                    .append(" depth ")
                    .append(top.depth())
                    .append(", ")
                    .append(Walkthrough.rows(top.rows()))
                    .append(")");
        }
        if (leaves > 0) {
            what.append(splits.isEmpty() ? "" : "; ")
                    .append(leaves)
                    .append(leaves == 1 ? " node was" : " nodes were")
                    .append(" left with too few rows, or one class, and became leaves");
        }
        return Step.of(
                        "Regrow where a choice changes: " + where.toLowerCase(java.util.Locale.ROOT),
                        what + ". Every node above them only updated its counts.")
                .withNodes(null, nodes(regrown, false));
    }

    private static List<Node> nodes(List<DareChanges.Change> changes, boolean passing) {
        List<Node> out = new ArrayList<>();
        for (DareChanges.Change c : changes) {
            NodeMark mark = passing
                    ? NodeMark.PASSED
                    : switch (c.kind()) {
                        case KEEP -> NodeMark.PASSED;
                        case LEAF_UPDATE -> NodeMark.UPDATED;
                        case RESAMPLE -> NodeMark.RESAMPLED;
                        case COLLAPSE -> NodeMark.COLLAPSED;
                        case RETRAIN -> NodeMark.REGROWN;
                    };
            out.add(new Node(c.tree(), c.path(), c.depth(), mark, c.rows(), c.kind() != DareChanges.Kind.KEEP));
        }
        return out;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "an unknown share" : Math.round(share * 1000) / 10.0 + "%";
    }
}
