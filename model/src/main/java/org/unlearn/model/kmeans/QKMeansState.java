package org.unlearn.model.kmeans;

import java.io.IOException;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.StateCodec;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;

/**
 * Q-k-means' stored state: its whole kept iteration history (seeds' row ids, every iteration's centroids,
 * grid cells and phases, the exact 128-bit cluster sums, sizes and losses), which is what its deletion check
 * replays. The sums are aggregates over the rows that remain (a forget takes the rows' terms out exactly), so
 * no forgotten row's coordinates are in them.
 */
public record QKMeansState(QKMeans.Options options) implements StateCodec<QKMeans> {
    @Override
    public int version() {
        return 1;
    }

    @Override
    public void write(QKMeans model, StateOutput out) throws IOException {
        QHistory h = model.history();
        out.writeLongs(h.seedKeys);
        out.writeInts(new int[] {h.k, h.d, h.last, h.best, h.rows});
        out.writeBoolean(h.stoppedEarly);
        out.writeDoubles(h.centroids);
        out.writeDoubles(h.norms);
        out.writeLongs(h.cells);
        out.writeDoubles(h.phases);
        writeSums(h.sums, out);
        out.writeInts(h.sizes);
        writeSums(h.losses, out);
        out.writeString(h.certifiedReason == null ? "" : h.certifiedReason);
        out.writeBoolean(h.certifiedReason != null);
    }

    private static void writeSums(ExactSums s, StateOutput out) throws IOException {
        long[][] w = s.words();
        out.writeLongs(w[0]);
        out.writeLongs(w[1]);
    }

    private static ExactSums readSums(StateInput in) throws IOException {
        try {
            return ExactSums.ofWords(in.readLongs(), in.readLongs());
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged exact sums", e);
        }
    }

    @Override
    public QKMeans read(StateInput in, TrainingSet rows, long seed) throws IOException {
        long[] seedKeys = in.readLongs();
        int[] dims = in.readInts();
        if (dims.length != 5 || dims[0] != options.k() || dims[1] != rows.dimension() || dims[4] != rows.size()) {
            throw new IOException("the stored history does not fit these rows and options");
        }
        boolean stoppedEarly = in.readBoolean();
        double[] centroids = in.readDoubles();
        double[] norms = in.readDoubles();
        long[] cells = in.readLongs();
        double[] phases = in.readDoubles();
        ExactSums sums = readSums(in);
        int[] sizes = in.readInts();
        ExactSums losses = readSums(in);
        String reason = in.readString();
        boolean hasReason = in.readBoolean();
        int k = dims[0];
        int d = dims[1];
        int last = dims[2];
        if (centroids.length != (last + 1) * k * d || dims[3] < 0 || dims[3] > last) {
            throw new IOException("the stored history's iterations do not add up");
        }
        QHistory h = QHistory.restore(
                seedKeys,
                k,
                d,
                last,
                stoppedEarly,
                dims[3],
                dims[4],
                centroids,
                norms,
                cells,
                phases,
                sums,
                sizes,
                losses,
                hasReason ? reason : null);
        return QKMeans.restore(options, seed, rows, h);
    }
}
