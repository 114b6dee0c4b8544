package org.unlearn.model.kmeans;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.unlearn.model.util.Progress;

/**
 * Fits k-means a few times on made-up points, once per process, on a background thread, so that the
 * JIT has compiled the seeding and the distance kernel before the user's first fit. Started while a
 * dataset is being read, it runs beside the reader: on Statlog shuttle the first fit after the read then
 * takes about the CPU of a second fit, half what it took without. The made-up points share
 * nothing with any real fit, and no result depends on whether the warm-up ran, finished or not.
 *
 * <p>Only the kernel for few features is warmed (the column kernel, below {@link TileDots#WIDE_FROM}):
 * the SIMD kernel's own warm-up would cost more CPU than most of the fits it would speed up.
 */
public final class KMeansWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** Set when a real fit starts: the warm-up then stops after its current fit, leaving the cores to it. */
    private static volatile boolean realFitStarted;
    /** Rows of the made-up data: enough for whole blocks and tiles, small enough to fit in milliseconds. */
    private static final int ROWS = Integer.getInteger("unlearn.warmUpRows", 6144);
    /** Fits run (2,048–8,192 rows and 6–12 fits measured alike; docs/BENCHMARKS.md, branch lloydsmall). */
    private static final int FITS = Integer.getInteger("unlearn.warmUpFits", 12);

    private static final int DIMENSION = 9;

    private KMeansWarmUp() {}

    /** Starts the warm-up on a daemon thread, the first time only; returns at once. */
    public static void start() {
        if (FITS <= 0 || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(KMeansWarmUp::run, "k-means warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Called by a real fit: a warm-up still running stops after its current made-up fit. */
    static void realFitStarts() {
        realFitStarted = true;
    }

    /** The warm-up itself, on the calling thread; package-private for the test. */
    static void run() {
        Points points = madeUp(ROWS, DIMENSION, 7);
        for (int fit = 0; fit < FITS && !realFitStarted; fit++) {
            int k = fit % 4 == 3 ? Lloyd.PRUNE_FROM + 2 : 7;
            KeyedSeeding.Result seeds = KeyedSeeding.chooseGreedy(points, k, fit, false);
            Lloyd.run(points, seeds.centres(points), 10, 0, false, Progress.NONE);
        }
    }

    /** Points in a few clusters of standardized scale, the shape k-means usually meets. */
    static Points madeUp(int rows, int dimension, int clusters) {
        SplittableRandom random = new SplittableRandom(17);
        double[][] centres = new double[clusters][dimension];
        for (double[] centre : centres) {
            for (int j = 0; j < dimension; j++) {
                centre[j] = random.nextDouble(-2, 2);
            }
        }
        double[][] x = new double[rows][dimension];
        long[] keys = new long[rows];
        for (int i = 0; i < rows; i++) {
            double[] centre = centres[random.nextInt(clusters)];
            for (int j = 0; j < dimension; j++) {
                x[i][j] = centre[j] + 0.5 * (random.nextDouble() - 0.5);
            }
            keys[i] = i;
        }
        return new Points(x, keys, null, dimension);
    }
}
