package org.unlearn.views.consequences;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.unlearn.model.BadInputException;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.BackgroundCommand;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.Job;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.forget.HistoryEntry;
import org.unlearn.views.forget.ModelChain;
import org.unlearn.views.forget.ModelState;
import org.unlearn.views.forget.ReplayPlan;

/**
 * What forgetting cost and changed, request by request: the chain's own requests as they were made, and,
 * once asked for, the same requests carried out again by the contenders (the family retrained from
 * scratch after each, the other families) on the same rows with the same seed. The replay belongs to the
 * training it started from: a new training puts it away, further requests mark it as behind.
 */
public final class ConsequencesViewModel {
    private final ModelChain chain;
    private final ReadOnlyObjectWrapper<List<Curve>> drift = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Curve>> cost = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Bars> bars = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<CostMeasure> measure = new SimpleObjectProperty<>(CostMeasure.TIME);
    private final BooleanProperty cumulative = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper metric = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper workUnit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final BackgroundCommand<Asked, Replayed> compare;
    private Replayed replayed;

    /** The replays of one training's first requests. */
    private record Replayed(
            HistoryEntry training,
            int requests,
            List<Integer> numbers,
            List<Replay.Line> lines,
            List<String> skipped) {}

    /** A replay asked for: the plan, and the training whose chain it was made from. */
    private record Asked(ReplayPlan plan, HistoryEntry training) {}

    public ConsequencesViewModel(BackgroundWork work, ModelChain chain) {
        this.chain = Objects.requireNonNull(chain);
        compare = new BackgroundCommand<>(
                work,
                Bindings.createBooleanBinding(() -> chain.history().size() > 1, chain.history()),
                asked -> "Replay " + Figures.count(asked.plan().requests().size()) + " requests with "
                        + asked.plan().contenders().size() + " other methods",
                ConsequencesViewModel::replay,
                this::replayed);
        chain.history().addListener((ListChangeListener<HistoryEntry>) c -> refresh());
        measure.addListener(o -> refresh());
        cumulative.addListener(o -> refresh());
        refresh();
    }

    /**
     * What an exported chart names under its title: "penguins.csv · Q-k-means · k = 3, … · seed 42"; empty
     * without a model.
     */
    public String exportContext() {
        String model = chain.modelTitleProperty().get();
        return model.isEmpty() ? "" : chain.datasetNameProperty().get() + " · " + model;
    }

    /** Replays the chain's requests with every contender, in the background. */
    public void compare() {
        chain.replayPlan().ifPresent(plan -> compare.execute(new Asked(plan, training())));
    }

    private static Job<Replayed> replay(Asked asked) {
        ReplayPlan plan = asked.plan();
        return progress -> {
            List<Replay.Line> lines = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            int n = plan.contenders().size();
            for (int i = 0; i < n; i++) {
                progress.checkCancelled();
                Replay.Contender<?> contender = plan.contenders().get(i);
                try {
                    lines.add(run(contender, plan, progress.range(i / (double) n, (i + 1.0) / n)));
                } catch (BadInputException refused) {
                    // A method these rows do not allow: the comparison goes on without it, and says so.
                    skipped.add(contender.name() + " (" + refused.getMessage() + ")");
                }
            }
            return new Replayed(
                    asked.training(),
                    plan.numbers().isEmpty()
                            ? 0
                            : plan.numbers().get(plan.numbers().size() - 1),
                    plan.numbers(),
                    lines,
                    skipped);
        };
    }

    private static <M extends UnlearningModel<M>> Replay.Line run(
            Replay.Contender<M> contender, ReplayPlan plan, Progress progress) {
        return Replay.run(contender, plan.rows(), plan.seed(), plan.requests(), progress);
    }

    private void replayed(Outcome<Replayed> outcome) {
        if (outcome instanceof Outcome.Succeeded<Replayed> s && s.value().training() == training()) {
            replayed = s.value();
            refresh();
        }
    }

    private HistoryEntry training() {
        ObservableList<HistoryEntry> h = chain.history();
        return h.isEmpty() ? null : h.get(h.size() - 1);
    }

