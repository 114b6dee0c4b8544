package org.unlearn.views.consequences;

import java.nio.file.Path;
import java.util.Locale;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetViewModel;

/**
 * Times Compare as the window does it, without the window: open a file, train a family, forget some single
 * rows, then compare (and compare again after one more request). A benchmark, not a test: run it as
 * docs/benchmarks/compare.sh says, on a quiet machine, and read its lines.
 *
 * <p>Arguments: FILE LABEL FAMILY REQUESTS (the rows forgotten are 1, 2, …, one per request).
 */
public final class CompareTiming {
    private CompareTiming() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String label = args[1];
        String family = args[2];
        int requests = Integer.parseInt(args[3]);
        ImmediateWork work = new ImmediateWork();
        DataViewModel data = new DataViewModel(work);
        ForgetViewModel forget = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        ConsequencesViewModel model = new ConsequencesViewModel(work, forget.chain());
        Thread watch = new Thread(() -> {
            long start = System.nanoTime();
            try {
                while (true) {
                    Thread.sleep(15_000);
                    System.out.printf(
                            Locale.ROOT,
                            "    [%.0f s] %s%n",
                            (System.nanoTime() - start) / 1e9,
                            work.messageProperty().get());
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        });
        watch.setDaemon(true);
        if (Boolean.getBoolean("compare.watch")) {
            watch.start();
        }
        data.open(new OpenRequest(file, label));
        forget.form().choose(family);
        long t0 = System.nanoTime();
        forget.train();
        print("train", t0);
        for (int i = 1; i <= requests; i++) {
            forget.picks().pickTextProperty().set(Integer.toString(i * 7));
            forget.picks().pickTyped();
            forget.forget();
        }
        System.out.println("before compare: " + model.noteProperty().get());
        t0 = System.nanoTime();
        model.compare();
        print("compare", t0);
        model.driftProperty()
                .get()
                .forEach(c -> System.out.println("  line: " + c.name() + " (" + c.size() + " points)"));
        System.out.println("  note: " + model.noteProperty().get());
        System.out.println("  " + model.leftOutProperty().get());
        System.out.println("  status: " + work.messageProperty().get());
        forget.picks().pickTextProperty().set(Integer.toString((requests + 1) * 7));
        forget.picks().pickTyped();
        forget.forget();
        System.out.println("one more request: " + model.noteProperty().get());
        t0 = System.nanoTime();
        model.compare();
        print("compare again", t0);
        System.out.println("  status: " + work.messageProperty().get());
        System.out.println("  jobs: " + work.titles());
    }

    private static void print(String what, long t0) {
        System.out.printf(Locale.ROOT, "%s: %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }
}
