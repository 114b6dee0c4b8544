package org.unlearn.views.forget;

import java.util.Arrays;
import java.util.List;
import org.unlearn.model.forget.ErasureScope;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Indebted;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.verify.ParameterDistance;
import org.unlearn.views.common.Figures;

/**
 * What one forget request did, measured: the method, exactness, wall time, the share of a training it
 * redid, the engine's line, and what changed (loss, centroids).
 *
 * @param filter the filter expression that chose the rows, or null when they were picked otherwise
 */
public record RequestReport(
        String headline,
        String method,
        String exactness,
        String wallTime,
        String work,
        String engine,
        String loss,
        String centroids,
        ForgetReport report,
        String filter) {
    /** Picked rows named in a headline before it says "and N more". */
    private static final int NAMED = 6;

    static RequestReport of(ForgetReport report, ModelState before, ModelState after) {
        String work = report.method().equals(ErasureScope.HELD_OUT)
                ? "none: the model did not change"
                : report.fullWorkUnits() <= 0
                        ? "not counted by this family"
                        : Figures.percent(report.retrainedFraction()) + " of a full training ("
                                + Figures.count(report.workUnits()) + " of " + Figures.count(report.fullWorkUnits())
                                + " "
                                + before.workUnit() + ")";
        String loss = Figures.value(before.quality()) + " → " + Figures.value(after.quality()) + " ("
                + Figures.change(after.quality() - before.quality()) + ")";
        String exactness = report.exact()
                ? "yes, by construction" + (report.certified() ? " (certified)" : "")
                : "no: approximate" + bound(after);
        String method = method(report);
        String engine = report.summary();
        String headline = report.method().equals("consolidate")
                ? "Consolidated: retrained exactly, debt paid"
                : headline(report.rowIds());
        return new RequestReport(
                headline,
                method,
                exactness,
                Figures.duration(report.elapsed()),
                work,
                Figures.sameLine(method, engine) ? "" : engine,
                loss,
                movement(before, after),
                report,
                null);
    }

    /** The same report, its rows chosen by this filter expression (null: picked otherwise). */
    RequestReport chosenBy(String expression) {
        return new RequestReport(
                headline, method, exactness, wallTime, work, engine, loss, centroids, report, expression);
    }

    /** What the engine can promise about an approximate model's distance from the exact retrain. */
    private static String bound(ModelState after) {
        if (after.model() instanceof Indebted owing
                && Double.isFinite(owing.owed().distanceBound())) {
            return "; at most " + Figures.distance(owing.owed().distanceBound())
                    + " from the exact optimum's parameters"
                    + " (bound on the distance, rounding included; a retrain lies within its own rounding of that optimum)";
        }
        return "";
    }

    /** "Forgot 9 rows (11–19)": runs read as ranges; past {@link #NAMED} pieces, "and N more rows". */
    static String headline(int[] rowIds) {
        RowSelection rows = RowSelection.of(rowIds);
        if (rows.size() == 1) {
            return "Forgot row " + rows.id(0);
        }
        List<String> pieces = rows.ranges();
        String named;
        if (pieces.size() <= NAMED) {
            named = String.join(", ", pieces);
        } else {
            List<String> shown = pieces.subList(0, NAMED);
            int listed = 0;
            for (String piece : shown) {
                String[] ends = piece.split("–");
                listed += ends.length == 1 ? 1 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1;
            }
            named = String.join(", ", shown) + " and "
                    + Figures.rows(rows.size() - listed).replace(" row", " more row");
        }
        return "Forgot " + Figures.count(rows.size()) + " rows (" + named + ")";
    }

    /** The engine's own line says how it forgot. */
    private static String method(ForgetReport report) {
        return report.summary();
    }

    /** How far a parametric model's parameters moved; empty for a model that is not one vector. */
    private static String parameterChange(ModelState before, ModelState after) {
        if (!(before.model() instanceof Parametric was) || !(after.model() instanceof Parametric now)) {
            return "";
        }
        double[] a = was.parameters();
        double[] b = now.parameters();
        if (Arrays.equals(a, b)) {
            return "none moved: the parameters are the same, bit for bit";
        }
        double moved = ParameterDistance.euclidean(a, b);
        double norm = ParameterDistance.euclidean(a, new double[a.length]);
        return "moved by " + Figures.distance(moved) + " (" + Figures.percent(moved / Math.max(norm, Double.MIN_NORMAL))
                + " of their length)";
    }

    /** Which centroids moved, compared bit for bit, and by how much the farthest did. */
    private static String movement(ModelState before, ModelState after) {
        if (!before.clusters()) {
            return parameterChange(before, after);
        }
        double[][] was = before.centroids();
        double[][] now = after.centroids();
        if (was.length != now.length) {
            return "k changed from " + was.length + " to " + now.length;
        }
        int moved = 0;
        double farthest = 0;
        for (int c = 0; c < now.length; c++) {
            if (!Arrays.equals(was[c], now[c])) {
                moved++;
                farthest = Math.max(farthest, ParameterDistance.euclidean(was[c], now[c]));
            }
        }
        if (moved == 0) {
            return "none moved: every centroid is the same, bit for bit";
        }
        return moved + " of " + now.length + " moved; the farthest by " + Figures.distance(farthest)
                + " (in the encoded features' units)";
    }
}
