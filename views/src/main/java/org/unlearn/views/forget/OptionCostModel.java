package org.unlearn.views.forget;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.OptionCost;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.LatestJob;
import org.unlearn.views.data.LoadedData;

/**
 * What the chosen family's costed option (SISA's number of shards) costs on the opened rows, said beside
 * the option before a value is chosen: in words from the row counts at once, and measured in the background
 * on request (a few values against one model, and one forget request each), cancellable like any job. A
 * measurement is dropped when the data or the family changes; it names the options it was made with.
 */
public final class OptionCostModel {
    /** One measured value as the panel shows it. */
    public record Line(
            String value,
            String quality,
            String againstOne,
            String request,
            String requestTime,
            String train,
            boolean chosen,
            String sentence) {}

    private final TrainingForm form;
    private final ObservableValue<LoadedData> data;
    private final LatestJob<OptionCost> measured;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper words = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper measuredWith = new ReadOnlyStringWrapper("");

    OptionCostModel(BackgroundWork work, TrainingForm form, ObservableValue<LoadedData> data) {
        this.form = form;
        this.data = data;
        this.measured =
                new LatestJob<>(work, "The measurement was cancelled.", "What the options cost could not be measured.");
        form.familyProperty().addListener((o, was, now) -> forget());
        data.addListener((o, was, now) -> forget());
        form.recipeProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Measures, in the background, what a few values of the costed option cost on the opened rows. */
    public void measure() {
        Recipe<?> recipe = form.recipeProperty().get();
        LoadedData loaded = data.getValue();
        if (recipe == null || loaded == null || recipe.family().costedOption() == null) {
            return;
        }
        FamilyDescriptor<?> family = recipe.family();
        TrainingSet rows = recipe.configured().prepare(loaded.prepared().rows());
        measuredWith.set(recipe.optionsText() + ", seed " + recipe.seed());
        measured.start(
                "Measure what " + family.costedOption() + " cost",
                progress -> family.optionCost(recipe.options(), rows, recipe.seed(), progress),
                "Measuring on " + Figures.rows(rows.size()) + "…");
    }

    private void forget() {
        measured.clear("");
        measuredWith.set("");
        refresh();
    }

    private void refresh() {
        Recipe<?> recipe = form.recipeProperty().get();
        FamilyDescriptor<?> family = form.familyProperty().get();
        LoadedData loaded = data.getValue();
        shown.set(family != null && family.costedOption() != null);
        String said = "";
        if (recipe != null && loaded != null && recipe.family().costedOption() != null) {
            try {
                TrainingSet rows = recipe.configured().prepare(loaded.prepared().rows());
                // Said of the rows a training learns from: a family that learns a label holds out a fifth.
                if (recipe.family().group().supervised()) {
                    rows = Split.of(rows, ForgetJobs.HELD_OUT, recipe.seed()).train();
                }
                said = recipe.family().optionCostInWords(recipe.options(), rows);
            } catch (BadInputException e) {
                said = e.getMessage();
            }
        }
        words.set(said == null ? "" : said);
    }

    /** The measured values, one line each, the value now typed marked; empty before a measurement. */
    public List<Line> lines() {
        OptionCost cost = measured.valueProperty().get();
        if (cost == null) {
            return List.of();
        }
        String typed = typedValue(cost.option());
        return cost.points().stream()
                .map(p -> line(cost, p, p.value().equals(typed)))
                .toList();
    }

    /** The one model every value is compared with: "one model: 94.2% accuracy, trained in 1.2 s". */
    public String reference() {
        OptionCost cost = measured.valueProperty().get();
        if (cost == null) {
            return "";
        }
        return "One model on all " + Figures.count(cost.trainRows()) + " rows: " + quality(cost.reference())
                + " " + cost.metric() + " on " + Figures.count(cost.heldOut()) + " held-out rows, trained in "
                + time(cost.referenceMs()) + ".";
    }

    private String typedValue(String option) {
        try {
            String text = form.option(option).textProperty().get();
            return text == null ? null : text.strip();
        } catch (java.util.NoSuchElementException e) {
            return null;
        }
    }

    static Line line(OptionCost cost, OptionCost.Point p, boolean chosen) {
        if (!p.refused().isEmpty()) {
            return new Line(p.value(), "refused", "", "", "", "", chosen, p.value() + ": " + p.refused());
        }
        double lost = p.pointsLost(cost.reference());
        String against = Math.abs(lost) < 0.05
                ? "as one model"
                : String.format(Locale.ROOT, "%s%.1f", lost > 0 ? "−" : "+", Math.abs(lost));
        String sentence = String.format(
                Locale.ROOT,
                "%s %s: %s %s, %s; one request redoes %s of a training (averaged over the rows), %s here;"
                        + " training them all took %s.",
                p.value(),
                cost.option(),
                quality(p.quality()),
                cost.metric(),
                Math.abs(lost) < 0.05
                        ? "as one model"
                        : String.format(
                                Locale.ROOT, "%.1f points %s one model", Math.abs(lost), lost > 0 ? "below" : "above"),
                Figures.percent(p.requestShare()),
                time(p.requestMs()),
                time(p.trainMs()));
        return new Line(
                p.value(),
                quality(p.quality()),
                against,
                Figures.percent(p.requestShare()),
                time(p.requestMs()),
                time(p.trainMs()),
                chosen,
                sentence);
    }

    /** A quality in [0, 1] (accuracy) as a percentage with one decimal: the points the ensembles differ by. */
    static String quality(double q) {
        return Double.isNaN(q) ? "unknown" : String.format(Locale.ROOT, "%.1f%%", 100 * q);
    }

    private static String time(double ms) {
        return Figures.duration(Duration.ofNanos(Math.round(ms * 1e6)));
    }

    /** True while the chosen family has an option whose cost is said. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The cost in words from the row counts, at once; empty without data. */
    public ReadOnlyStringProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    /** The latest measurement; null before one, while it runs, or after it did not succeed. */
    public ReadOnlyObjectProperty<OptionCost> costProperty() {
        return measured.valueProperty();
    }

    /** Why there is no measurement (measuring, cancelled, refused); empty with one or before any. */
    public ReadOnlyStringProperty statusProperty() {
        return measured.statusProperty();
    }

    public ReadOnlyBooleanProperty measuringProperty() {
        return measured.busyProperty();
    }

    /** The options and seed the shown measurement was made with. */
    public ReadOnlyStringProperty measuredWithProperty() {
        return measuredWith.getReadOnlyProperty();
    }
}
