package org.unlearn.model.sisa;

import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Step.Cell;
import org.unlearn.model.forget.Step.CellMark;
import org.unlearn.model.forget.Step.Figure;
import org.unlearn.model.forget.Step.Grid;
import org.unlearn.model.forget.Walkthrough;

/** A SISA request's steps, read from what it retrained ({@link SisaRetrain}). Shards and slices count from 1 for people. */
final class SisaSteps {
    /** Rows named one by one before the rest are counted. */
    private static final int NAMED = 6;

    private final SisaRetrain r;
    private final ForgetReport report;
    private final List<Step> steps = new ArrayList<>();

    private SisaSteps(SisaRetrain r, ForgetReport report) {
        this.r = r;
        this.report = report;
    }

    static Walkthrough of(SisaRetrain retrain, ForgetReport report) {
        SisaSteps s = new SisaSteps(retrain, report);
        s.find();
        s.drop();
        s.restore();
        s.retrain();
        s.aggregate();
        return new Walkthrough("SISA: forgetting " + Walkthrough.rows(report.rowIds().length), s.steps);
    }

    private void find() {
        List<Cell> cells = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (SisaRetrain.ShardRetrain s : r.shards()) {
            int[] ids = s.rowIds();
            int[] slices = s.rowSlices();
            for (int i = 0; i < ids.length; i++) {
                cells.add(new Cell(s.shard(), slices[i], CellMark.HOLDS_ROW));
                if (where.size() < NAMED) {
                    where.add("row " + ids[i] + " in shard " + (s.shard() + 1) + ", slice " + (slices[i] + 1));
                }
            }
        }
        int n = report.rowIds().length;
        String listed = String.join("; ", where) + (n > NAMED ? "; and " + (n - NAMED) + " more" : "");
        steps.add(Step.of(
                        "Find each row's shard and slice",
                        "Every training row was dealt to one of " + r.shardCount()
                                + " shards and, inside it, to one of "
                                + r.sliceCount() + " slices. Only the shards holding a forgotten row have seen it: "
                                + listed + ". " + shardsLine() + ".")
                .withGrid(grid(cells))
                .withRows(report.rowIds()));
    }

    private String shardsLine() {
        int hit = r.shards().size();
        return hit == r.shardCount()
                ? "Every shard holds one, so every shard is retrained"
                : hit + " of " + r.shardCount() + (hit == 1 ? " shard is" : " shards are") + " touched; the other "
                        + (r.shardCount() - hit) + " are not retrained at all";
    }

    private void drop() {
        List<Cell> cells = new ArrayList<>();
        for (SisaRetrain.Cell c : r.deletedCheckpoints()) {
            cells.add(new Cell(c.shard(), c.slice(), CellMark.DROPPED));
        }
        int n = cells.size();
        steps.add(Step.of(
                        "Drop the checkpoints from that slice on",
                        "A shard is trained slice by slice, adding one slice at a time, with a checkpoint of its model"
                                + " after each. Every checkpoint from a forgotten row's slice on has learned from it,"
                                + " so " + n + (n == 1 ? " checkpoint is" : " checkpoints are") + " deleted: "
                                + ranges() + ".")
                .withGrid(grid(cells)));
    }

    private String ranges() {
        List<String> out = new ArrayList<>();
        for (SisaRetrain.ShardRetrain s : r.shards()) {
            out.add("shard " + (s.shard() + 1) + " from slice " + (s.fromSlice() + 1) + " to " + r.sliceCount());
        }
        return String.join("; ", out);
    }

    private void restore() {
        List<Cell> cells = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (SisaRetrain.ShardRetrain s : r.shards()) {
            if (s.fromSlice() > 0) {
                cells.add(new Cell(s.shard(), s.fromSlice() - 1, CellMark.RESTORED));
                from.add("shard " + (s.shard() + 1) + " restores its checkpoint after slice " + s.fromSlice());
            } else {
                from.add("shard " + (s.shard() + 1) + " starts from scratch (the row was in its first slice)");
            }
        }
        steps.add(Step.of(
                        "Restore the checkpoint before",
                        "The last checkpoint that never saw a forgotten row is still good: training resumes from it"
                                + " instead of from scratch. " + Walkthrough.capitalized(String.join("; ", from))
                                + ".")
                .withGrid(grid(cells)));
    }

    private void retrain() {
        int first = r.shards().stream()
                .mapToInt(SisaRetrain.ShardRetrain::fromSlice)
                .min()
                .orElse(r.sliceCount());
        for (int slice = first; slice < r.sliceCount(); slice++) {
            List<Cell> cells = new ArrayList<>();
            List<String> doing = new ArrayList<>();
            long work = 0;
            for (SisaRetrain.ShardRetrain s : r.shards()) {
                for (int done = s.fromSlice(); done < r.sliceCount(); done++) {
                    cells.add(new Cell(s.shard(), done, done <= slice ? CellMark.RETRAINED : CellMark.DROPPED));
                }
                if (slice >= s.fromSlice()) {
                    long w = s.stepWork()[slice - s.fromSlice()];
                    work += w;
                    doing.add("shard " + (s.shard() + 1) + " (" + w + " sample gradients)");
                }
            }
            steps.add(Step.of(
                            "Retrain slice " + (slice + 1) + " of " + r.sliceCount(),
                            "Slice " + (slice + 1) + " is added and trained on, without the forgotten rows, and a new"
                                    + " checkpoint is taken: " + String.join(", ", doing) + ". The shards retrain side"
                                    + " by side.")
                    .withGrid(grid(cells))
                    .withFigures(List.of(Figure.of("sample gradients in this step", work))));
        }
    }

    private void aggregate() {
        int hit = r.shards().size();
        double share = report.retrainedFraction();
        steps.add(Step.of(
                        "Aggregate again",
                        "The ensemble answers by combining its " + r.shardCount() + " shard models; " + hit + " of them"
                                + (hit == 1 ? " is" : " are") + " new. In all the request redid " + report.workUnits()
                                + " of " + report.fullWorkUnits() + " sample gradients, "
                                + Math.round(share * 1000) / 10.0 + "% of a full training, and the result is exactly"
                                + " the ensemble trained from scratch without the rows.")
                .withFigures(List.of(new Figure("share of a full training redone", report.workUnits(), share))));
    }

    private Grid grid(List<Cell> cells) {
        return new Grid(r.shardCount(), r.sliceCount(), cells);
    }
}
