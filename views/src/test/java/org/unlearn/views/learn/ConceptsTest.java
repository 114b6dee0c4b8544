package org.unlearn.views.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptsTest {
    @Test
    void everyConceptPageHasATitleAndParagraphsWithoutFigures() {
        List<Concepts.Page> pages = Concepts.all();
        assertEquals(9, pages.size());
        for (Concepts.Page p : pages) {
            assertFalse(p.title().isBlank(), p.id());
            assertFalse(p.paragraphs().isEmpty(), p.id());
            for (String paragraph : p.paragraphs()) {
                assertFalse(paragraph.contains("\n"), p.id() + ": a paragraph is one line");
                // Measured figures belong to the app: the pages cite years, article numbers and 0.5 / 1 of the AUC
                // only.
                assertFalse(paragraph.matches(".*\\d+(\\.\\d+)?\\s*(%|ms|s\\b|x faster).*"), p.id() + ": " + paragraph);
            }
        }
        assertTrue(pages.get(1).title().startsWith("SISA"));
    }
}
