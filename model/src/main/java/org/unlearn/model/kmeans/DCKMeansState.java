package org.unlearn.model.kmeans;

import java.io.IOException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.StateCodec;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;

/**
 * DC-k-means' stored state: every node of its tree, level by level (centroids, their weights, iterations and
 * work). Which leaf a row belongs to is keyed by its id and the seed, so the leaves are dealt again on reading;
 * a forget then reruns only the leaves of the forgotten rows and their ancestors, as before saving.
 */
public record DCKMeansState(DCKMeans.Options options) implements StateCodec<DCKMeans> {
    @Override
    public int version() {
        return 1;
    }

    @Override
    public void write(DCKMeans model, StateOutput out) throws IOException {
        DCTree.Node[][] levels = model.levels();
        out.writeInt(levels.length);
        for (DCTree.Node[] level : levels) {
            out.writeInt(level.length);
            for (DCTree.Node n : level) {
                out.writeMatrix(n.centroids());
                out.writeDoubles(n.weights());
                out.writeInt(n.iterations());
                out.writeLong(n.work());
            }
        }
    }

    @Override
    public DCKMeans read(StateInput in, TrainingSet rows, long seed) throws IOException {
        int height = in.readInt();
        if (height != options.height() + 1) {
            throw new IOException(
                    "the stored tree has " + height + " levels, the options make " + (options.height() + 1));
        }
        DCTree.Node[][] levels = new DCTree.Node[height][];
        for (int l = 0; l < height; l++) {
            int width = in.readInt();
            if (width != Math.round(Math.pow(options.width(), l))) {
                throw new IOException("level " + l + " of the stored tree has " + width + " nodes");
            }
            levels[l] = new DCTree.Node[width];
            for (int i = 0; i < width; i++) {
                levels[l][i] = new DCTree.Node(in.readMatrix(), in.readDoubles(), in.readInt(), in.readLong());
            }
        }
        return DCKMeans.restore(options, seed, rows, levels);
    }
}
