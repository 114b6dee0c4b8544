package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stylesheet the window loads parses without an error: JavaFX only logs a broken rule and drops every
 * rule after it, so a brace lost in a merge silently unstyles whole panels.
 */
class StylesheetsParseTest {
    @ParameterizedTest
    @ValueSource(strings = {"/org/unlearn/views/unlearn.css", "/org/unlearn/views/high-contrast.css"})
    void parsesWithoutErrors(String name) throws Exception {
        URL sheet = StylesheetsParseTest.class.getResource(name);
        assertNotNull(sheet, name);
        CssParser.errorsProperty().clear();
        new CssParser().parse(sheet);
        List<String> errors = CssParser.errorsProperty().stream()
                .map(CssParser.ParseError::toString)
                .toList();
        assertEquals(List.of(), errors, name);
    }
}
