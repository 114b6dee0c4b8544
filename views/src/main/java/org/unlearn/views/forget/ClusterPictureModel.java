package org.unlearn.views.forget;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    }

    private void showPicture() {
        ModelState state = current.getValue();
        plane.show(state == null ? null : ClusterPicture.of(state, showBefore.get() ? before.getValue() : null));
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
