package org.unlearn.model.sisa;

import java.io.IOException;
import java.util.Arrays;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.StateCodec;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;

/**
 * SISA's stored state: the shard of every row (only for size-aware sharding; keyed sharding is dealt again
 * from the seed), and for every shard its rows' ids, each row's slice and every slice checkpoint (the
 * constituent's weights, the work it took, its rows and generation), so a forget resumes from the checkpoint
 * before the row's slice without training anything else. A forget deletes and rewrites the checkpoints from
 * that slice on, so a stored state never holds a checkpoint trained on a forgotten row.
 *
 * <p>Softmax and MLP constituents are stored as their weights, tree constituents as their nodes
 * ({@link TreeNodes}).
 */
public record SisaState(SisaOptions options) implements StateCodec<SisaModel> {
    private static final int SOFTMAX = 0;
    private static final int MLP = 1;
    /** Kind 2 was a tree grown by Smile's CART, which layout 1 stored; our own CART's trees are kind 3. */
    private static final int TREE = 3;

    /**
     * Layout 2: trees are our CART's, and a softmax checkpoint trained with the mean step by update count. A layout 1
     * checkpoint resumed under today's rule would not equal a retrain, so layout 1 is refused and rebuilt.
     */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public boolean canWrite(SisaModel model) {
        return Arrays.stream(model.shards())
                .flatMap(s -> Arrays.stream(s.checkpoints()))
                .allMatch(c -> c.model() instanceof SoftmaxWeights
                        || c.model() instanceof MlpWeights
                        || c.model() instanceof TreeConstituent);
    }

    @Override
    public void write(SisaModel model, StateOutput out) throws IOException {
        out.writeInt(model.classes());
        ShardAssignment assignment = model.assignment();
        out.writeBoolean(assignment.keyed());
        if (!assignment.keyed()) {
            int[] ids = model.trainingData().rowIds().clone();
            Arrays.sort(ids);
            int[] shard = Arrays.stream(ids).map(assignment::shardOf).toArray();
            out.writeInts(ids);
            out.writeInts(shard);
        }
        Shard[] shards = model.shards();
        out.writeInt(shards.length);
        for (Shard s : shards) {
            out.writeInts(s.rows().rowIds());
            out.writeInts(s.sliceOfPosition());
            out.writeInt(s.checkpoints().length);
            for (Checkpoint c : s.checkpoints()) {
                if (c.model() instanceof SoftmaxWeights w) {
                    out.writeInt(SOFTMAX);
                    out.writeInts(new int[] {w.classes(), w.dimension()});
                    out.writeDoubles(w.copy());
                } else if (c.model() instanceof TreeConstituent t) {
                    out.writeInt(TREE);
                    TreeNodes.write(t, out);
                } else {
                    MlpWeights w = (MlpWeights) c.model();
                    out.writeInt(MLP);
                    out.writeInts(
                            new int[] {w.shape().d(), w.shape().h(), w.shape().k()});
                    out.writeDoubles(w.copy());
                }
                out.writeLong(c.work());
                out.writeInt(c.rows());
                out.writeInt(c.generation());
            }
        }
    }

    @Override
    public SisaModel read(StateInput in, TrainingSet rows, long seed) throws IOException {
        int classes = in.readInt();
        ShardAssignment assignment = in.readBoolean()
                ? options.sharding().assign(rows, options.shards(), seed)
                : new BalancedSharding.Table(in.readInts(), in.readInts(), options.shards());
        int count = in.readInt();
        if (count != options.shards() || classes != rows.classCount()) {
            throw new IOException("the stored ensemble does not fit these options and rows");
        }
        TrainingSet[] dealt = assignment.deal(rows, count);
        Shard[] shards = new Shard[count];
        for (int s = 0; s < count; s++) {
            int[] ids = in.readInts();
            if (!Arrays.equals(ids, dealt[s].rowIds())) {
                throw new IOException("shard " + s + " was stored with other rows than the data deals it");
            }
            int[] sliceOf = in.readInts();
            Checkpoint[] checkpoints = new Checkpoint[in.readInt()];
            for (int c = 0; c < checkpoints.length; c++) {
                int kind = in.readInt();
                if (kind == TREE) {
                    Constituent tree = TreeNodes.read(in, classes, rows.dimension());
                    checkpoints[c] = new Checkpoint(tree, in.readLong(), in.readInt(), in.readInt());
                    continue;
                }
                int[] shape = in.readInts();
                double[] w = in.readDoubles();
                Constituent model;
                if (kind == SOFTMAX && shape.length == 2 && w.length == shape[0] * (shape[1] + 1)) {
                    model = new SoftmaxWeights(w, shape[0], shape[1]);
                } else if (kind == MLP && shape.length == 3) {
                    MlpWeights.Shape sh = new MlpWeights.Shape(shape[0], shape[1], shape[2]);
                    if (w.length != sh.size()) {
                        throw new IOException("an MLP checkpoint of the wrong size");
                    }
                    model = new MlpWeights(w, sh);
                } else {
                    throw new IOException("an unknown or misshapen checkpoint");
                }
                checkpoints[c] = new Checkpoint(model, in.readLong(), in.readInt(), in.readInt());
            }
            shards[s] = new Shard(s, dealt[s], sliceOf, checkpoints);
        }
        return SisaModel.restore(options, seed, assignment, rows, shards, classes);
    }
}
