// The monolithic SISA constituent (S = 1, R = 1: one softmax or MLP on all training rows) on the same encoded
// matrix and split that scikit-learn gets: trains ours, prints its held-out accuracy and training time as one
// JSON line, and writes the split for monolithic_reference.py.
//
// Usage: java -cp CLASSPATH docs/benchmarks/MonolithicSideBySide.java FILE LABEL softmax|mlp OUT [EPOCHS] [MAX_TRAIN_ROWS]
// Writes OUT.train.x / OUT.test.x (float64, n × d, row-major, little-endian) and OUT.train.y / OUT.test.y
// (int32 class index), the 80/20 split by the seed 1 (the bench's), before any cap on the training rows, and
// OUT.ours.w, our constituent's parameters (float64), so the reference can evaluate our training objective.

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.sisa.Learner;
import org.unlearn.model.sisa.MlpLearner;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.model.sisa.SisaOptions;
import org.unlearn.model.sisa.SoftmaxLearner;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

public class MonolithicSideBySide {
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String label = args[1];
        Learner learner = args[2].equals("mlp") ? MlpLearner.defaults() : SoftmaxLearner.defaults();
        String out = args[3];
        int epochs = args.length > 4 ? Integer.parseInt(args[4]) : SisaOptions.DEFAULT_EPOCHS;
        int cap = args.length > 5 ? Integer.parseInt(args[5]) : Integer.MAX_VALUE;
        TrainingSet all = PreparedData.load(file, label, Encoding.Options.DEFAULT, Progress.NONE).rows();
        Split split = Split.of(all, 0.2, 1);
        TrainingSet train = split.train();
        if (train.size() > cap) {
            int[] first = new int[cap];
            for (int i = 0; i < cap; i++) {
                first[i] = i;
            }
            train = train.select(first);
        }
        write(train, out + ".train");
        write(split.test(), out + ".test");
        SisaOptions options = SisaOptions.of(1, 1, learner).withEpochs(epochs);
        long t0 = System.nanoTime();
        SisaModel model = SisaModel.fit(train, options, 1, Progress.NONE);
        double ms = (System.nanoTime() - t0) / 1e6;
        writeWeights(model.constituent(0).parameters(), out + ".ours");
        System.out.printf(
                Locale.ROOT,
                "{\"learner\": \"%s\", \"train_rows\": %d, \"test_rows\": %d, \"features\": %d, \"epochs\": %d,"
                        + " \"accuracy\": %.4f, \"train_ms\": %.1f}%n",
                learner.name(),
                train.size(),
                split.test().size(),
                train.dimension(),
                epochs,
                Quality.accuracy(model, split.test()),
                ms);
    }

    private static void write(TrainingSet rows, String prefix) throws IOException {
        int d = rows.dimension();
        try (DataOutputStream x = stream(prefix + ".x");
                DataOutputStream y = stream(prefix + ".y")) {
            ByteBuffer row = ByteBuffer.allocate(8 * d).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer one = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            for (int p = 0; p < rows.size(); p++) {
                row.clear();
                for (double v : rows.row(p)) {
                    row.putDouble(v);
                }
                x.write(row.array());
                one.clear();
                one.putInt(rows.label(p));
                y.write(one.array());
            }
        }
        try (DataOutputStream shape = stream(prefix + ".shape")) {
            shape.write((rows.size() + " " + d + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    /** Our constituent's parameters (the softmax's k × (d + 1), each class's weights then its bias). */
    private static void writeWeights(double[] w, String prefix) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(8 * w.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : w) {
            all.putDouble(v);
        }
        try (DataOutputStream out = stream(prefix + ".w")) {
            out.write(all.array());
        }
    }

    private static DataOutputStream stream(String path) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(new FileOutputStream(path)));
    }
}
