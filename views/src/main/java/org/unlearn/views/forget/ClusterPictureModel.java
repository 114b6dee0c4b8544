package org.unlearn.views.forget;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneViewModel;

/**
 * The current model on the row plane: its picture (clusters, ghosts of the forgotten rows, centroids) and
 * the picked rows on it, picked there through {@link RowPicks}. A new pick changes the highlighted rows
 * alone; a new model, the picture.
 */
public final class ClusterPictureModel {
    private final ObservableValue<ModelState> current;
    private final ObservableValue<ModelState> before;
    private final PlaneViewModel plane;
    private final BooleanProperty showBefore = new SimpleBooleanProperty(true);
    private final ObjectProperty<StepCentroids> step = new SimpleObjectProperty<>();

    /**
     * @param before the model before the last request, whose centroids the picture can show
     * @param picks  the pick the plane shows and changes
     */
    ClusterPictureModel(ObservableValue<ModelState> current, ObservableValue<ModelState> before, RowPicks picks) {
        this.current = current;
        this.before = before;
        this.plane = new PlaneViewModel(picks::pick);
        current.addListener((o, was, now) -> showPicture());
        picks.pickedProperty().addListener((o, was, now) -> plane.showPicked(now.ids()));
        showBefore.addListener((o, was, now) -> showPicture());
        step.addListener((o, was, now) -> showPicture());
    }

    private void showPicture() {
        ModelState state = current.getValue();
        if (state == null) {
            plane.show(null);
            return;
        }
        // A step's centroids are those of the run the request replayed: the model before it.
        ModelState run = before.getValue() != null ? before.getValue() : state;
        java.util.List<org.unlearn.views.plane.PlaneMarks> marks = step.get() == null || !run.clusters()
                ? java.util.List.of()
                : step.get().marks(run);
        plane.show(ClusterPicture.of(state, showBefore.get() ? before.getValue() : null, marks));
    }

    /** The centroids a step of the step-through points at, drawn above the picture; null for none. */
    public ObjectProperty<StepCentroids> stepProperty() {
        return step;
    }

    /** The plane the picture is drawn and picked on. */
    public PlaneViewModel plane() {
        return plane;
    }

    /** What the plane shows of the current model; null without a model. */
    public ReadOnlyObjectProperty<PlaneContent> pictureProperty() {
        return plane.contentProperty();
    }

    /** Whether the picture shows where the centroids were before the last request. */
    public BooleanProperty showBeforeProperty() {
        return showBefore;
    }
}
