package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The sheet's rules all close: JavaFX reads past an unclosed rule without a word, and every rule after it is
 * then lost (a merge once dropped one brace, and the lesson panel and the concept pages went plain).
 */
class StylesheetTest {
    @Test
    void everyRuleClosesBeforeTheNextOpens() throws IOException {
        String css;
        try (InputStream in = Styles.class.getResourceAsStream("/org/unlearn/views/unlearn.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertEquals(1, depth, "a rule opens inside another at line " + line + " (comments removed)");
            } else if (c == '}') {
                depth--;
                assertTrue(depth >= 0, "a brace closes nothing at line " + line + " (comments removed)");
            }
        }
        assertEquals(0, depth, "the last rule does not close");
    }
}
