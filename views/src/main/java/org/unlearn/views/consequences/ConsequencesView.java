package org.unlearn.views.consequences;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.unlearn.model.lesson.LessonSetup;
import org.unlearn.views.common.ChartFilePicker;
import org.unlearn.views.common.ChartPane;
import org.unlearn.views.common.Tips;
import org.unlearn.views.learn.ConceptLink;

/**
 * What forgetting cost and changed: the quality after each request and the cost of each, for this model
 * and, after Compare, for the other methods on the same requests. Each chart says what it shows and saves
 * itself as PNG or SVG.
 */
public final class ConsequencesView extends BorderPane {
    static final String DRIFT_HELP = "Each point is a model. The first, at 0, is the training; every forget request"
            + " adds one, at the number of rows forgotten so far, with the model's quality after it. For k-means the"
            + " quality is the loss: the mean squared distance from each row still held to its nearest centroid, so"
            + " lower is better. The solid line is this model as you forgot from it. Compare replays the very same"
            + " requests with the other methods, each from its own training on the same rows and seed: the family"
            + " retrained from scratch after every request (the exact answer) and the other families, each forgetting"
            + " its own way. An exact method lies on its retrain's line; a gap is what a shortcut changed.";
    static final String COST_HELP = "Each point is one forget request: how long it took (wall time on this machine)"
            + " or how much work it did in the family's own machine-independent unit, such as point–centroid"
            + " distances. Retraining from scratch pays for a full training every time; unlearning methods pay"
            + " only for what the forgotten rows touched, so the lines can be orders of magnitude apart, and the axis"
            + " turns logarithmic when they are. Tick 'added up' to see the running total, which is what a stream of"
            + " erasure requests costs in the end.";
    static final String BARS_HELP = "What forgetting changed inside the model, the trained model beside the model now."
            + " For a linear model: the coefficients that moved most since training, by how much (the intercepts"
            + " are left out: they carry each class's base rate); an approximate method moves them toward the exact"
            + " retrain's, and Check against a retrain in the forget view measures how far they still are."
            + " For k-means: how far each centroid moved since training; Q-k-means' certified deletions move none."
            + " For SISA: rows per shard; a request touches only the shards that held its rows.";

    public ConsequencesView(ConsequencesViewModel model, ChartFilePicker picker) {
        getStyleClass().add("consequences-view");
        setId("consequences-view");
        setTop(header(model));
        CurveChartView drift = new CurveChartView(
                "drift",
                model.driftProperty(),
                // Who was left out is said once, in the header above every chart (and in a saved chart's context).
                curves -> CurveCharts.drift(curves, model.metricProperty().get()),
                "Train a model and forget rows: the quality after each request appears here.");
        CurveChartView cost = new CurveChartView(
                "cost",
                model.costProperty(),
                curves -> CurveCharts.cost(
                        curves,
                        model.measureProperty().get(),
                        model.workUnitProperty().get(),
                        model.cumulativeProperty().get()),
                "Forget rows: the time and work of each request appear here.");
        BarChartView bars = new BarChartView(model.barsProperty());
        TabPane tabs = new TabPane(
                tab("Quality drift", drift, DRIFT_HELP, "retraining", picker, "quality-drift", new Region(), model),
                tab(
                        "Retraining cost",
                        cost,
                        COST_HELP,
                        "retraining",
                        picker,
                        "retraining-cost",
                        costControls(model),
                        model),
                tab("Before / after", bars, BARS_HELP, "retraining", picker, "before-after", new Region(), model));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("consequence-tabs");
        followChart(tabs, model);
        setCenter(tabs);
    }

    /** The tab shown is the view-model's chart, both ways: a lesson step chooses it, a click tells it back. */
    private static void followChart(TabPane tabs, ConsequencesViewModel model) {
        List<String> charts = List.copyOf(LessonSetup.CHARTS.keySet());
        Runnable select = () -> {
            int i = charts.indexOf(model.chartProperty().get());
            tabs.getSelectionModel().select(Math.max(0, i));
        };
        model.chartProperty().addListener((o, was, now) -> select.run());
        tabs.getSelectionModel()
                .selectedIndexProperty()
                .addListener((o, was, now) -> model.chartProperty().set(charts.get(now.intValue())));
        select.run();
    }

