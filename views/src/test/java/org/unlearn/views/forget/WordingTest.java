package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words users read and reported: rows said as rows, runs as ranges, yes-or-no facts in words. */
class WordingTest {
    @Test
    void aRunOfRowsIsOneRangeInTheHistory() {
        assertEquals("Forgot 9 rows (11–19)", RequestReport.headline(new int[] {11, 12, 13, 14, 15, 16, 17, 18, 19}));
        assertEquals("Forgot 2 rows (4, 5)", RequestReport.headline(new int[] {5, 4}));
        assertEquals("Forgot row 7", RequestReport.headline(new int[] {7}));
    }

    @Test
    void pastSixPiecesTheRestIsCountedInRows() {
        int[] ids = {1, 3, 5, 7, 9, 11, 20, 21, 22, 30};
        assertEquals("Forgot 10 rows (1, 3, 5, 7, 9, 11 and 4 more rows)", RequestReport.headline(ids));
        assertEquals(
                "Forgot 13 rows (1, 3, 5, 7, 9, 11–17 and 1 more row)",
                RequestReport.headline(new int[] {1, 3, 5, 7, 9, 11, 12, 13, 14, 15, 16, 17, 40}));
    }

    @Test
    void aYesOrNoFactIsSaidInWords() {
        assertEquals("stopped early: yes", FamilyFacts.fact("stopped_early", true));
        assertEquals("stopped early: no", FamilyFacts.fact("stopped_early", false));
        assertEquals("iterations 12", FamilyFacts.fact("iterations", 12));
    }
}
