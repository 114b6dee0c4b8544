package org.unlearn.model.forget;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Big-endian binary writing of numbers and arrays for {@link StateCodec}s; arrays carry their length. */
public final class StateOutput {
    private final DataOutputStream out;

    public StateOutput(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    public void writeInt(int v) throws IOException {
        out.writeInt(v);
    }

    /** A non-negative int in 1 to 5 bytes, 7 bits a byte (small counts and indices take one). */
    public void writeVarint(int v) throws IOException {
        if (v < 0) {
            throw new IllegalArgumentException("a varint is never negative: " + v);
        }
        while (v >= 0x80) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    /** Strictly ascending non-negative ints as their count and gaps, each a varint. */
    public void writeAscending(int[] a) throws IOException {
        writeVarint(a.length);
        int previous = -1;
        for (int v : a) {
            if (v <= previous) {
                throw new IllegalArgumentException("not strictly ascending: " + previous + ", " + v);
            }
            writeVarint(v - previous - 1);
            previous = v;
        }
    }

    public void writeLong(long v) throws IOException {
        out.writeLong(v);
    }

    public void writeDouble(double v) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(v));
    }

    public void writeBoolean(boolean v) throws IOException {
        out.writeBoolean(v);
    }

    public void writeString(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public void writeDoubles(double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            writeDouble(v);
        }
    }

    public void writeInts(int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    public void writeLongs(long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    public void writeMatrix(double[][] m) throws IOException {
        out.writeInt(m.length);
        for (double[] row : m) {
            writeDoubles(row);
        }
    }

    /** A part of a state, written to a nested output. */
    public interface Part {
        void write(StateOutput out) throws IOException;
    }

    /**
     * A part deflated: its length raw and packed, then the packed bytes (for states of many small, repetitive
     * numbers; {@link StateInput#readDeflated} reads it).
     */
    public void writeDeflated(Part part) throws IOException {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        StateOutput inner = new StateOutput(raw);
        part.write(inner);
        inner.flush();
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        // the fastest level: packs these states to within a tenth of the default's size in half the time
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        try (java.util.zip.DeflaterOutputStream d = new java.util.zip.DeflaterOutputStream(packed, deflater)) {
            raw.writeTo(d);
        } finally {
            deflater.end();
        }
        out.writeInt(raw.size());
        out.writeInt(packed.size());
        packed.writeTo(out);
    }

    public void flush() throws IOException {
        out.flush();
    }
}
