// The shape of Guo et al. 2020 (Certified Data Removal), Fig. 2 left: how many removals a certified
// logistic regression supports before its (ε, δ) budget forces a retrain, against λ and σ, on a binary
// MNIST pair. Run from the repository root:
//   java -cp CLASSPATH docs/benchmarks/GuoRemovals.java sample-data/mnist_10k.csv.gz 3,8 [CAP] [SEED]
// Prints a markdown table: for each λ (our summed loss, = Guo's λ·n) and σ, the removals before the first
// forced retrain (">CAP" when none in CAP requests) and the test accuracy of the model trained with that noise.
// Rows are the app's standardized pixels scaled to unit norm, as Guo et al. assume.
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.linear.Certification;
import org.unlearn.model.linear.DeletionMethod;
import org.unlearn.model.linear.LogisticModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

public class GuoRemovals {
    public static void main(String[] args) {
        TrainingSet all = PreparedData.load(Path.of(args[0]), "label", Encoding.Options.DEFAULT, Progress.NONE).rows();
        TrainingSet pair = unitRows(twoClasses(all, args[1].split(",")));
        int cap = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Split split = Split.of(pair, 0.2, seed);
        TrainingSet train = split.train();
        // Guo's λ on the mean loss is 1e-4 to 1e-2; ours is on the sum, so λ·n
        double[] lambdas = {1e-3 * train.size(), 1e-2 * train.size(), 1e-1 * train.size(), train.size()};
        double[] sigmas = {0.1, 1, 10};
        double epsilon = 1;
        double delta = 1e-4;
        System.out.printf(Locale.ROOT, "MNIST %s, %d training rows, %d columns, ε = %g, δ = %g, newton removals of"
                + " random rows, one at a time, rows scaled to norm 1%n%n", args[1], train.size(), train.dimension() + 1, epsilon, delta);
        StringBuilder header = new StringBuilder("| λ (Guo's λ·n) |");
        StringBuilder rule = new StringBuilder("|---|");
        for (double s : sigmas) {
            header.append(String.format(Locale.ROOT, " σ = %g: removals | accuracy |", s));
            rule.append("---|---|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (double lambda : lambdas) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %g (%.2g) |", lambda, lambda / train.size()));
            for (double sigma : sigmas) {
                LogisticModel m = LogisticModel.fit(train, new LogisticModel.Options(lambda, DeletionMethod.NEWTON,
                        new Certification(epsilon, delta, sigma)), seed, Progress.NONE);
                double accuracy = Quality.accuracy(m, split.test());
                Random random = new Random(seed);
                int supported = 0;
                while (supported < cap) {
                    int id = m.trainingData().rowId(random.nextInt(m.trainingData().size()));
                    var f = m.forget(new int[] {id}, Progress.NONE);
                    if (f.report().exact()) {
                        break;
                    }
                    m = f.model();
                    supported++;
                }
                line.append(String.format(Locale.ROOT, " %s | %.3f |", supported >= cap ? ">" + cap : "" + supported,
                        accuracy));
            }
            System.out.println(line);
        }
    }

    /** Each row scaled to norm 1, as Guo et al. assume (‖x‖ ≤ 1); the bound grows with max ‖x̃‖. */
    private static TrainingSet unitRows(TrainingSet rows) {
        double[][] x = new double[rows.size()][];
        int[] ids = new int[rows.size()];
        int[] y = new int[rows.size()];
        for (int p = 0; p < x.length; p++) {
            double[] r = rows.row(p);
            double norm = 0;
            for (double v : r) {
                norm += v * v;
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 1;
            x[p] = new double[r.length];
            for (int j = 0; j < r.length; j++) {
                x[p][j] = r[j] * scale;
            }
            ids[p] = rows.rowId(p);
            y[p] = rows.label(p);
        }
        return new TrainingSet(rows.name(), x, ids, y, null, rows.classes(), rows.features());
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
}
