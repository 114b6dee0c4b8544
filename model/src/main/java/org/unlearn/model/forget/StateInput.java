package org.unlearn.model.forget;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link StateOutput} wrote. Lengths are checked against what is left of the file, so a damaged
 * file fails with an IOException instead of allocating without bound.
 */
public final class StateInput {
    private final DataInputStream in;
    private long left;

    public StateInput(InputStream in, long length) {
        this.in = new DataInputStream(in);
        this.left = length;
    }

    private void take(long bytes) throws IOException {
        if (bytes < 0 || bytes > left) {
            throw new EOFException("the state ends before its data");
        }
        left -= bytes;
    }

    public int readInt() throws IOException {
        take(4);
        return in.readInt();
    }

    /** What {@link StateOutput#writeVarint} wrote. */
    public int readVarint() throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            take(1);
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if (b < 0x80) {
                if (v < 0) {
                    break;
                }
                return v;
            }
        }
        throw new IOException("a varint out of range");
    }

    /**
     * What {@link StateOutput#writeAscending} wrote, every value below {@code bound}.
     */
    public int[] readAscending(int bound) throws IOException {
        int n = readVarint();
        if (n > left || n > bound) {
            throw new EOFException("the state ends before its data");
        }
        int[] a = new int[n];
        long previous = -1;
        for (int i = 0; i < n; i++) {
            long v = previous + 1 + readVarint();
            if (v >= bound) {
                throw new IOException("an index " + v + " out of its range " + bound);
            }
            a[i] = (int) v;
            previous = v;
        }
        return a;
    }

    public long readLong() throws IOException {
        take(8);
        return in.readLong();
    }

    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    public boolean readBoolean() throws IOException {
        take(1);
        return in.readBoolean();
    }

    public String readString() throws IOException {
        int n = readInt();
        take(n);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    public double[] readDoubles() throws IOException {
        int n = readInt();
        take(8L * n);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Double.longBitsToDouble(in.readLong());
        }
        return a;
    }

    public int[] readInts() throws IOException {
        int n = readInt();
        take(4L * n);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    public long[] readLongs() throws IOException {
        int n = readInt();
        take(8L * n);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readLong();
        }
        return a;
    }

    public double[][] readMatrix() throws IOException {
        int n = readInt();
        take(0);
        if (n < 0 || n > left / 4) {
            throw new EOFException("the state ends before its data");
        }
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = readDoubles();
        }
        return m;
    }

    /** Deflate packs at most about 1032 to 1; a longer raw length is a damaged file, not a state. */
    private static final long MOST_INFLATION = 1032;

    /**
     * A part {@link StateOutput#writeDeflated} wrote, to be read to its {@link #end} from the input returned.
     */
    public StateInput readDeflated() throws IOException {
        int raw = readInt();
        int packed = readInt();
        take(packed);
        if (raw < 0 || raw > MOST_INFLATION * packed + 64) {
            throw new IOException("a packed part of the state has an impossible length");
        }
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        byte[] bytes = new byte[raw];
        try {
            inflater.setInput(in.readNBytes(packed));
            int n = 0;
            while (n < raw && !inflater.finished()) {
                int got = inflater.inflate(bytes, n, raw - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != raw || !inflater.finished()) {
                throw new IOException("a packed part of the state does not unpack to its length");
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new IOException("a packed part of the state is damaged", e);
        } finally {
            inflater.end();
        }
        return new StateInput(new java.io.ByteArrayInputStream(bytes), raw);
    }

    /** Fails unless every byte was read: trailing bytes mean a file of another layout. */
    public void end() throws IOException {
        if (left != 0) {
            throw new IOException("the state has " + left + " bytes more than its layout");
        }
    }
}
