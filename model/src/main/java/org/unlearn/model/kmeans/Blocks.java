package org.unlearn.model.kmeans;

import java.util.stream.IntStream;

/**
 * Splits row loops into fixed blocks. The blocks depend only on the row count, never on how many
 * threads run them, so anything combined block by block in block order (sums of doubles) comes out
 * bit for bit the same whether the blocks ran in parallel or one after another.
 */
final class Blocks {
    static final int SIZE = 1024;

    /** A body run over the rows [from, to) of one block. */
    @FunctionalInterface
    interface Body {
        void run(int from, int to, int block);
    }

    private Blocks() {}

    static int count(int rows) {
        return (rows + SIZE - 1) / SIZE;
    }

    static void forEach(int rows, boolean parallel, Body body) {
        int blocks = count(rows);
        if (!parallel || blocks < 2) {
            for (int b = 0; b < blocks; b++) {
                body.run(b * SIZE, Math.min(rows, (b + 1) * SIZE), b);
            }
            return;
        }
        IntStream.range(0, blocks).parallel().forEach(b -> body.run(b * SIZE, Math.min(rows, (b + 1) * SIZE), b));
    }
}
