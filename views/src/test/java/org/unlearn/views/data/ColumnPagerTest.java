package org.unlearn.views.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnPagerTest {
    private final ColumnPager pager = new ColumnPager(40);

    @Test
    void walksThroughTheColumnsAndStopsAtTheEnds() {
        pager.reset(95);
        pager.showEarlier();
        assertEquals(0, pager.firstProperty().get());

        pager.showLater();
        pager.showLater();
        assertEquals("Columns 81–95 of 95", pager.textProperty().get());
        assertEquals(95, pager.end());
        assertFalse(pager.laterProperty().get());
        pager.showLater();
        assertEquals(80, pager.firstProperty().get(), "no page after the last");

        pager.showEarlier();
        assertEquals("Columns 41–80 of 95", pager.textProperty().get());
        assertTrue(pager.earlierProperty().get());
        assertTrue(pager.laterProperty().get());
    }

    @Test
    void exactlyOnePageNeedsNoPaging() {
        pager.reset(40);
        assertEquals("", pager.textProperty().get());
        assertFalse(pager.laterProperty().get());
        assertEquals(40, pager.end());
    }
}
