package org.unlearn.model.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.IntPredicate;
import java.util.zip.GZIPInputStream;
import org.unlearn.model.data.Dataset;

/**
 * The session's own copy of the data: the source file's bytes, line for line, without the forgotten
 * rows. Copying lines rather than re-writing cells keeps every kept row exactly as it was read, so the
 * copy reads back into the same columns, types and numbers.
 */
final class DataCopy {
    private DataCopy() {}

    /** The file's bytes, un-gzipped when it is gzipped. */
    static byte[] readSource(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        }
        return bytes;
    }

    /**
     * The bytes of the header and of the rows to keep.
     *
     * @param bytes the text the dataset was read from
     * @param read  the dataset as read from those bytes (its row positions and source lines)
     * @param keep  which rows to keep, by the id they have in {@code ids}
     * @param ids   the row id of each position of {@code read}
     */
    static byte[] keep(byte[] bytes, Dataset read, int[] ids, IntPredicate keep) {
        int[] lineStart = lineStarts(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        int firstRow = offset(lineStart, read.sourceLine(0), bytes.length);
        out.write(bytes, 0, firstRow);
        for (int p = 0; p < read.rowCount(); p++) {
            int from = offset(lineStart, read.sourceLine(p), bytes.length);
            int to = p + 1 < read.rowCount() ? offset(lineStart, read.sourceLine(p + 1), bytes.length) : bytes.length;
            if (keep.test(ids[p])) {
                out.write(bytes, from, to - from);
                if (to == bytes.length && to > from && bytes[to - 1] != '\n') {
                    out.write('\n');
                }
            }
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Offsets where each physical line starts (line 1 at index 0). */
    private static int[] lineStarts(byte[] bytes) {
        int count = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    private static int offset(int[] lineStart, int line, int end) {
        return line - 1 < lineStart.length ? lineStart[line - 1] : end;
    }
}
