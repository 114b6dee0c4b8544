package org.unlearn.model.kmeans;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Step.Figure;
import org.unlearn.model.forget.Step.Replay;
import org.unlearn.model.forget.Walkthrough;

/** A Q-k-means request's steps, read from its deletion check ({@link QKMeans.Check}). */
final class QSteps {
    /** Replayed iterations shown one by one at each end of a long run; the ones between share a step. */
    private static final int EACH_END = 5;

    private QSteps() {}

    static Walkthrough of(QKMeans.Check check, ForgetReport report) {
        int n = report.rowIds().length;
        List<Step> steps = new ArrayList<>();
        String title = "Q-k-means: forgetting " + Walkthrough.rows(n);
        if (check.resumedAt() == 0) {
            steps.add(Step.of(
                            "Look for the rows among the seeds",
                            Walkthrough.capitalized(check.reason()) + ". The seeds start every iteration after them,"
                                    + " so nothing of the kept run can be reused.")
                    .withRows(report.rowIds()));
            steps.add(Step.of(
                            "Train again from scratch",
                            "New seeds are drawn by k-means++ without the rows and every iteration runs again: "
                                    + report.workUnits() + " distance computations, as many as a training.")
                    .withFigures(List.of(work(report))));
            return new Walkthrough(title, steps);
        }
        steps.add(Step.of(
                        "Look for the rows among the seeds",
                        "None of the " + Walkthrough.rows(n) + " was one of the k-means++ seeds, so the seeding"
                                + " stays. The run kept every one of its " + check.iterations() + " iterations: each"
                                + " is replayed without the rows, to see whether any centroid would land in another"
                                + " cell of the grid (width ε = " + check.epsilon() + ").")
                .withRows(report.rowIds()));
        int last = check.resumedAt() < 0 ? check.iterations() : check.resumedAt();
        List<Replay> replays = new ArrayList<>();
        for (int t = 1; t <= last; t++) {
            replays.add(new Replay(t, check.iterations(), touched(check, n, t), t == last ? check.moved() : -1));
        }
        addReplays(steps, replays, report);
        steps.add(ending(check, report));
        return new Walkthrough(title, steps);
    }

    /** The clusters the rows sat in when iteration t's centroids were computed (those of iteration t − 1). */
    private static int[] touched(QKMeans.Check check, int n, int t) {
        int[] labels = check.labels();
        TreeSet<Integer> set = new TreeSet<>();
        for (int r = 0; r < n; r++) {
            set.add(labels[(t - 1) * n + r]);
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void addReplays(List<Step> steps, List<Replay> replays, ForgetReport report) {
        int count = replays.size();
        for (int i = 0; i < count; i++) {
            if (count > 2 * EACH_END + 1 && i == EACH_END) {
                List<Replay> middle = replays.subList(EACH_END, count - EACH_END);
                steps.add(Step.of(
                                "Replay iterations " + middle.get(0).iteration() + " to "
                                        + middle.get(middle.size() - 1).iteration(),
                                "In each of these " + middle.size() + " iterations the rows' clusters lose them, their"
                                        + " centroids are recomputed exactly, and every one stays in its grid cell.")
                        .withReplays(middle)
                        .withRows(report.rowIds()));
                i = count - EACH_END - 1;
                continue;
            }
            steps.add(replayStep(replays.get(i), report));
        }
    }

    private static Step replayStep(Replay r, ForgetReport report) {
        String clusters = names(r.touched());
        boolean one = report.rowIds().length == 1;
        String text = "Without the " + (one ? "row, " : "rows, ") + clusters
                + (r.touched().length == 1 ? " loses" : " lose") + (one ? " it" : " them")
                + ": the exact sums are recomputed and each centroid is quantized to the grid again. "
                + (r.moved() >= 0
                        ? "Centroid " + (r.moved() + 1) + " lands in another cell: from here on the run would differ,"
                                + " so this is where training resumes."
                        : "Every centroid stays in its cell, so this iteration is exactly what a training without the"
                                + " rows would compute.");
        return Step.of("Replay iteration " + r.iteration() + " of " + r.iterations(), text)
                .withReplays(List.of(r))
                .withRows(report.rowIds());
    }

    private static String names(int[] clusters) {
        List<String> out = new ArrayList<>();
        for (int c : clusters) {
            out.add(String.valueOf(c + 1));
        }
        return (clusters.length == 1 ? "cluster " : "clusters ") + String.join(", ", out);
    }

    private static Step ending(QKMeans.Check check, ForgetReport report) {
        if (check.resumedAt() < 0) {
            return Step.of(
                            "Certified: nothing to retrain",
                            "No centroid changed its cell in any of the " + check.iterations() + " iterations, and"
                                    + " neither the early stop nor the final choice moved. The deletion is certified:"
                                    + " the centroids stay as they are, only the kept sums forget the rows ("
                                    + report.workUnits() + " distance computations, "
                                    + percent(report.retrainedFraction()) + " of a training).")
                    .withFigures(List.of(work(report)));
        }
        String why = check.moved() >= 0 ? "" : Walkthrough.capitalized(check.reason()) + ". ";
        return Step.of(
                        "Resume from iteration " + check.resumedAt(),
                        why
                                + (check.resumedAt() == 1
                                        ? "Only the seeds are kept; training continues from them"
                                        : "Iterations 1 to " + (check.resumedAt() - 1) + " are kept as they are (with"
                                                + " the rows taken out of their sums); training continues from the"
                                                + " centroids of iteration " + (check.resumedAt() - 1))
                                + " until it converges again. In all "
                                + report.workUnits() + " distance computations, " + percent(report.retrainedFraction())
                                + " of a training.")
                .withFigures(List.of(work(report)));
    }

    private static Figure work(ForgetReport report) {
        return new Figure("share of a training redone", report.workUnits(), report.retrainedFraction());
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "an unknown share" : Math.round(share * 1000) / 10.0 + "%";
    }
}
