package org.unlearn.views.consequences;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.views.forget.HistoryEntry;

/**
 * The lines the consequence charts draw, worked out from the model chain's history (oldest request first)
 * and from the replays of its requests by other contenders.
 */
final class Consequences {
    private Consequences() {}

    /** Quality against rows forgotten: the training at x = 0, then one point per request. */
    static List<Curve> drift(List<HistoryEntry> oldestFirst, List<Replay.Line> replays) {
        List<Curve> out = new ArrayList<>();
        if (oldestFirst.isEmpty()) {
            return out;
        }
        int n = oldestFirst.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = oldestFirst.get(i).forgottenSoFar();
            y[i] = oldestFirst.get(i).state().quality();
        }
        out.add(new Curve(ownName(oldestFirst), true, x, y));
        for (Replay.Line line : replays) {
            int m = line.steps().size();
            double[] rx = new double[m + 1];
            double[] ry = new double[m + 1];
            ry[0] = line.trainedQuality();
            for (int i = 0; i < m; i++) {
                rx[i + 1] = line.steps().get(i).forgotten();
                ry[i + 1] = line.steps().get(i).quality();
            }
            out.add(new Curve(line.name(), false, rx, ry));
        }
        return out;
    }

    /**
     * The cost of each request, by request number: wall time in milliseconds, or work in the family's
     * unit (only for the lines that count in it). A retrain from scratch does not count its own work; it is
     * charged a full training's, as the chain's family counts it for the same request.
     *
     * @param numbers the history number of each replayed request (a consolidation has none), so each replayed
     *                step lines up with the request it carried out
     */
    static List<Curve> cost(
            List<HistoryEntry> oldestFirst, List<Replay.Line> replays, List<Integer> numbers, CostMeasure measure) {
        List<Curve> out = new ArrayList<>();
        List<ForgetReport> own =
                oldestFirst.stream().skip(1).map(e -> e.request().report()).toList();
        if (own.isEmpty()) {
            return out;
        }
        double[] x = new double[own.size()];
        double[] y = new double[own.size()];
        for (int i = 0; i < own.size(); i++) {
            x[i] = i + 1;
            y[i] = measure == CostMeasure.TIME
                    ? millis(own.get(i).elapsed())
                    : own.get(i).workUnits();
        }
        out.add(new Curve(ownName(oldestFirst), true, x, y));
        for (Replay.Line line : replays) {
            if (measure == CostMeasure.WORK && !sameUnit(oldestFirst, line)) {
                continue;
            }
            int m = line.steps().size();
            double[] rx = new double[m];
            double[] ry = new double[m];
            for (int i = 0; i < m; i++) {
                Replay.Step step = line.steps().get(i);
                int number = numbers.get(i);
                rx[i] = number;
                if (measure == CostMeasure.TIME) {
                    ry[i] = millis(step.elapsed());
                } else if (step.workUnits() != Replay.UNKNOWN) {
                    ry[i] = step.workUnits();
                } else {
                    ry[i] = number - 1 < own.size() ? own.get(number - 1).fullWorkUnits() : Double.NaN;
                }
            }
            out.add(new Curve(line.name(), false, rx, ry));
        }
        return out;
    }

    /**
     * True when a replayed line counts work in the chain's unit: every k-means family counts point–centroid
     * distances; otherwise only the chain's own family (its retrain, its other deletion methods) does.
     */
    private static boolean sameUnit(List<HistoryEntry> oldestFirst, Replay.Line line) {
        HistoryEntry training = oldestFirst.get(0);
        return training.state().clusters() || line.name().startsWith(training.familyTitle());
    }

    private static String ownName(List<HistoryEntry> oldestFirst) {
        return oldestFirst.get(0).familyTitle() + " — this model";
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