    private void refresh() {
        List<HistoryEntry> oldestFirst = new ArrayList<>(chain.history());
        Collections.reverse(oldestFirst);
        if (replayed != null && (oldestFirst.isEmpty() || replayed.training() != oldestFirst.get(0))) {
            replayed = null;
        }
        List<Replay.Line> lines = replayed == null ? List.of() : replayed.lines();
        List<Integer> numbers = replayed == null ? List.of() : replayed.numbers();
        ModelState trained = oldestFirst.isEmpty() ? null : oldestFirst.get(0).state();
        // The axes' words first: a chart is drawn the moment its lines are set, and reads them then.
        metric.set(trained == null ? "" : trained.metric());
        workUnit.set(trained == null ? "" : trained.workUnit());
        drift.set(Consequences.drift(oldestFirst, lines));
        List<Curve> perRequest = Consequences.cost(oldestFirst, lines, numbers, measure.get());
        cost.set(cumulative.get() ? perRequest.stream().map(Curve::cumulative).toList() : perRequest);
        bars.set(
                oldestFirst.isEmpty()
                        ? null
                        : Bars.of(
                                oldestFirst.get(0).state().engine(),
                                oldestFirst.get(oldestFirst.size() - 1).state().engine()));
        note.set(note(oldestFirst.size() - 1, lastForgetting(oldestFirst)));
    }

    /** The number of the last entry that forgot rows (a consolidation forgets none); 0 without one. */
    private static int lastForgetting(List<HistoryEntry> oldestFirst) {
        for (int i = oldestFirst.size() - 1; i > 0; i--) {
            if (oldestFirst.get(i).request().report().rowIds().length > 0) {
                return oldestFirst.get(i).number();
            }
        }
        return 0;
    }

    /**
     * @param requests    entries after the training (consolidations included)
     * @param lastForgets the number of the last entry that forgot rows: what a replay must reach
     */
    private String note(int requests, int lastForgets) {
        if (requests < 0) {
            return "Train a model and forget rows: each request adds a point here.";
        }
        if (replayed == null) {
            return requests == 0
                    ? "Forget rows to see what each request costs and changes."
                    : "Lines: this model's " + Figures.count(requests) + (requests == 1 ? " request" : " requests")
                            + ". Compare to replay them with the other methods.";
        }
        if (replayed.requests() < lastForgets) {
            return "The other methods replayed the first " + Figures.count(replayed.requests()) + " of "
                    + Figures.count(requests) + " requests; compare again to bring them up to date.";
        }
        String left = replayed.skipped().isEmpty() ? "" : " Left out: " + String.join("; ", replayed.skipped()) + ".";
        return "Every method carried out the same " + Figures.count(requests)
                + (requests == 1 ? " request" : " requests") + " from its own training on the same rows and seed."
                + left;
    }

    /** Quality after each request, one line per method: x is rows forgotten so far. */
    public ReadOnlyObjectProperty<List<Curve>> driftProperty() {
        return drift.getReadOnlyProperty();
    }

    /** Cost of each request (or the running total), one line per method: x is the request number. */
    public ReadOnlyObjectProperty<List<Curve>> costProperty() {
        return cost.getReadOnlyProperty();
    }

    /** The trained model beside the model now, in the family's own terms; null without a model (or bars). */
    public ReadOnlyObjectProperty<Bars> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    public ObjectProperty<CostMeasure> measureProperty() {
        return measure;
    }

    public BooleanProperty cumulativeProperty() {
        return cumulative;
    }

    /** What the drift chart's quality is ("k-means loss (mean squared distance)"). */
    public ReadOnlyStringProperty metricProperty() {
        return metric.getReadOnlyProperty();
    }

    /** What the work units count ("point–centroid distances"). */
    public ReadOnlyStringProperty workUnitProperty() {
        return workUnit.getReadOnlyProperty();
    }

    /** One line on what the charts hold and whether the replay is up to date. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty compareExecutableProperty() {
        return compare.executableProperty();
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return compare.runningProperty();
    }
}
