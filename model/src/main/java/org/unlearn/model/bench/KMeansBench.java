package org.unlearn.model.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Trainer;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.model.verify.Quality;

/**
 * The k-means family as {@code bench} drives it: Lloyd (retrain), Q-k-means (certify or resume) and
 * DC-k-means (re-run a leaf and its ancestors), scored by the k-means loss on the rows each model
 * reflects. k defaults to the label's class count when there is one, else 8.
 */
final class KMeansBench<M extends ClusteringModel<M>> implements BenchFamily<M> {
    private final String model;
    private final ModelParameters parameters;
    private final Function<TrainingSet, Map<String, Object>> describe;
    private final Function<TrainingSet, Trainer<M>> trainers;
    private final Set<Figure> figures;
    private final BenchFamily<?> baseline;
    private Map<String, Object> options = Map.of();

    private KMeansBench(String model, ModelParameters parameters, Function<TrainingSet, Map<String, Object>> describe,
                        Function<TrainingSet, Trainer<M>> trainers, Set<Figure> figures, BenchFamily<?> baseline) {
        this.model = model;
        this.parameters = parameters;
        this.describe = describe;
        this.trainers = trainers;
        this.figures = figures;
        this.baseline = baseline;
    }

    static BenchFamily<?> create(String model, ModelParameters p) {
        return switch (model) {
            case "kmeans", "lloyd" -> lloyd(p);
            case "qkmeans" -> {
                p.refuseAllBut(model, Set.of("--k", "--iterations", "--epsilon"), List.of("tol", "gamma"));
                yield new KMeansBench<QKMeans>("qkmeans", p, data -> describe(qkmeans(p, data)),
                        data -> QKMeans.trainer(qkmeans(p, data)), Set.of(Figure.CERTIFIED_FRACTION,
                        Figure.RETRAINED_FRACTION), lloydBaseline(p));
            }
            case "dckmeans" -> {
                p.refuseAllBut(model, Set.of("--k", "--iterations", "--leaves"), List.of("tol", "width"));
                yield new KMeansBench<DCKMeans>("dckmeans", p, data -> describe(dckmeans(p, data)),
                        data -> DCKMeans.trainer(dckmeans(p, data)), Set.of(Figure.RETRAINED_FRACTION), null);
            }
            default -> throw new IllegalArgumentException(model);
        };
    }

    private static KMeansBench<LloydKMeans> lloyd(ModelParameters p) {
        p.refuseAllBut("kmeans", Set.of("--k", "--iterations"), List.of("tol"));
        return lloydBaseline(p);
    }

    /** Lloyd with the same k, cap and tolerance, whatever else the options hold. */
    private static KMeansBench<LloydKMeans> lloydBaseline(ModelParameters p) {
        return new KMeansBench<>("kmeans", p, data -> describe(lloyd(p, data)), data -> LloydKMeans.trainer(lloyd(p, data)),
                Set.of(), null);
    }

    private static LloydKMeans.Options lloyd(ModelParameters p, TrainingSet data) {
        LloydKMeans.Options d = LloydKMeans.Options.of(k(p, data));
        return new LloydKMeans.Options(d.k(), p.iterationsOr(d.maxIterations()), tolerance(p, d.tolerance()));
    }

    private static QKMeans.Options qkmeans(ModelParameters p, TrainingSet data) {
        QKMeans.Options d = QKMeans.Options.of(k(p, data));
        return new QKMeans.Options(d.k(), p.iterationsOr(d.maxIterations()), tolerance(p, d.tolerance()),
                p.epsilonOr(d.epsilon()), p.numberOr("gamma", d.gamma()));
    }

    private static DCKMeans.Options dckmeans(ModelParameters p, TrainingSet data) {
        DCKMeans.Options d = DCKMeans.Options.of(k(p, data));
        int leaves = p.leavesOr(d.leaves());
        return new DCKMeans.Options(d.k(), p.iterationsOr(d.maxIterations()), tolerance(p, d.tolerance()), leaves,
                p.wholeOr("width", Math.max(2, leaves)));
    }

    private static int k(ModelParameters p, TrainingSet data) {
        return p.kOr(ClusteringModel.defaultK(data));
    }

    private static double tolerance(ModelParameters p, double fallback) {
        return p.numberOr("tol", fallback);
    }

    private static Map<String, Object> describe(Record options) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var c : options.getClass().getRecordComponents()) {
            try {
                out.put(c.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT),
                        c.getAccessor().invoke(options));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public boolean supervised() {
        return false;
    }

    @Override
    public Trainer<M> trainer() {
        return (data, seed, progress) -> {
            options = describe.apply(data);
            return trainers.apply(data).train(data, seed, progress);
        };
    }

    @Override
    public String qualityMetric() {
        return "kmeans_loss";
    }

    @Override
    public double quality(M m, TrainingSet heldOut) {
        return Quality.kmeansLoss(m, m.trainingData());
    }

    @Override
    public Set<Figure> figures() {
        return figures;
    }

    @Override
    public Map<String, Object> options() {
        return options;
    }

    @Override
    public Optional<BenchFamily<?>> baseline() {
        return Optional.ofNullable(baseline);
    }

    @Override
    public Map<String, Object> details(M m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("k", m.k());
        if (m instanceof LloydKMeans l) {
            out.put("iterations", l.iterations());
        } else if (m instanceof QKMeans q) {
            out.put("iterations", q.iterations());
            out.put("stopped_early", q.stoppedEarly());
        } else if (m instanceof DCKMeans dc) {
            out.put("leaf_rows_min", java.util.Arrays.stream(dc.leafSizes()).min().orElse(0));
            out.put("leaf_rows_max", java.util.Arrays.stream(dc.leafSizes()).max().orElse(0));
        }
        return out;
    }
}
