package org.unlearn.model.kmeans;

import java.io.IOException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.StateCodec;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;

/**
 * Lloyd's stored state: the last run (centroids, weights, each row's cluster, iterations, loss, work) and the
 * seeds' row ids. Forgetting retrains, so nothing else is needed to continue.
 */
public record LloydState(LloydKMeans.Options options) implements StateCodec<LloydKMeans> {
    @Override
    public int version() {
        return 1;
    }

    @Override
    public void write(LloydKMeans model, StateOutput out) throws IOException {
        Lloyd.Run run = model.run();
        out.writeMatrix(run.centroids());
        out.writeDoubles(run.weights());
        out.writeInts(run.labels());
        out.writeInt(run.iterations());
        out.writeBoolean(run.converged());
        out.writeDouble(run.loss());
        out.writeLong(run.work());
        out.writeLongs(model.seedRowIds());
        out.writeLong(model.work());
    }

    @Override
    public LloydKMeans read(StateInput in, TrainingSet rows, long seed) throws IOException {
        Lloyd.Run run = new Lloyd.Run(
                in.readMatrix(),
                in.readDoubles(),
                in.readInts(),
                in.readInt(),
                in.readBoolean(),
                in.readDouble(),
                in.readLong());
        long[] seedKeys = in.readLongs();
        long work = in.readLong();
        if (run.labels().length != rows.size() || run.centroids().length != options.k()) {
            throw new IOException("the stored run does not fit these rows and options");
        }
        return LloydKMeans.restore(options, seed, rows, run, seedKeys, work);
    }
}
