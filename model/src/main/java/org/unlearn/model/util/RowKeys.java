package org.unlearn.model.util;

/**
 * Random draws keyed by (seed, purpose, row id) rather than by a row's position in a stream.
 *
 * <p>A row's draw never depends on which other rows are present, so training on D and then forgetting R
 * makes the same choices for the rows that remain as training on D \ R with the same seed. Every
 * method that promises exact unlearning takes its per-row randomness from here.
 */
public final class RowKeys {
    private static final double UNIT = 0x1.0p-53;

    private RowKeys() {}

    /** A 64-bit key, uniformly mixed, for one row under one seed and one purpose. */
    public static long key(long seed, long purpose, long rowId) {
        return keyOf(stream(seed, purpose), rowId);
    }

    /** A uniform double in [0, 1) for one row under one seed and one purpose. */
    public static double uniform(long seed, long purpose, long rowId) {
        return (key(seed, purpose, rowId) >>> 11) * UNIT;
    }

    /**
     * The part of {@link #key} that does not depend on the row: {@code key(seed, purpose, rowId)} equals
     * {@code keyOf(stream(seed, purpose), rowId)}, for loops that draw for many rows under one purpose.
     */
    public static long stream(long seed, long purpose) {
        return mix(seed ^ mix(purpose + 0x9E3779B97F4A7C15L));
    }

    /** {@link #key} for one row of a {@link #stream}. */
    public static long keyOf(long stream, long rowId) {
        return mix(stream + rowId);
    }

    /** {@link #uniformPositive} for one row of a {@link #stream}. */
    public static double uniformPositiveOf(long stream, long rowId) {
        return ((keyOf(stream, rowId) >>> 11) + 1) * UNIT;
    }

    /** A uniform double in (0, 1], safe to take the logarithm of. */
    public static double uniformPositive(long seed, long purpose, long rowId) {
        return ((key(seed, purpose, rowId) >>> 11) + 1) * UNIT;
    }

    /** A seed for a sub-stream (one shard, one leaf, one iteration) derived from a parent seed. */
    public static long derive(long seed, long purpose, long index) {
        return key(seed, purpose, index);
    }

    /** Stafford's variant 13 of the SplitMix64 finalizer: a bijection on 64-bit values. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A stable 64-bit code for a purpose name, so purposes can be named rather than numbered. */
    public static long purpose(String name) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }
}
