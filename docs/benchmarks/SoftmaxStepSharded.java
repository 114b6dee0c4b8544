// The softmax's accuracy at chosen SISA shard and slice counts and mean steps, on MonolithicSideBySide's split
// (80/20 by the seed 1, the first CAP training rows; CAP 0 for all), keyed sharding, mean aggregation, seed 1.
// Usage: java -cp app/target/unlearn.jar docs/benchmarks/SoftmaxStepSharded.java FILE LABEL CAP S R STEP...
//   STEP: a mean step size, or "default" for SoftmaxLearner.defaults(); -Depochs=N (20), -Dbalanced=true.
// Accuracy is deterministic; no times are printed.
import java.nio.file.Path;
import java.util.Locale;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.model.sisa.SisaOptions;
import org.unlearn.model.sisa.SoftmaxLearner;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/** Prints one accuracy line per step. */
public class SoftmaxStepSharded {
    static SisaOptions opts(int s, int r, SoftmaxLearner l) {
        int epochs = Integer.getInteger("epochs", 20);
        SisaOptions o = SisaOptions.of(s, r, l).withEpochs(epochs);
        return Boolean.getBoolean("balanced") ? new SisaOptions(o.shards(), o.slices(), o.epochs(), l, o.aggregation(), new org.unlearn.model.sisa.BalancedSharding(), 0) : o;
    }

    public static void main(String[] a) throws Exception {
        TrainingSet all = PreparedData.load(Path.of(a[0]), a[1], Encoding.Options.DEFAULT, Progress.NONE).rows();
        Split split = Split.of(all, 0.2, 1);
        TrainingSet train = split.train();
        int cap = Integer.parseInt(a[2]);
        if (cap > 0 && train.size() > cap) {
            int[] first = new int[cap];
            for (int i = 0; i < cap; i++) first[i] = i;
            train = train.select(first);
        }
        int shards = Integer.parseInt(a[3]), slices = Integer.parseInt(a[4]);
        for (int i = 5; i < a.length; i++) {
            SoftmaxLearner l = a[i].equals("default") ? SoftmaxLearner.defaults() : new SoftmaxLearner(Double.parseDouble(a[i]), 32, 1e-4);
            SisaModel m = SisaModel.fit(train, opts(shards, slices, l), 1, Progress.NONE);
            System.out.printf(Locale.ROOT, "%s epochs=" + Integer.getInteger("epochs", 20) + " balanced=" + Boolean.getBoolean("balanced") + " S=%d R=%d lr=%s accuracy=%.4f%n", Path.of(a[0]).getFileName(), shards, slices, a[i].equals("default") ? "default(" + l.learningRate() + ")" : a[i], Quality.accuracy(m, split.test()));
        }
    }
}
