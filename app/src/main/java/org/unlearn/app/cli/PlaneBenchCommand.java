package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.util.Json;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.data.ScatterData;
import org.unlearn.views.plane.PickMode;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneView;
import org.unlearn.views.plane.PlaneViewModel;
import org.unlearn.views.plane.PlaneViewport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench-plane FILE [--label COL]}: how long the row plane takes to redraw every row of a file, and
 * to work out which rows a 1,000-vertex lasso holds, against the 50 ms frame budget. Draws off-screen, in a
 * scene of its own, on the real toolkit, so it needs a display: run it under {@code xvfb-run -a}.
 */
@Command(
        name = "bench-plane",
        mixinStandardHelpOptions = true,
        description = "Time the row plane's redraw of every row of FILE and a lasso selection on it (medians), as JSON."
                + " Needs a display: run under xvfb-run -a.")
public final class PlaneBenchCommand implements Callable<Integer> {
    /** One frame at 20 frames a second: what "fluid" is held to. */
    static final double BUDGET_MS = 50;

    private static final long PURPOSE = RowKeys.purpose("bench-plane");

    @Parameters(index = "0", paramLabel = "FILE", description = "the data file")
    Path file;

    @Option(names = "--label", paramLabel = "COL", description = "the label column (inferred if absent)")
    String label;

    @Option(names = "--width", defaultValue = "1200", description = "the plane's width in pixels (default 1200)")
    int width;

    @Option(names = "--height", defaultValue = "800", description = "the plane's height in pixels (default 800)")
    int height;

    @Option(names = "--repeat", defaultValue = "30", description = "measured repetitions of each step (default 30)")
    int repeat;

    @Option(
            names = "--warmup",
            defaultValue = "15",
            description = "unmeasured repetitions first, for the JIT (default 15)")
    int warmup;

    @Option(names = "--lasso-vertices", defaultValue = "1000", description = "vertices of the lasso (default 1000)")
    int vertices;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the ghosts and picks drawn (default 1)")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long[] rendererThreads = new long[0];
    private double[] cpu;

    @Override
    public Integer call() throws Exception {
        atLeast("--repeat", repeat, 1);
        atLeast("--warmup", warmup, 0);
        atLeast("--lasso-vertices", vertices, 3);
        atLeast("--width", width, 200);
        atLeast("--height", height, 150);
        PreparedData prepared = PreparedData.load(file, label, Encoding.Options.DEFAULT, Progress.NONE);
        ScatterData scatter = ScatterData.of(prepared, DataViewModel.PROJECTION_SEED, Progress.NONE);
        startToolkit();
        CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(measure(scatter));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        Map<String, Object> out;
        try {
            out = result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        // The toolkit is left running: the launcher ends the JVM after a command, and a toolkit once exited
        // cannot be started again in this JVM (the tests' robot shares it).
        PrintWriter w = spec.commandLine().getOut();
        w.println(Json.write(out));
        w.flush();
        return 0;
    }

    /** Starts the toolkit, unless it runs already (the tests' robot started it). */
    private static void startToolkit() {
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.join();
        } catch (UnsupportedOperationException e) {
            throw new BadInputException(
                    "bench-plane needs a display to draw on (" + e.getMessage() + "); run it under xvfb-run -a");
        } catch (IllegalStateException alreadyRunning) {
            // Drawn on as it is.
        }
    }

