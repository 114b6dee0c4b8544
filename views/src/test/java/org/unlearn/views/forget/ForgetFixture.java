package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;

/**
 * The forget view's model on real samples, wired to the data view's as the window wires them, with jobs
 * run at once: what the forget view's tests open, train and pick with.
 */
abstract class ForgetFixture {
    /** A wall time as the view writes it. */
    static final String WALL_TIME = "\\d+(\\.\\d+)? (µs|ms|s)";

    final ImmediateWork work = new ImmediateWork();
    final DataViewModel data = new DataViewModel(work);
    final ForgetViewModel model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());

    void open(String file, String label) {
        data.open(new OpenRequest(TestFiles.sample(file), label));
        assertTrue(data.loadedProperty().get(), () -> file + " did not open: " + work.outcomes());
    }

    void train(Family family) {
        model.form().familyProperty().set(family);
        model.train();
        assertNotNull(model.chain().currentProperty().get(), () -> "no model: " + work.outcomes());
    }

    void trainOnIris() {
        open("iris.csv", "target_name");
        train(Family.QKMEANS);
    }

    void pick(String ids) {
        model.picks().pickTextProperty().set(ids);
        model.picks().pickTyped();
    }
}
