package org.unlearn.views.forget;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.data.LoadedData;
import org.unlearn.views.data.RowPlane;

/**
 * Train a k-means family model on the opened dataset, pick rows, see what forgetting them would cost,
 * forget them, and check the result against a retrain from scratch: the forget view's pieces, wired to
 * one another. Each panel takes the pieces it shows; the menus and the screenshot option use the
 * commands here.
 */
public final class ForgetViewModel {
    private final TrainingForm form = new TrainingForm();
    private final ModelChain chain;
    private final RowPicks picks;
    private final ForgetPlanner planner;
    private final ClusterPictureModel picture;
    private final RowTableModel table;
    private final CertifiedShares certifiedShares;
    private final OptionCostModel optionCost;

    /**
     * @param plane the data view's plane of the dataset's rows, which training takes as given while it is there
     */
    public ForgetViewModel(BackgroundWork work, ObservableValue<LoadedData> data, ObservableValue<RowPlane> plane) {
        Objects.requireNonNull(work);
        Objects.requireNonNull(data);
        Objects.requireNonNull(plane);
        // The chain forgets the picked rows, and the pick follows the chain's current model: one of the two
        // must be handed over once both exist.
        ObjectProperty<RowSelection> toForget = new SimpleObjectProperty<>(RowSelection.EMPTY);
        chain = new ModelChain(work, data, plane, form.recipeProperty(), toForget);
        picks = new RowPicks(
                chain.currentProperty(),
                Bindings.createObjectBinding(
                        () -> data.getValue() == null ? null : data.getValue().dataset(), data));
        toForget.bind(picks.pickedProperty());
        planner =
                new ForgetPlanner(work, chain.currentProperty(), picks.pickedProperty(), chain.requestMethodProperty());
        picture = new ClusterPictureModel(chain.currentProperty(), chain.beforeProperty(), picks);
        table = new RowTableModel(chain.currentProperty(), picks.pickedProperty(), form.familyProperty());
        certifiedShares = new CertifiedShares(work, chain.currentProperty(), chain.history());
        data.addListener((o, was, now) -> {
            if (was == null || now == null || !was.file().equals(now.file())) {
                form.resetOptions();
            }
            suggestK(now);
        });
        suggestK(data.getValue());
        // Each family keeps its history on each dataset while the app runs: choosing it again brings it back.
        form.familyProperty().addListener((o, was, now) -> {
            if (now != null) {
                chain.bringBack(now.code());
            }
        });
        optionCost = new OptionCostModel(work, form, data);
    }

    private void suggestK(LoadedData now) {
        if (now != null) {
            form.suggestFrom(now.prepared().rows());
        }
    }

    /** Trains the form's recipe on the opened dataset, in the background; on success it replaces the model chain. */
    public void train() {
        chain.train();
    }

    /** Forgets the picked rows from the current model, in the background; on success the new model is current. */
    public void forget() {
        chain.forget();
    }

    /** Retrains from scratch on the current model's rows with its seed and compares, in the background. */
    public void verify() {
        chain.verify();
    }

    public void clearPicks() {
        picks.clearPicks();
    }

    /** What the chosen family's costed option (SISA's shard count) costs on the opened rows. */
    public OptionCostModel optionCost() {
        return optionCost;
    }

    public TrainingForm form() {
        return form;
    }

    /** The models, their history and the train, forget and check commands. */
    public ModelChain chain() {
        return chain;
    }

    /** The rows picked for forgetting. */
    public RowPicks picks() {
        return picks;
    }

    /** What forgetting the picked rows would do. */
    public ForgetPlanner planner() {
        return planner;
    }

    /** The current model's picture. */
    public ClusterPictureModel picture() {
        return picture;
    }

    /** What Q-k-means certifies on this data, and ε against it. */
    public CertifiedShares certifiedShares() {
        return certifiedShares;
    }

    /** The row table's rows. */
    public RowTableModel table() {
        return table;
    }
}
