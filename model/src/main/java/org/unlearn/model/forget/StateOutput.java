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

    public void flush() throws IOException {
        out.flush();
    }
}
