package org.unlearn.views.shards;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.model.sisa.SisaRetrain;
import org.unlearn.views.common.Figures;
import org.unlearn.views.forget.ModelState;
import org.unlearn.views.forget.PlanSummary;
import org.unlearn.views.forget.RequestReport;
import org.unlearn.views.forget.RowSelection;

/**
 * The current SISA ensemble's shard map, following the model, the picked rows' plan and the last request;
 * no map while the model is of another family.
 */
public final class ShardMapViewModel {
    private final ObjectBinding<ShardMap> map;
    private final StringBinding caption;

    public ShardMapViewModel(ObservableValue<ModelState> current, ObservableValue<RowSelection> picked,
                             ObservableValue<PlanSummary> plan, ObservableValue<RequestReport> last) {
        map = Bindings.createObjectBinding(() -> {
            ModelState state = current.getValue();
            if (state == null || !(state.engine() instanceof SisaModel sisa)) {
                return null;
            }
            return ShardMap.of(sisa, picked.getValue().ids(), detail(plan.getValue()), detail(last.getValue()));
        }, current, picked, plan, last);
        caption = Bindings.createStringBinding(() -> caption(map.get()), map);
    }

    private static SisaRetrain detail(PlanSummary plan) {
        return plan != null && plan.plan().detail() instanceof SisaRetrain d ? d : null;
    }

    private static SisaRetrain detail(RequestReport report) {
        return report != null && report.report().detail() instanceof SisaRetrain d ? d : null;
    }

    private static String caption(ShardMap m) {
        if (m == null) {
            return "";
        }
        int planned = ShardMap.count(m.planned());
        int deleted = ShardMap.count(m.deleted());
        String now = planned == 0 ? "Pick rows to see the cells forgetting them would retrain."
                : "Forgetting the picked rows retrains " + Figures.count(planned) + " of "
                + Figures.count((long) m.shards() * m.slices()) + " cells in " + shards(ShardMap.shardsOf(m.planned()).size())
                + ".";
        return now + (deleted == 0 ? "" : " The last request deleted " + Figures.count(deleted)
                + (deleted == 1 ? " checkpoint" : " checkpoints") + " (crossed out) and rebuilt them without its rows.");
    }

    private static String shards(int n) {
        return n + (n == 1 ? " shard" : " shards");
    }

    /** The map, or null while the current model is not a SISA ensemble. */
    public ObjectBinding<ShardMap> mapProperty() {
        return map;
    }

    /** One line on what is highlighted and what is crossed out. */
    public StringBinding captionProperty() {
        return caption;
    }
}
