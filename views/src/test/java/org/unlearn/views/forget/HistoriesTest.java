package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;

/** Each family keeps its history on each dataset while the app runs; choosing it again brings it back. */
class HistoriesTest {
    private final ImmediateWork work = new ImmediateWork();
    private final DataViewModel data = new DataViewModel(work);
    private final ForgetViewModel model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());

    @Test
    void switchingFamilyAndBackBringsTheHistoryBack() {
        open("iris.csv", "target_name");
        model.form().choose("qkmeans");
        model.train();
        forget("5");
        forget("6");
        List<HistoryEntry> qkmeans = List.copyOf(model.chain().history());
        assertEquals(3, qkmeans.size());

        model.form().choose("dckmeans");
        assertEquals(qkmeans, model.chain().history(), "no history kept for DC-k-means: the model shown stays");
        model.train();
        forget("7");
        assertEquals(2, model.chain().history().size());
        assertEquals(3, model.chain().unsavedRequests(), "two requests kept, one shown");

        model.form().choose("qkmeans");
        assertEquals(qkmeans, model.chain().history());
        assertSame(qkmeans.get(0).state(), model.chain().currentProperty().get(), "the newest model is current again");
        forget("8");
        assertEquals(4, model.chain().history().size(), "and it goes on from there");

        model.form().choose("dckmeans");
        assertEquals(2, model.chain().history().size());
        assertEquals(
                "dckmeans",
                model.chain().currentProperty().get().fitted().family().code());
    }

    @Test
    void openingAnotherFileAndComingBackBringsTheHistoryBack() {
        open("iris.csv", "target_name");
        model.form().choose("dckmeans");
        model.train();
        forget("9");
        List<HistoryEntry> iris = List.copyOf(model.chain().history());

        open("penguins.csv", "species");
        assertTrue(model.chain().history().isEmpty());
        assertTrue(model.chain().noticeProperty().get().contains("open that file again"));
        open("iris.csv", "target_name");

        assertEquals(iris, model.chain().history());
        assertNotNull(model.chain().currentProperty().get());
        assertEquals("", model.chain().noticeProperty().get());
    }

    private void open(String sample, String label) {
        data.open(new OpenRequest(TestFiles.sample(sample), label));
    }

    private void forget(String ids) {
        model.picks().pickTextProperty().set(ids);
        model.picks().pickTyped();
        model.forget();
    }
}
