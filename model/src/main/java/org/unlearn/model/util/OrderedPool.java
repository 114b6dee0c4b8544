package org.unlearn.model.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent tasks (a SISA shard's training, a DaRE tree's growth) on a bounded pool and returns their
 * results in task order, whatever order they finish in: each task depends only on its own inputs and keys, so
 * the result is the same on any number of threads. With one thread, or one task, they run on the caller's.
 */
public final class OrderedPool {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private OrderedPool() {}

    /**
     * @param name    the worker threads' name prefix
     * @param what    the progress line's words before "i of n" ("Trained shard")
     */
    public static <T> List<T> run(String name, List<Callable<T>> tasks, int threads, Progress progress, String what) {
        List<T> out = new ArrayList<>(tasks.size());
        if (threads <= 1 || tasks.size() <= 1) {
            for (int i = 0; i < tasks.size(); i++) {
                progress.checkCancelled();
                progress.report(i / (double) tasks.size(), what + " " + (i + 1) + " of " + tasks.size());
                out.add(call(tasks.get(i)));
            }
            return out;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger made = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + pool + "-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(executor.submit(task));
            }
            for (int i = 0; i < futures.size(); i++) {
                out.add(await(futures.get(i)));
                progress.report((i + 1) / (double) tasks.size(), what + " " + (i + 1) + " of " + tasks.size());
            }
            return out;
        } finally {
            executor.shutdownNow();
        }
    }

    /** Worker threads may only check for cancellation; progress is reported from the calling thread. */
    public static Progress cancelOnly(Progress progress) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {}

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
