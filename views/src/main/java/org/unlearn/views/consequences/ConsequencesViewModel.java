package org.unlearn.views.consequences;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.unlearn.model.bench.Replay;
import org.unlearn.model.lesson.LessonSetup;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.ChartSaving;
import org.unlearn.views.common.Figures;
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
    private final ObjectProperty<String> chart = new SimpleObjectProperty<>(LessonSetup.FIRST_CHART);
    private final ReadOnlyStringWrapper metric = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper workUnit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper compareExecutable = new ReadOnlyBooleanWrapper(false);
    private final Comparison comparison;
    private final ChartSaving saving;
    /** The chain's replay plan, made again when its history changes (not on every refresh). */
    private ReplayPlan plan;

    public ConsequencesViewModel(BackgroundWork work, ModelChain chain) {
        this.chain = Objects.requireNonNull(chain);
        comparison = new Comparison(work, this::refresh);
        saving = new ChartSaving(work);
        compareExecutable.bind(Bindings.createBooleanBinding(
                () -> chain.history().size() > 1 || comparison.runningProperty().get(),
                chain.history(),
                comparison.runningProperty()));
        chain.history().addListener((ListChangeListener<HistoryEntry>) c -> {
            plan = null;
            refresh();
        });
        measure.addListener(o -> refresh());
        cumulative.addListener(o -> refresh());
        refresh();
    }

    /** Saves the charts as PNG or SVG off the FX thread (name them with {@link #exportContext}). */
    public ChartSaving chartSaving() {
        return saving;
    }

    /**
     * What an exported chart names under its title: "penguins.csv · Q-k-means · k = 3, … · seed 42", then who
     * was left out of the comparison and why, as the header says on screen; empty without a model.
     */
    public String exportContext() {
        String model = chain.modelTitleProperty().get();
        String out = leftOut.get();
        return model.isEmpty()
                ? ""
                : chain.datasetNameProperty().get() + " · " + model + (out.isEmpty() ? "" : ". " + out);
    }

    /**
     * Replays the chain's requests with every contender not yet up to date, each in its own background
     * job; while that runs, the same command cancels it instead (one comparison at a time).
     */
    public void compare() {
        if (comparison.runningProperty().get()) {
            comparison.cancel();
            return;
        }
        ReplayPlan now = plan();
        ModelState trained = trained();
        if (now != null && trained != null) {
            comparison.start(now, trained);
        }
    }

    private ReplayPlan plan() {
        if (plan == null && chain.history().size() > 1) {
            plan = chain.replayPlan().orElse(null);
        }
        return plan;
    }

    private ModelState trained() {
        HistoryEntry t = training();
        return t == null ? null : t.state();
    }

    private HistoryEntry training() {
        ObservableList<HistoryEntry> h = chain.history();
        return h.isEmpty() ? null : h.get(h.size() - 1);
    }

    private void refresh() {
        List<HistoryEntry> oldestFirst = new ArrayList<>(chain.history());
        Collections.reverse(oldestFirst);
        ModelState trained = trained();
        comparison.follow(trained);
        ReplayPlan now = plan();
        List<Replay.Line> lines = comparison.lines(now);
        List<Integer> numbers = comparison.numbers();
        // The axes' words first: a chart is drawn the moment its lines are set, and reads them then.
        metric.set(trained == null ? "" : trained.metric());
        workUnit.set(trained == null ? "" : trained.workUnit());
        List<String> out = new ArrayList<>(now == null ? List.of() : now.leftOut());
        out.addAll(comparison.refusals());
        leftOut.set(out.isEmpty() ? "" : "Left out: " + String.join("; ", out));
        drift.set(Consequences.drift(oldestFirst, lines));
        List<Curve> perRequest = Consequences.cost(oldestFirst, lines, numbers, measure.get());
        cost.set(cumulative.get() ? perRequest.stream().map(Curve::cumulative).toList() : perRequest);
        bars.set(
                oldestFirst.isEmpty()
                        ? null
                        : Bars.of(
                                oldestFirst.get(0).state().engine(),
                                oldestFirst.get(oldestFirst.size() - 1).state().engine()));
        note.set(note(oldestFirst.subList(Math.min(1, oldestFirst.size()), oldestFirst.size()), now, trained));
    }

    /**
     * @param entries the history's entries after the training: forget requests, and consolidations, which
     *                forget nothing new (nor does a request of held-out rows), so no other method replays them
     */
    private String note(List<HistoryEntry> entries, ReplayPlan now, ModelState trained) {
        if (trained == null) {
            return "Train a model and forget rows: each request adds a point here.";
        }
        if (comparison.runningProperty().get()) {
            return "Comparing: " + comparison.progressText() + "; each line appears as its method finishes.";
        }
        String estimate = now == null ? "" : comparison.estimate(now, trained);
        int requests = now == null ? 0 : now.requests().size();
        String own = Replayed.ownEntries(entries);
        if (!comparison.any()) {
            return entries.isEmpty()
                    ? "Forget rows to see what each request costs and changes."
                    : "Lines: this model's " + own + ". Compare to replay "
                            + (requests == 1 ? "its request" : "its " + Figures.count(requests) + " requests")
                            + " with the other methods." + (estimate.isEmpty() ? "" : " " + estimate);
        }
        if (now != null && comparison.behind(now, trained)) {
            return "The other methods replayed the first " + Figures.count(comparison.replayedRequests()) + " of "
                    + Figures.count(requests) + " requests; compare again to bring them up to date."
                    + (estimate.isEmpty() ? "" : " " + estimate);
        }
        return "Every method carried out the same " + Replayed.requests(requests)
                + " from its own training on the same rows and seed" + Replayed.notReplayed(entries, requests) + ".";
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

    /**
     * The chart shown, by the name a lesson gives it ({@link LessonSetup#CHARTS}: drift, cost, before-after):
     * a lesson step chooses the chart it talks about, the view follows and tells back the tab a user chose.
     */
    public ObjectProperty<String> chartProperty() {
        return chart;
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

    /** True when Compare has something to do: requests to replay, or a comparison to cancel. */
    public ReadOnlyBooleanProperty compareExecutableProperty() {
        return compareExecutable.getReadOnlyProperty();
    }

    /** True while a comparison runs: the Compare button then cancels it. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparison.runningProperty();
    }

    /** True from Cancel until the contender under way has stopped. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return comparison.cancellingProperty();
    }

    /** Who could not take part on these rows and why ("Left out: SISA: …"); empty when everyone could. */
    public ReadOnlyStringProperty leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }
}
