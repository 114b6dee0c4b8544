package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.plane.PickMode;
import org.unlearn.views.plane.PlaneViewModel;
import org.unlearn.views.plane.PlaneViewport;

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

    void train(String family) {
        model.form().choose(family);
        model.train();
        assertNotNull(model.chain().currentProperty().get(), () -> "no model: " + work.outcomes());
    }

    void trainOnIris() {
        open("iris.csv", "target_name");
        train("qkmeans");
    }

    /** Draws a rectangle on the plane between two of its points (in the plane's units, not pixels). */
    void pickInside(double x0, double y0, double x1, double y1, PickMode mode) {
        PlaneViewModel plane = model.picture().plane();
        PlaneViewport v = plane.viewportProperty().get();
        plane.selectRectangle(v.screenX(x0), v.screenY(y0), v.screenX(x1), v.screenY(y1), mode);
    }

    void pick(String ids) {
        model.picks().pickTextProperty().set(ids);
        model.picks().pickTyped();
    }
}
