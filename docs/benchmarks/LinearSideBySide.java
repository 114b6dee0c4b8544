// Our side of docs/benchmarks/linear_side_by_side.sh: loads a file as the app encodes it, writes the
// encoded matrix (x̃ = x with a constant 1 appended, as our models and the scikit-learn oracle use it)
// for the reference side, and times our training and removals on exactly those rows.
//
// Usage: java -cp CLASSPATH docs/benchmarks/LinearSideBySide.java FILE LABEL logreg|ridge|export LAMBDA OUT [A,B|-] [REPEAT]
// (export: write the matrix only)
// Writes OUT.x (float64, n × (d+1), row-major, little-endian), OUT.y (logreg: int32 class; ridge: float64
// target, a two-class label as −1/+1) and
// prints one JSON line of our times in milliseconds (medians over REPEAT after a warm-up of at least one run
// and up to two seconds; NAME_cpu_ms: the CPU time of all the JVM's threads per timed run, the mean over
// REPEAT; NAME_first_ms: the first run in the process, before the JIT has compiled it).
import java.io.DataOutputStream;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.linear.DeletionMethod;
import org.unlearn.model.linear.LogisticModel;
import org.unlearn.model.linear.RidgeModel;
import org.unlearn.model.util.Progress;

public class LinearSideBySide {
    public static void main(String[] args) throws IOException {
        TrainingSet rows = PreparedData.load(Path.of(args[0]), args[1], Encoding.Options.DEFAULT, Progress.NONE).rows();
        String model = args[2];
        double lambda = Double.parseDouble(args[3]);
        String out = args[4];
        if (args.length > 5 && !args[5].equals("-")) {
            rows = twoClasses(rows, args[5].split(","));
        }
        int repeat = args.length > 6 ? Integer.parseInt(args[6]) : 3;
        write(rows, out, model.equals("ridge"));
        if (model.equals("export")) {
            return;
        }
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT, "{\"side\":\"ours\",\"rows\":%d,\"columns\":%d",
                rows.size(), rows.dimension() + 1));
        if (model.equals("logreg")) {
            TrainingSet data = rows;
            LogisticModel.Options o = LogisticModel.Options.of(lambda);
            json.append(time("fit_ms", repeat, () -> LogisticModel.fit(data, o, 1, Progress.NONE)));
            LogisticModel m = LogisticModel.fit(data, o, 1, Progress.NONE);
            json.append(String.format(Locale.ROOT, ",\"iterations\":%d", m.iterations()));
            json.append(quality(data, m.parameters(), lambda, m::predict));
            int[] one = {data.rowId(data.size() / 2)};
            // the first removal after a training may form the inverse Hessian (wide data): timed on its own
            long first = System.nanoTime();
            m.forget(one, DeletionMethod.NEWTON, Progress.NONE);
            json.append(String.format(Locale.ROOT, ",\"first_newton_1_ms\":%.3f", (System.nanoTime() - first) / 1e6));
            json.append(time("newton_1_ms", repeat, () -> m.forget(one, DeletionMethod.NEWTON, Progress.NONE)));
            json.append(time("influence_1_ms", repeat, () -> m.forget(one, DeletionMethod.INFLUENCE, Progress.NONE)));
        } else {
            TrainingSet data = rows;
            RidgeModel.Options o = RidgeModel.Options.of(lambda);
            RidgeModel m = RidgeModel.fit(data, o, 1, Progress.NONE);
            int[] one = {data.rowId(0)};
            int[] hundred = new int[Math.min(100, data.size() - 1)];
            for (int i = 0; i < hundred.length; i++) {
                hundred[i] = data.rowId(i);
            }
            TrainingSet left = data.without(one);
            json.append(time("retrain_ms", repeat, () -> RidgeModel.fit(left, o, 1, Progress.NONE)));
            json.append(time("newton_1_ms", repeat, () -> m.forget(one, DeletionMethod.NEWTON, Progress.NONE)));
            json.append(time("newton_100_ms", repeat, () -> m.forget(hundred, DeletionMethod.NEWTON, Progress.NONE)));
        }
        System.out.println(json.append('}'));
    }

    /**
     * The summed objective Σ_k [Σᵢ log(1 + e^{mᵢ}) − yᵢmᵢ + λ/2 ||θ_k||²] over the problems (one, or one per class),
     * the largest gradient norm among them, and the training accuracy: the reference prints the same three
     * for scikit-learn's coefficients, computed the same way in numpy.
     */
    private static String quality(TrainingSet data, double[] theta, double lambda,
            java.util.function.ToIntFunction<double[]> predict) {
        int d1 = data.dimension() + 1;
        int problems = theta.length / d1;
        double objective = 0;
        double gradient = 0;
        for (int k = 0; k < problems; k++) {
            int positive = problems == 1 ? 1 : k;
            double[] g = new double[d1];
            double reg = 0;
            for (int j = 0; j < d1; j++) {
                reg += theta[k * d1 + j] * theta[k * d1 + j];
                g[j] = lambda * theta[k * d1 + j];
            }
            objective += lambda / 2 * reg;
            for (int p = 0; p < data.size(); p++) {
                double[] x = data.row(p);
                double m = theta[k * d1 + d1 - 1];
                for (int j = 0; j < x.length; j++) {
                    m += theta[k * d1 + j] * x[j];
                }
                int y = data.label(p) == positive ? 1 : 0;
                objective += Math.max(m, 0) + Math.log1p(Math.exp(-Math.abs(m))) - y * m;
                double r = 1 / (1 + Math.exp(-m)) - y;
                for (int j = 0; j < x.length; j++) {
                    g[j] += r * x[j];
                }
                g[d1 - 1] += r;
            }
            double norm = 0;
            for (double v : g) {
                norm += v * v;
            }
            gradient = Math.max(gradient, Math.sqrt(norm));
        }
        int right = 0;
        for (int p = 0; p < data.size(); p++) {
            right += predict.applyAsInt(data.row(p)) == data.label(p) ? 1 : 0;
        }
        return String.format(Locale.ROOT, ",\"objective\":%.10g,\"gradient\":%.3g,\"accuracy\":%.5f",
                objective, gradient, right / (double) data.size());
    }

    /** CPU time of every live thread of this JVM (the Gram's helpers included), in nanoseconds. */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            sum += Math.max(0, t);
        }
        return sum;
    }

    /**
     * Warm-up: at least once, and for small work until two seconds have gone, so the JIT has compiled it (a
     * cap of 50 runs, as before, left sub-millisecond work timed in the JIT's first-tier code). The first
     * run of the process is reported beside, as {@code NAME_first}.
     */
    private static String time(String name, int repeat, Runnable work) {
        long warm = System.nanoTime();
        work.run();
        double first = (System.nanoTime() - warm) / 1e6;
        for (int i = 1; i < 200_000 && System.nanoTime() - warm < 2_000_000_000L; i++) {
            work.run();
        }
        double[] ms = new double[repeat];
        long cpu = cpuNanos();
        for (int r = 0; r < repeat; r++) {
            long t = System.nanoTime();
            work.run();
            ms[r] = (System.nanoTime() - t) / 1e6;
        }
        double cpuMs = (cpuNanos() - cpu) / 1e6 / repeat;
        Arrays.sort(ms);
        return String.format(
                Locale.ROOT,
                ",\"%s\":%.3f,\"%s\":%.3f,\"%s\":%.3f",
                name,
                ms[repeat / 2],
                name.replace("_ms", "_cpu_ms"),
                cpuMs,
                name.replace("_ms", "_first_ms"),
                first);
    }

    private static TrainingSet twoClasses(TrainingSet rows, String[] names) {
        int a = rows.classes().indexOf(names[0].strip());
        int b = rows.classes().indexOf(names[1].strip());
        List<Integer> keep = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            if (rows.label(p) == a || rows.label(p) == b) {
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
            y[i] = rows.label(p) == a ? 0 : 1;
        }
        return new TrainingSet(rows.name(), x, ids, y, null, List.of(names[0].strip(), names[1].strip()), rows.features());
    }

    /** Ridge regresses a two-class label as −1/+1, as RidgeModel does: the reference gets those numbers. */
    private static void write(TrainingSet rows, String out, boolean ridge) throws IOException {
        int d1 = rows.dimension() + 1;
        ByteBuffer line = ByteBuffer.allocate(8 * d1).order(ByteOrder.LITTLE_ENDIAN);
        try (var x = new BufferedOutputStream(new FileOutputStream(out + ".x"), 1 << 20);
             var y = new BufferedOutputStream(new FileOutputStream(out + ".y"), 1 << 16)) {
            ByteBuffer cell = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            for (int p = 0; p < rows.size(); p++) {
                line.clear();
                for (double v : rows.row(p)) {
                    line.putDouble(v);
                }
                line.putDouble(1);
                x.write(line.array());
                cell.clear();
                if (ridge) {
                    cell.putDouble(rows.isClassification() ? (rows.label(p) == 1 ? 1 : -1) : rows.target(p));
                    y.write(cell.array(), 0, 8);
                } else if (rows.isClassification()) {
                    cell.order(ByteOrder.LITTLE_ENDIAN).putInt(rows.label(p));
                    y.write(cell.array(), 0, 4);
                } else {
                    cell.putDouble(rows.target(p));
                    y.write(cell.array(), 0, 8);
                }
            }
        }
    }
}
