// How much a session's stored model saves when it is opened again: for each family, creates a session on a
// sample (training the model once), then times opening it and reading the model back against opening it with
// a rebuild (training it again on the session's data copy), each the median of REPEAT runs. Run from the
// repository root after `mvn -B -q -DskipTests package`:
//   java -cp "model/target/classes:$(cat /tmp/model.cp)" docs/benchmarks/SessionReopen.java \
//       sample-data/mnist_10k.csv.gz label [REPEAT] [FAMILY:OPTIONS ...]
// (make /tmp/model.cp with `mvn -B -q -o -pl model dependency:build-classpath -Dmdep.outputFile=/tmp/model.cp`)
// FAMILY:OPTIONS is e.g. sisa:shards=10,slices=5,epochs=20 (the default) or dare:trees=20.
// Prints a markdown table and the machine's load before and after.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

public class SessionReopen {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String label = args[1];
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> runs = args.length > 3
                ? Arrays.asList(args).subList(3, args.length)
                : List.of("sisa:shards=10,slices=5,epochs=20");
        System.out.println("load before: " + load());
        System.out.println();
        System.out.println("| model | rows | train (create) s | open + read model s | open + retrain s | of which reading"
                + " and encoding the copy s | model file MB |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String run : runs) {
            String family = run.split(":", 2)[0];
            Map<String, String> options = new LinkedHashMap<>();
            if (run.contains(":")) {
                for (String kv : run.split(":", 2)[1].split(",")) {
                    options.put(kv.split("=")[0], kv.split("=")[1]);
                }
            }
            Path dir = Files.createTempDirectory("reopen");
            Files.delete(dir);
            long t0 = System.nanoTime();
            int rows;
            try (Session s = Session.create(dir, data, label, family, options, 42, 0.2, Storage.DEFAULT, Progress.NONE)) {
                rows = s.remainingRows();
            }
            double create = (System.nanoTime() - t0) / 1e9;
            double[] read = new double[repeat];
            double[] retrain = new double[repeat];
            String hash = null;
            for (int i = 0; i < repeat; i++) {
                long a = System.nanoTime();
                try (Session s = Session.open(dir, Storage.DEFAULT)) {
                    hash = s.modelHash();
                }
                read[i] = (System.nanoTime() - a) / 1e9;
                long b = System.nanoTime();
                try (Session s = Session.rebuild(dir, Storage.DEFAULT)) {
                    if (!s.modelHash().equals(hash)) {
                        throw new IllegalStateException("the rebuilt model differs from the stored one");
                    }
                }
                retrain[i] = (System.nanoTime() - b) / 1e9;
            }
            double[] dataOnly = new double[repeat];
            for (int i = 0; i < repeat; i++) {
                long c = System.nanoTime();
                org.unlearn.model.data.PreparedData.load(
                        dir.resolve("data-1.csv"), label, org.unlearn.model.data.Encoding.Options.DEFAULT, Progress.NONE);
                dataOnly[i] = (System.nanoTime() - c) / 1e9;
            }
            long size = 0;
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("model-")).toList()) {
                    size += Files.size(f);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %s %s | %d | %.2f | %.2f | %.2f | %.2f | %.1f |%n",
                    family,
                    options,
                    rows,
                    create,
                    median(read),
                    median(retrain),
                    median(dataOnly),
                    size / 1e6);
        }
        System.out.println();
        System.out.println("load after: " + load());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
