package org.unlearn.model.kmeans;

import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Step.Figure;
import org.unlearn.model.forget.Step.Node;
import org.unlearn.model.forget.Step.NodeMark;
import org.unlearn.model.forget.Step.TreeShape;
import org.unlearn.model.forget.Walkthrough;

/** A DC-k-means request's steps, read from the nodes it re-ran ({@link DCKMeans.Rerun}). */
final class DCSteps {
    /** Leaves given a step each; more share one. */
    private static final int EACH_LEAF = 4;

    private DCSteps() {}

    static Walkthrough of(DCKMeans.Rerun rerun, ForgetReport report) {
        TreeShape shape = new TreeShape(rerun.width(), rerun.height());
        int leafCount = (int) Math.round(Math.pow(rerun.width(), rerun.height()));
        List<DCKMeans.Ran> leaves =
                rerun.ran().stream().filter(r -> r.level() == rerun.height()).toList();
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(
                        "The tree",
                        "DC-k-means deals its rows to " + leafCount + " leaves by their ids. Each leaf clusters its"
                                + " own rows; each node above clusters its " + rerun.width() + " children's centroids,"
                                + " weighted by the rows they stand for, up to the root, whose centroids are the model."
                                + " The " + Walkthrough.rows(report.rowIds().length) + " to forget "
                                + (leaves.size() == 1
                                        ? "sit in leaf " + (leaves.get(0).index() + 1)
                                        : "sit in " + leaves.size() + " leaves")
                                + "; nothing else in the tree has seen them but those leaves' ancestors.")
                .withNodes(shape, nodes(rerun, rerun.ran(), NodeMark.PASSED))
                .withRows(report.rowIds()));
        if (leaves.size() <= EACH_LEAF) {
            for (DCKMeans.Ran leaf : leaves) {
                steps.add(leafStep(rerun, shape, List.of(leaf)));
            }
        } else {
            steps.add(leafStep(rerun, shape, leaves));
        }
        for (int level = rerun.height() - 1; level >= 0; level--) {
            int l = level;
            List<DCKMeans.Ran> ran =
                    rerun.ran().stream().filter(r -> r.level() == l).toList();
            if (!ran.isEmpty()) {
                steps.add(innerStep(rerun, shape, ran));
            }
        }
        steps.add(Step.of(
                        "The new model",
                        "The root's centroids are the model again. Re-running " + rerun.nodes() + " of the tree's nodes"
                                + " cost " + report.workUnits() + " distance computations, "
                                + QSteps.percent(report.retrainedFraction()) + " of a training, and the result is"
                                + " exactly the tree trained from scratch without the rows.")
                .withNodes(shape, nodes(rerun, rerun.ran(), null))
                .withFigures(List.of(
                        new Figure("share of a training redone", report.workUnits(), report.retrainedFraction()))));
        return new Walkthrough("DC-k-means: forgetting " + Walkthrough.rows(report.rowIds().length), steps);
    }

    private static Step leafStep(DCKMeans.Rerun rerun, TreeShape shape, List<DCKMeans.Ran> leaves) {
        DCKMeans.Ran first = leaves.get(0);
        String text = leaves.size() == 1
                ? "Leaf " + (first.index() + 1) + " runs k-means again on its " + Walkthrough.rows(first.rows())
                        + " without the forgotten ones (" + first.iterations() + " iterations)"
                        + (first.changed() ? "." : "; its centroids come out the same, so nothing above it changes.")
                : leaves.size() + " leaves run k-means again on their rows without the forgotten ones, side by side.";
        return Step.of(leaves.size() == 1 ? "Re-run leaf " + (first.index() + 1) : "Re-run the leaves", text)
                .withNodes(shape, nodes(rerun, leaves, NodeMark.RERUN));
    }

    private static Step innerStep(DCKMeans.Rerun rerun, TreeShape shape, List<DCKMeans.Ran> ran) {
        int level = ran.get(0).level();
        long changed = ran.stream().filter(DCKMeans.Ran::changed).count();
        String who = level == 0
                ? "The root"
                : ran.size() == 1 ? "Their ancestor on level " + level : ran.size() + " ancestors on level " + level;
        String text = who + (ran.size() == 1 ? " clusters" : " cluster") + " its children's centroids again, the re-run"
                + " ones among them (" + ran.get(0).iterations() + " iterations"
                + (ran.size() == 1 ? "" : " for the first") + "). " + (level == 0 ? "Its" : "The")
                + " other children are untouched and reused as they are."
                + (changed == ran.size() ? "" : " " + (ran.size() - changed) + " came out unchanged.");
        return Step.of(level == 0 ? "Re-aggregate the root" : "Re-aggregate level " + level, text)
                .withNodes(shape, nodes(rerun, ran, NodeMark.REAGGREGATED));
    }

    /** The nodes, in breadth-first ids; a null mark takes each node's own (leaves re-run, the rest re-aggregated). */
    private static List<Node> nodes(DCKMeans.Rerun rerun, List<DCKMeans.Ran> ran, NodeMark mark) {
        List<Node> out = new ArrayList<>();
        for (DCKMeans.Ran r : ran) {
            long id = 0;
            for (int l = 0; l < r.level(); l++) {
                id += Math.round(Math.pow(rerun.width(), l));
            }
            NodeMark m = mark != null ? mark : r.level() == rerun.height() ? NodeMark.RERUN : NodeMark.REAGGREGATED;
            out.add(new Node(0, id + r.index(), r.level(), m, r.rows(), r.changed()));
        }
        return out;
    }
}
