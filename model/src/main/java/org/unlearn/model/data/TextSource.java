package org.unlearn.model.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.unlearn.model.BadInputException;

/**
 * Opens a delimited text file for reading: gunzips it when it is gzip (by its magic bytes, whatever
 * its name), refuses files that are missing, empty or binary, and picks UTF-16 (by its byte-order mark, or
 * by the zero bytes that ASCII text has in UTF-16), UTF-8 or, when the bytes are not UTF-8, Windows-1252.
 */
final class TextSource {
    static final int SAMPLE_BYTES = 1 << 16;
    private static final int BUFFER_BYTES = 1 << 17;

    private TextSource() {}

    /** An open text stream with a decoded sample of its beginning (for sniffing the dialect). */
    record Opened(
            Reader reader,
            String sample,
            boolean sampleIsWholeFile,
            Charset charset,
            CountingInputStream raw,
            long fileBytes)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    static Opened open(Path path) throws IOException {
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new BadInputException(name + ": is a folder, not a file");
        }
        CountingInputStream raw;
        long size;
        try {
            raw = new CountingInputStream(Files.newInputStream(path));
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException(name + ": permission denied");
        }
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER_BYTES);
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                in = new BufferedInputStream(new GZIPInputStream(in, BUFFER_BYTES), BUFFER_BYTES);
            }
            in.mark(SAMPLE_BYTES + 4);
            byte[] head = in.readNBytes(SAMPLE_BYTES + 4);
            in.reset();
            if (head.length == 0 || isBlank(head)) {
                throw new BadInputException(name + ": the file is empty");
            }
            Charset charset = Utf16.detect(head, name);
            int bom;
            if (charset != null) {
                bom = Utf16.bomLength(head);
            } else {
                int nul = indexOfBinary(head);
                if (nul >= 0) {
                    throw new BadInputException(name + ": not a text table (binary content at byte " + (nul + 1) + ")");
                }
                bom = hasUtf8Bom(head) ? 3 : 0;
                charset = isUtf8(head, bom) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            }
            if (bom > 0) {
                in.skipNBytes(bom);
            }
            int sampleEnd = Math.min(head.length, SAMPLE_BYTES);
            if (Utf16.is(charset) && (sampleEnd - bom) % 2 != 0) {
                sampleEnd--;
            }
            String sample = new String(head, bom, sampleEnd - bom, charset);
            Reader reader = new InputStreamReader(
                    in,
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE));
            return new Opened(reader, sample, head.length <= SAMPLE_BYTES, charset, raw, size);
        } catch (IOException | RuntimeException e) {
            in.close();
            if (e instanceof java.util.zip.ZipException) {
                throw new BadInputException(
                        name + ": looks gzipped but cannot be decompressed (" + e.getMessage() + ")");
            }
            throw e;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes and most C0 control codes never appear in a text table. */
    private static int indexOfBinary(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1a)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static boolean isUtf8(byte[] head, int from) {
        int end = head.length;
        // The sample may end inside a multi-byte character: drop up to three trailing continuation bytes.
        int back = 0;
        while (back < 3 && end - back - 1 >= from && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= from && (head[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, from, end - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
