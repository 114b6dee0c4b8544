package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stylesheet the window loads parses without an error: JavaFX only logs a broken rule and drops the rest
 * of the file, so a merge that loses a brace would silently unstyle everything after it.
 */
class StylesheetsParseTest {
    @ParameterizedTest
    @ValueSource(strings = {"unlearn.css", "high-contrast.css"})
    void parsesWithoutAnError(String name) throws IOException {
        URL url = Styles.class.getResource("/org/unlearn/views/" + name);
        assertTrue(url != null, name + " is not on the class path");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(url);
        List<String> errors =
                CssParser.errorsProperty().stream().map(Object::toString).collect(Collectors.toList());
        assertEquals(List.of(), errors, name);
        assertTrue(!sheet.getRules().isEmpty(), name + " has no rules");
    }
}
