package org.unlearn.model.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.linear.Certification;
import org.unlearn.model.linear.DeletionMethod;
import org.unlearn.model.linear.LinearModel;
import org.unlearn.model.linear.LogisticModel;
import org.unlearn.model.linear.RidgeModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/**
 * Ridge and logistic regression as {@code bench} drives them: {@code --method exact|influence|newton|pru}
 * (default newton), {@code --lambda} (default 1), {@code --set classes=A,B} to keep two classes of the
 * label, and {@code --set epsilon=E,delta=D,sigma=S} (all three) for certified removal (logreg).
 * Ridge regresses a numeric label, or a two-class label as ±1 (scored by accuracy of the sign).
 */
final class LinearBench<M extends LinearModel<M>> implements BenchFamily<M> {
    static final double DEFAULT_LAMBDA = 1;
    private static final List<String> CERTIFIED = List.of("epsilon", "delta", "sigma");

    private final String model;
    private final DeletionMethod method;
    private final Trainer<M> trainer;
    private final String classes;
    private final Map<String, Object> options = new LinkedHashMap<>();
    private boolean regression;

    private LinearBench(String model, DeletionMethod method, Trainer<M> trainer, String classes) {
        this.model = model;
        this.method = method;
        this.trainer = trainer;
        this.classes = classes;
    }

    static BenchFamily<?> create(String model, ModelParameters p) {
        List<String> extras = new ArrayList<>(List.of("classes"));
        if (model.equals("logreg")) {
            extras.addAll(CERTIFIED);
        }
        p.refuseAllBut(model, Set.of("--method", "--lambda"), extras);
        DeletionMethod method = DeletionMethod.of(p.methodOr("newton"));
        double lambda = p.lambdaOr(DEFAULT_LAMBDA);
        String classes = p.extraOr("classes", null);
        LinearBench<?> bench;
        if (model.equals("ridge")) {
            RidgeModel.Options o = new RidgeModel.Options(lambda, method);
            bench = new LinearBench<>(model, method, RidgeModel.trainer(o), classes);
        } else {
            LogisticModel.Options o = new LogisticModel.Options(lambda, method, certification(p));
            bench = new LinearBench<>(model, method, LogisticModel.trainer(o), classes);
            if (o.certification() != null) {
                bench.options.put("epsilon", o.certification().epsilon());
                bench.options.put("delta", o.certification().delta());
                bench.options.put("sigma", o.certification().sigma());
            }
        }
        bench.options.put("method", method.code());
        bench.options.put("lambda", lambda);
        if (classes != null) {
            bench.options.put("classes", classes);
        }
        return bench;
    }

    private static Certification certification(ModelParameters p) {
        int given = (int) CERTIFIED.stream().filter(n -> p.extraOr(n, null) != null).count();
        if (given == 0) {
            return null;
        }
        if (given < CERTIFIED.size()) {
            throw new BadInputException("certified removal needs all of --set epsilon=E --set delta=D --set sigma=S");
        }
        return new Certification(number(p, "epsilon"), number(p, "delta"), number(p, "sigma"));
    }

    private static double number(ModelParameters p, String name) {
        String v = p.extraOr(name, null);
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("--set " + name + "=" + v + ": not a number");
        }
    }

    /** Keeps the rows of two named classes, relabelled 0 and 1 in the order given. */
    static TrainingSet twoClasses(TrainingSet rows, String spec) {
        String[] names = spec.split(",");
        if (names.length != 2 || !rows.isClassification()) {
            throw new BadInputException("--set classes=A,B names two classes of a class label, not \"" + spec + "\"");
        }
        int[] index = new int[2];
        for (int i = 0; i < 2; i++) {
            index[i] = rows.classes().indexOf(names[i].strip());
            if (index[i] < 0) {
                throw new BadInputException("--set classes: \"" + names[i].strip() + "\" is not a class of the label"
                        + " (classes: " + String.join(", ", rows.classes()) + ")");
            }
        }
        if (index[0] == index[1]) {
            throw new BadInputException("--set classes=A,B needs two different classes");
        }
        List<Integer> keep = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            if (rows.label(p) == index[0] || rows.label(p) == index[1]) {
                keep.add(p);
            }
        }
        double[][] x = new double[keep.size()][];
        int[] ids = new int[keep.size()];
        int[] y = new int[keep.size()];
        for (int i = 0; i < x.length; i++) {
            int p = keep.get(i);
            x[i] = rows.row(p);
            ids[i] = rows.rowId(p);
            y[i] = rows.label(p) == index[0] ? 0 : 1;
        }
        return new TrainingSet(rows.name(), x, ids, y, null, List.of(names[0].strip(), names[1].strip()),
                rows.features());
    }

    @Override
    public TrainingSet prepare(TrainingSet rows) {
        TrainingSet out = classes == null ? rows : twoClasses(rows, classes);
        regression = !out.isClassification();
        return out;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public boolean supervised() {
        return true;
    }

    @Override
    public Trainer<M> trainer() {
        return trainer;
    }

    @Override
    public Forgotten<M> forget(M m, int[] rowIds, Progress progress) {
        return m.forget(rowIds, method, progress);
    }

    @Override
    public String qualityMetric() {
        return regression ? "mse" : "accuracy";
    }

    @Override
    public double quality(M m, TrainingSet heldOut) {
        if (m instanceof RidgeModel r) {
            return r.classifies() ? Quality.accuracy(r.asClassifier(), heldOut) : Quality.meanSquaredError(r, heldOut);
        }
        return Quality.accuracy((LogisticModel) m, heldOut);
    }

    @Override
    public Set<Figure> figures() {
        return Set.of(Figure.PARAM_DISTANCE);
    }

    @Override
    public Map<String, Object> options() {
        return options;
    }

    /**
     * distance_bound: the engine's bound on ||θ_unlearned − θ_retrained|| (each within its gradient-residual
     * bound over λ of the exact optimum), null when the method gives none; budget_spent / budget_allowed:
     * the certified gradient-residual budget.
     */
    @Override
    public Map<String, Object> claims(M unlearned, M retrained) {
        Map<String, Object> out = new LinkedHashMap<>();
        double bound = unlearned.distanceBoundTo(retrained);
        out.put("distance_bound", Double.isFinite(bound) ? bound : null);
        if (unlearned.budget() != null) {
            out.put("budget_spent", unlearned.budget().spent());
            out.put("budget_allowed", unlearned.budget().allowed());
        }
        return out;
    }

    @Override
    public Map<String, Object> details(M m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iterations", m.iterations());
        out.put("parameters", m.parameters().length);
        out.put("classes", m.trainingData().isClassification() ? m.trainingData().classCount() : 0);
        if (m.budget() != null) {
            out.put("budget_allowed", m.budget().allowed());
        }
        return out;
    }

}