    /** On the FX thread: the plane in a scene of its own, painted and lassoed again and again. */
    private Map<String, Object> measure(ScatterData scatter) {
        int[] selected = {0};
        PlaneViewModel model = new PlaneViewModel((ids, mode) -> selected[0] = ids.length);
        PlaneView view = new PlaneView(model);
        Scene scene = new Scene(view, width, height);
        model.show(scatter.content());
        scene.snapshot(null);
        rendererThreads = rendererThreads();
        WritableImage frame = new WritableImage(
                (int) view.canvas().getWidth(), (int) view.canvas().getHeight());
        double[] paint = time(() -> {
            nudge(model);
            long t0 = System.nanoTime();
            view.paint();
            return System.nanoTime() - t0;
        });
        double[] paintCpu = cpu;
        double[] rendered = time(() -> {
            nudge(model);
            long t0 = System.nanoTime();
            view.paint();
            view.canvas().snapshot(null, frame);
            return System.nanoTime() - t0;
        });
        double[] renderedCpu = cpu;
        double[] readback = time(() -> {
            long t0 = System.nanoTime();
            view.canvas().snapshot(null, frame);
            return System.nanoTime() - t0;
        });
        PlaneContent content = scatter.content();
        PlaneViewport v = model.viewportProperty().get();
        double[][] loop = lasso(v);
        double[] lasso = time(() -> {
            long t0 = System.nanoTime();
            model.selectLasso(loop[0], loop[1], PickMode.REPLACE);
            return System.nanoTime() - t0;
        });
        double[] lassoCpu = cpu;
        int lassoed = selected[0];
        // The heaviest picture the forget view makes: half the rows forgotten (ghosts) and a thousand picked.
        PlaneContent ghosted = withHalfGhosts(scatter);
        model.show(ghosted);
        model.showPicked(pickedRows(ghosted, 1000));
        double[] heavy = time(() -> {
            nudge(model);
            long t0 = System.nanoTime();
            view.paint();
            view.canvas().snapshot(null, frame);
            return System.nanoTime() - t0;
        });
        double[] heavyCpu = cpu;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("rows", content.size());
        out.put(
                "canvas",
                (int) view.canvas().getWidth() + "x" + (int) view.canvas().getHeight());
        out.put("plot_area", (int) v.width() + "x" + (int) v.height());
        out.put("repeat", repeat);
        out.put("warmup", warmup);
        out.put("paint_ms_median", median(paint));
        out.put("paint_cpu_ms_median", median(paintCpu));
        out.put("frame_ms_median", median(rendered));
        out.put("frame_cpu_ms_median", median(renderedCpu));
        out.put("frame_ms_max", max(rendered));
        out.put("snapshot_only_ms_median", median(readback));
        out.put("frame_half_ghosts_1000_picked_ms_median", median(heavy));
        out.put("frame_half_ghosts_1000_picked_cpu_ms_median", median(heavyCpu));
        out.put("lasso_vertices", loop[0].length);
        out.put("lasso_rows", lassoed);
        out.put("lasso_ms_median", median(lasso));
        out.put("lasso_cpu_ms_median", median(lassoCpu));
        out.put("lasso_ms_max", max(lasso));
        out.put("budget_ms", BUDGET_MS);
        out.put(
                "within_budget_wall",
                median(rendered) < BUDGET_MS && median(heavy) < BUDGET_MS && median(lasso) < BUDGET_MS);
        out.put(
                "within_budget_cpu",
                median(renderedCpu) < BUDGET_MS && median(heavyCpu) < BUDGET_MS && median(lassoCpu) < BUDGET_MS);
        out.put(
                "load_average",
                round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.put("cores", Runtime.getRuntime().availableProcessors());
        return out;
    }

    /** A pixel of pan back and forth, so every paint draws a new view rather than one it has drawn. */
    private static void nudge(PlaneViewModel model) {
        model.panBy(model.viewportProperty().get().minX() < 0 ? 1 : -1, 0);
    }

    /**
     * Runs a step {@code warmup} times unmeasured, then {@code repeat} times measured: the wall time of each
     * (what it returns) and, into {@link #cpu}, the CPU time the FX thread and the renderer thread spent on it
     * together — on a loaded machine the wall time also holds the time other programs had the cores.
     */
    private double[] time(LongSupplier nanos) {
        for (int i = 0; i < warmup; i++) {
            nanos.getAsLong();
        }
        double[] ms = new double[repeat];
        cpu = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long c0 = threadsCpu();
            ms[i] = nanos.getAsLong() / 1e6;
            cpu[i] = (threadsCpu() - c0) / 1e6;
        }
        return ms;
    }

    private long threadsCpu() {
        long sum = THREADS.getCurrentThreadCpuTime();
        for (long id : rendererThreads) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    /** The toolkit's render threads, which draw a canvas's commands into its texture. */
    private static long[] rendererThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId)
                .toArray();
    }

    /** A hand-drawn loop round the middle of the plot: a wobbly circle over half its height. */
    private double[][] lasso(PlaneViewport v) {
        double cx = v.left() + v.width() / 2;
        double cy = v.top() + v.height() / 2;
        double r = Math.min(v.width(), v.height()) / 4;
        double[] x = new double[vertices];
        double[] y = new double[vertices];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double wobble = 1 + 0.15 * Math.sin(5 * angle) + 0.05 * RowKeys.uniform(seed, PURPOSE, i);
            x[i] = cx + r * wobble * Math.cos(angle);
            y[i] = cy + r * wobble * Math.sin(angle);
        }
        return new double[][] {x, y};
    }

    private PlaneContent withHalfGhosts(ScatterData scatter) {
        PlaneContent content = scatter.content();
        boolean[] ghost = new boolean[content.size()];
        for (int p = 0; p < ghost.length; p++) {
            ghost[p] = RowKeys.uniform(seed, PURPOSE, content.rowId(p)) < 0.5;
        }
        return scatter.plane()
                .content()
                .grouping(content.groupings().get(0))
                .ghosts(ghost, "forgotten")
                .build();
    }

    /** About n of the rows still held, drawn by key. */
    private int[] pickedRows(PlaneContent content, int n) {
        double share = (double) n / (content.size() - content.ghostCount());
        return IntStream.range(0, content.size())
                .filter(p -> !content.isGhost(p))
                .map(content::rowId)
                .filter(id -> RowKeys.uniform(seed, PURPOSE + 1, id) < share)
                .toArray();
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return round(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
    }

    private static double max(double[] ms) {
        return round(Arrays.stream(ms).max().orElse(0));
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    /** One refusal per option, naming it and the value given. */
    private static void atLeast(String option, int value, int least) {
        if (value < least) {
            throw new BadInputException(option + " must be " + least + " or more, not " + value);
        }
    }
}
