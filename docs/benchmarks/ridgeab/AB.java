// The other side of ridge_pieces_ab.sh: loads two builds of the model in two class loaders and times their
// pieces alternately, rep by rep, in one process, so a loaded machine slows both alike (CPU ms of every thread).
// Usage: java -cp DIR AB OLD_CLASSES NEW_CLASSES DEPENDENCY_CLASSPATH mnist|attrition|credit PIECES_DIR
import java.io.File;
import java.net.*;
import java.util.*;

public class AB {
    public static void main(String[] args) throws Exception {
        String[] names = {"gram1", "gram", "chol1", "fit"};
        List<URL> deps = new ArrayList<>();
        for (String p : args[2].split(":")) deps.add(new File(p).toURI().toURL());
        Runnable[][] w = new Runnable[2][];
        String[] vs = {args[0], args[1]};
        String dataset = args[3];
        for (int v = 0; v < 2; v++) {
            List<URL> u = new ArrayList<>(); u.add(new File(args[4]).toURI().toURL()); u.add(new File(vs[v]).toURI().toURL()); u.addAll(deps);
            ClassLoader cl = new URLClassLoader(u.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            w[v] = (Runnable[]) cl.loadClass("org.unlearn.model.linear.Pieces").getMethod("work", String.class).invoke(null, dataset);
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 4_000_000_000L) for (Runnable[] x : w) for (Runnable r : x) r.run();
        int reps = Integer.getInteger("reps", 41);
        double[][][] c = new double[2][4][reps];
        for (int i = 0; i < reps; i++) for (int k = 0; k < 4; k++) for (int v = 0; v < 2; v++) {
            long a = 0; for (long id : mx.getAllThreadIds()) a += Math.max(0, mx.getThreadCpuTime(id));
            w[v][k].run();
            long b = 0; for (long id : mx.getAllThreadIds()) b += Math.max(0, mx.getThreadCpuTime(id));
            c[v][k][i] = (b - a) / 1e6;
        }
        StringBuilder s = new StringBuilder(dataset + " cpu ms old/new (min, median):");
        for (int k = 0; k < 4; k++) {
            Arrays.sort(c[0][k]); Arrays.sort(c[1][k]);
            s.append(String.format(Locale.ROOT, " %s %.3f/%.3f (%.2fx), %.3f/%.3f (%.2fx);", names[k], c[0][k][0], c[1][k][0], c[1][k][0] / c[0][k][0], c[0][k][reps/2], c[1][k][reps/2], c[1][k][reps/2] / c[0][k][reps/2]));
        }
        System.out.println(s);
    }
}
