package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.views.common.PointSeries;

/** Picking rows: typed ids, a click or a rectangle on the picture, the row table. */
class RowPicksTest extends ForgetFixture {
    @Test
    void typedTextThatIsNotRowIdsIsRefusedAndThePickStays() {
        trainOnIris();
        pick("3");

        pick("3, abc");
        assertEquals("\"abc\" is not a row id", model.picks().pickMessageProperty().get());
        assertTrue(model.picks().pickRefusedProperty().get());
        assertEquals(RowSelection.of(3), model.picks().pickedProperty().get());

        pick("999");
        assertEquals("row 999 is not among the model's rows (forgotten already, or never read; ids run 1–150)",
                model.picks().pickMessageProperty().get());

        pick("148 - 152");
        assertEquals(RowSelection.of(148, 149, 150), model.picks().pickedProperty().get());
        assertEquals("2 of the typed ranges are not among the model's rows and were left out",
                model.picks().pickMessageProperty().get());
        assertFalse(model.picks().pickRefusedProperty().get());
    }

    @Test
    void clickingNearAPointPicksItShiftAddsAndCtrlToggles() {
        trainOnIris();
        PointSeries cluster = model.picture().pictureProperty().get().clusters().get(0);
        int a = cluster.rowId(0);
        int b = cluster.rowId(1);

        model.picks().pickNear(cluster.x(0), cluster.y(0), 1e-9, 1e-9, PickMode.REPLACE);
        assertEquals(RowSelection.of(a), model.picks().pickedProperty().get());
        model.picks().pickNear(cluster.x(1), cluster.y(1), 1e-9, 1e-9, PickMode.ADD);
        assertEquals(RowSelection.of(a, b), model.picks().pickedProperty().get());
        model.picks().pickNear(cluster.x(0), cluster.y(0), 1e-9, 1e-9, PickMode.TOGGLE);
        assertEquals(RowSelection.of(b), model.picks().pickedProperty().get());
        assertEquals(1, model.picture().pickedPointsProperty().get().size());
        model.picks().pickNear(1000, 1000, 1e-3, 1e-3, PickMode.REPLACE);
        assertTrue(model.picks().pickedProperty().get().isEmpty(), "a click on nothing picks nothing");
    }

    @Test
    void theRowTableCanPickAndListOnlyThePickedRows() {
        trainOnIris();
        model.picks().setPicked(10, true);
        model.picks().setPicked(20, true);
        model.picks().setPicked(10, false);
        assertEquals(RowSelection.of(20), model.picks().pickedProperty().get());
        assertEquals("20", model.picks().pickTextProperty().get(), "the typed ids follow the pick");

        model.table().onlyPickedProperty().set(true);
        assertEquals(List.of(20), model.table().tableRows().stream().map(RowEntry::rowId).toList());
    }
}
