package org.unlearn.model.sisa;

import org.unlearn.model.util.RowKeys;

/** A row's slice within its shard, from a key of (seed, row id): never moved by forgetting other rows. */
public final class Slicing {
    private static final long PURPOSE = RowKeys.purpose("sisa-slice");

    private Slicing() {}

    public static int sliceOf(long seed, int rowId, int slices) {
        return KeyedSharding.bucket(seed, PURPOSE, rowId, slices);
    }
}
