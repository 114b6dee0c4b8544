package org.unlearn.model.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.unlearn.model.BadInputException;

/**
 * Recognises UTF-16 text (what Excel's "Unicode text" and Windows PowerShell write): by its byte-order
 * mark, or without one by the zero byte that every ASCII character has on the same side of its pair.
 * UTF-32 is refused by name rather than read.
 */
final class Utf16 {
    private static final int PAIRS_LOOKED_AT = 2048;

    private Utf16() {}

    static boolean is(Charset charset) {
        return charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE;
    }

    /** UTF-16LE or BE, or null when the bytes are not UTF-16. */
    static Charset detect(byte[] head, String name) {
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        boolean utf32 = head.length >= 4
                && ((b0 == 0xFF && b1 == 0xFE && head[2] == 0 && head[3] == 0)
                        || (b0 == 0 && b1 == 0 && (head[2] & 0xff) == 0xFE && (head[3] & 0xff) == 0xFF));
        if (utf32 || looksLikeUtf32(head)) {
            throw new BadInputException(name + ": the file is UTF-32 text; save it as UTF-8 or UTF-16");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int pairs = Math.min(head.length / 2, PAIRS_LOOKED_AT);
        if (pairs < 2) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int p = 0; p < pairs; p++) {
            zeroFirst += head[2 * p] == 0 ? 1 : 0;
            zeroSecond += head[2 * p + 1] == 0 ? 1 : 0;
        }
        // A text table is mostly ASCII: in UTF-16 most pairs then have one zero byte, always on the same side.
        if (zeroSecond * 10 >= pairs * 7 && zeroFirst * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroFirst * 10 >= pairs * 7 && zeroSecond * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** ASCII in UTF-32 without a mark: three zero bytes in every four, on the same side. */
    private static boolean looksLikeUtf32(byte[] head) {
        int quads = Math.min(head.length / 4, PAIRS_LOOKED_AT);
        int big = 0;
        int little = 0;
        for (int q = 0; q < quads; q++) {
            int i = 4 * q;
            boolean middle = head[i + 1] == 0 && head[i + 2] == 0;
            big += middle && head[i] == 0 && head[i + 3] != 0 ? 1 : 0;
            little += middle && head[i + 3] == 0 && head[i] != 0 ? 1 : 0;
        }
        return quads >= 2 && (big * 10 >= quads * 7 || little * 10 >= quads * 7);
    }

    static int bomLength(byte[] head) {
        int b0 = head[0] & 0xff;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) ? 2 : 0;
    }
}
