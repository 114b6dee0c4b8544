package org.unlearn.views.shards;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.unlearn.model.forget.Sharded;
import org.unlearn.views.common.Figures;
import org.unlearn.views.forget.HistoryEntry;
import org.unlearn.views.forget.ModelState;
import org.unlearn.views.forget.RowSelection;

/**
 * The shard map of the current model, for any model that deals its rows to shards and slices: it follows
 * the model, the picked rows and the chain's requests; no map while the model has no shards.
 */
public final class ShardMapViewModel {
    private final ObjectBinding<ShardMap> map;
    private final StringBinding caption;

    /** @param history the chain of models, newest first, as {@code ModelChain.history()} holds it */
    public ShardMapViewModel(
            ObservableValue<ModelState> current,
            ObservableValue<RowSelection> picked,
            ObservableList<HistoryEntry> history) {
        map = Bindings.createObjectBinding(
                () -> {
                    ModelState state = current.getValue();
                    if (state == null || !(state.engine() instanceof Sharded sharded)) {
                        return null;
                    }
                    return ShardMap.of(
                            sharded,
                            state.engine().trainingData(),
                            picked.getValue().ids(),
                            requests(state, history));
                },
                current,
                picked,
                history);
        caption = Bindings.createStringBinding(() -> caption(map.get()), map);
    }

    /** The requests that made the current model, newest first, each with the model it forgot from. */
    private static List<ShardMap.Request> requests(ModelState state, List<HistoryEntry> history) {
        List<ShardMap.Request> out = new ArrayList<>();
        int at = 0;
        while (at < history.size() && history.get(at).state() != state) {
            at++;
        }
        for (int i = at; i + 1 < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            ModelState before = history.get(i + 1).state();
            if (entry.request() != null && before.engine() instanceof Sharded was) {
                out.add(new ShardMap.Request(
                        was,
                        before.engine().trainingData(),
                        entry.request().report().rowIds()));
            }
        }
        return out;
    }

    private static String caption(ShardMap m) {
        if (m == null) {
            return "";
        }
        int planned = ShardMap.count(m.planned());
        int deleted = ShardMap.count(m.deleted());
        String now = planned == 0
                ? "Pick rows to see the cells forgetting them would retrain."
                : "Forgetting the picked rows retrains " + Figures.count(planned) + " of "
                        + Figures.count((long) m.shards() * m.slices()) + " cells in "
                        + shards(ShardMap.shardsOf(m.planned()).size())
                        + ".";
        return now
                + (deleted == 0
                        ? ""
                        : " The last request deleted " + Figures.count(deleted)
                                + (deleted == 1 ? " checkpoint" : " checkpoints")
                                + " (crossed out) and rebuilt them without its rows.");
    }

    private static String shards(int n) {
        return n + (n == 1 ? " shard" : " shards");
    }

    /** The map, or null while the current model has no shards. */
    public ObjectBinding<ShardMap> mapProperty() {
        return map;
    }

    /** One line on what is highlighted and what is crossed out. */
    public StringBinding captionProperty() {
        return caption;
    }
}