    private static Region header(ConsequencesViewModel model) {
        Label title = new Label("What forgetting cost and changed");
        title.getStyleClass().add("data-title");
        Label note = new Label();
        note.setId("consequences-note");
        note.getStyleClass().add("data-details");
        note.setWrapText(true);
        note.textProperty().bind(model.noteProperty());
        Button compare = new Button("Compare methods on the same requests");
        compare.setId("compare-methods");
        compare.getStyleClass().add("accent-button");
        compare.disableProperty().bind(model.compareExecutableProperty().not().or(model.cancellingProperty()));
        // While a comparison runs the same button cancels it: a second click never starts a second run.
        compare.textProperty()
                .bind(Bindings.when(model.cancellingProperty())
                        .then("Cancelling…")
                        .otherwise(Bindings.when(model.comparingProperty())
                                .then("Cancel comparing")
                                .otherwise("Compare methods on the same requests")));
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.setOnAction(e -> model.compare());
        compare.setTooltip(Tips.teach("Carries out this model's forget requests again with the other methods, on"
                + " the same rows with the same seed, one method after the other in the background: each line"
                + " appears as its method finishes. This model's own training is reused; a second Compare after"
                + " more requests carries on from where the first stopped."));
        Label leftOut = new Label();
        leftOut.setId("consequences-left-out");
        leftOut.getStyleClass().add("section-hint");
        leftOut.setWrapText(true);
        leftOut.textProperty().bind(model.leftOutProperty());
        leftOut.visibleProperty().bind(model.leftOutProperty().isNotEmpty());
        leftOut.managedProperty().bind(leftOut.visibleProperty());
        HBox line = new HBox(12, note, compare);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(note, Priority.ALWAYS);
        VBox header = new VBox(4, title, line, leftOut);
        header.setPadding(new Insets(12, 20, 10, 20));
        header.getStyleClass().add("data-header");
        return header;
    }

    private static Region costControls(ConsequencesViewModel model) {
        ChoiceBox<CostMeasure> measure = new ChoiceBox<>();
        measure.getItems().setAll(CostMeasure.values());
        measure.valueProperty().bindBidirectional(model.measureProperty());
        measure.setId("cost-measure");
        CheckBox added = new CheckBox("added up");
        added.setId("cost-cumulative");
        added.selectedProperty().bindBidirectional(model.cumulativeProperty());
        HBox controls = new HBox(8, new Label("Show"), measure, added);
        controls.setAlignment(Pos.CENTER_LEFT);
        return controls;
    }

    private static Tab tab(
            String title,
            ChartPane<?> chart,
            String help,
            String conceptId,
            ChartFilePicker picker,
            String fileName,
            Region controls,
            ConsequencesViewModel model) {
        Label saved = new Label();
        Button png = new Button("Save PNG…");
        png.setOnAction(e -> save(chart.chart(), picker, fileName + ".png", saved, model));
        Button svg = new Button("Save SVG…");
        svg.setOnAction(e -> save(chart.chart(), picker, fileName + ".svg", saved, model));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        saved.getStyleClass().add("section-hint");
        HBox bar = new HBox(8, controls, gap, saved, png, svg);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label explanation = new Label(help);
        explanation.setWrapText(true);
        // read whole when opened: the chart, not the explanation, gives up height in a short window
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        TitledPane what =
                new TitledPane("What am I looking at?", new VBox(4, explanation, ConceptLink.more(conceptId)));
        what.setId(fileName + "-what");
        what.setExpanded(false);
        what.getStyleClass().add("what-am-i");
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox content = new VBox(8, bar, chart, what);
        content.setPadding(new Insets(10, 16, 12, 16));
        Tab tab = new Tab(title, content);
        tab.setId(fileName + "-tab");
        return tab;
    }

    private static void save(
            JFreeChart chart, ChartFilePicker picker, String suggested, Label saved, ConsequencesViewModel model) {
        if (chart == null) {
            saved.setText("Nothing to save yet.");
            return;
        }
        picker.pickChartFile(suggested)
                .ifPresent(file -> model.chartSaving().save(chart, file, model.exportContext(), saved::setText));
    }
}
