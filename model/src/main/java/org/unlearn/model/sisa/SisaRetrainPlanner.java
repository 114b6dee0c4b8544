package org.unlearn.model.sisa;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Which shards a forget request retrains, each from the earliest slice holding a forgotten row, which
 * checkpoints that deletes and what it costs, read from the trained shards; and the sentence that says so.
 */
final class SisaRetrainPlanner {
    private final SisaOptions options;
    private final long seed;
    private final ShardAssignment assignment;
    private final Shard[] shards;

    SisaRetrainPlanner(SisaOptions options, long seed, ShardAssignment assignment, Shard[] shards) {
        this.options = options;
        this.seed = seed;
        this.assignment = assignment;
        this.shards = shards;
    }

    /** The shards a request touches, each from its earliest slice holding a forgotten row (work predicted). */
    SisaRetrain retrainOf(int[] ids) {
        int slices = options.effectiveSlices();
        TreeMap<Integer, List<Integer>> byShard = new TreeMap<>();
        for (int id : ids) {
            byShard.computeIfAbsent(assignment.shardOf(id), s -> new ArrayList<>())
                    .add(id);
        }
        List<SisaRetrain.ShardRetrain> out = new ArrayList<>();
        List<SisaRetrain.Cell> deleted = new ArrayList<>();
        byShard.forEach((s, list) -> {
            int[] forgotten = list.stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] rowSlices = new int[forgotten.length];
            int from = slices;
            for (int i = 0; i < forgotten.length; i++) {
                rowSlices[i] = Slicing.sliceOf(seed, forgotten[i], slices);
                from = Math.min(from, rowSlices[i]);
            }
            for (int step = from; step < slices; step++) {
                deleted.add(new SisaRetrain.Cell(s, step));
            }
            SisaRetrain.ShardRetrain predicted = new SisaRetrain.ShardRetrain(
                    s, from, forgotten, rowSlices, shards[s].rows().size() - forgotten.length, 0, new long[0]);
            out.add(new SisaRetrain.ShardRetrain(
                    s,
                    from,
                    forgotten,
                    rowSlices,
                    predicted.rowsAfter(),
                    shards[s].workFrom(from),
                    stepWork(shards[s], predicted)));
        });
        return new SisaRetrain(shards.length, slices, out, deleted);
    }

    /** The work of each of a shard's slice steps from the retrain's first on. */
    static long[] stepWork(Shard shard, SisaRetrain.ShardRetrain r) {
        long[] out = new long[shard.checkpoints().length - r.fromSlice()];
        for (int i = 0; i < out.length; i++) {
            out[i] = shard.checkpoints()[r.fromSlice() + i].work();
        }
        return out;
    }

    /** "retrained shard 3 of 10 from slice 2 of 5 (4 checkpoints deleted)". */
    String summary(String verb, SisaRetrain detail) {
        int slices = options.effectiveSlices();
        List<SisaRetrain.ShardRetrain> list = detail.shards();
        String which;
        if (list.size() == 1) {
            SisaRetrain.ShardRetrain r = list.get(0);
            which = "shard " + (r.shard() + 1) + " of " + shards.length
                    + (slices > 1 ? " from slice " + (r.fromSlice() + 1) + " of " + slices : "");
        } else {
            which = list.size() + " of " + shards.length + " shards (" + detail.slicesRetrained(slices) + " of "
                    + shards.length * slices + " slice steps)";
        }
        int n = detail.deletedCheckpoints().size();
        return verb + " " + which + " (" + n + (n == 1 ? " checkpoint" : " checkpoints")
                + (verb.equals("retrains") ? " to delete)" : " deleted)");
    }
}
