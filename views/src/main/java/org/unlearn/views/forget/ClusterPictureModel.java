package org.unlearn.views.forget;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.unlearn.views.common.PointSeries;

/**
 * The current model's picture and the picked rows on it. A new model's picked points are made before its
 * picture, so whoever draws the picture finds them ready; a new pick changes the picked points alone.
 */
public final class ClusterPictureModel {
    private final ObservableValue<ModelState> current;
    private final ObservableValue<ModelState> before;
    private final ObservableValue<RowSelection> picked;
    private final ReadOnlyObjectWrapper<ClusterPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PointSeries> pickedPoints = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty showBefore = new SimpleBooleanProperty(true);

    /**
     * @param before the model before the last request, whose centroids the picture can show
     */
    ClusterPictureModel(ObservableValue<ModelState> current, ObservableValue<ModelState> before,
                        ObservableValue<RowSelection> picked) {
        this.current = current;
        this.before = before;
        this.picked = picked;
        current.addListener((o, was, now) -> {
            showPicked();
            showPicture();
        });
        picked.addListener((o, was, now) -> showPicked());
        showBefore.addListener((o, was, now) -> showPicture());
    }

    private void showPicture() {
        ModelState state = current.getValue();
        picture.set(state == null ? null : ClusterPicture.of(state, showBefore.get() ? before.getValue() : null));
    }

    private void showPicked() {
        ModelState state = current.getValue();
        pickedPoints.set(state == null ? null : ClusterPicture.picked(state.plane(), picked.getValue()));
    }

    public ReadOnlyObjectProperty<ClusterPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The picked rows' points on the picture; null without a model, and set before a new model's picture. */
    public ReadOnlyObjectProperty<PointSeries> pickedPointsProperty() {
        return pickedPoints.getReadOnlyProperty();
    }

    /** Whether the picture shows where the centroids were before the last request. */
    public BooleanProperty showBeforeProperty() {
        return showBefore;
    }
}
