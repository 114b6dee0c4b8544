package org.unlearn.model.dare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.unlearn.model.util.CancelledException;
import org.unlearn.model.util.Progress;

/**
 * Runs one task per tree on a bounded pool and returns the results in tree order, whatever order they
 * finish in: every tree depends only on its own key, so the forest is the same on any number of threads.
 */
final class TreePool {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private TreePool() {
    }

    static <T> List<T> run(List<Callable<T>> tasks, int threads, Progress progress, String what) {
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
            Thread t = new Thread(r, "dare-" + pool + "-" + made.incrementAndGet());
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
    static Progress cancelOnly(Progress progress) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
            }

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
