package org.unlearn.views.forget;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.KeyValueGrid;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Tips;

/**
 * The forget request: the picked rows (typed or shown), what forgetting them would do, the Forget button,
 * what the last request did, and the check against a retrain from scratch.
 */
final class RequestPanel extends VBox {
    /** The ids field and what is picked: kept above the part that scrolls (see {@link #picking()}). */
    private final VBox picking;

    RequestPanel(ModelChain chain, RowPicks picks, ForgetPlanner planner) {
        super(8);
        getStyleClass().add("request-panel");
        picking = new VBox(8, pickRow(picks, chain), pickLines(picks));
        picking.getStyleClass().add("request-picking");
        picking.setPadding(new Insets(0, 4, 0, 2));
        getChildren()
                .addAll(
                        plan(planner),
                        forgetButton(chain, picks),
                        report(chain),
                        verifyButton(chain),
                        verification(chain));
    }

    /**
     * The ids field and the line saying what is picked, to stand above the panel's scrolling part: in it, the
     * column scrolled to a request's report hid the field (at 1320x860 only a half-cut "No rows picked" showed).
     */
    Node picking() {
        return picking;
    }

    private static Node pickRow(RowPicks model, ModelChain chain) {
        TextField ids = new TextField();
        ids.setId("pick-ids");
        ids.setPromptText("Row ids to forget, e.g. 12, 40-45");
        ids.textProperty().bindBidirectional(model.pickTextProperty());
        ids.setOnAction(e -> model.pickTyped());
        ids.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.clearPicks();
            }
        });
        ids.setTooltip(Tips.teach("Type row ids (the data view's \"row\" column) and press Enter: single ids and"
                + " ranges, separated by commas. Or click points in the picture, draw a lasso or a rectangle around them,"
                + " tick rows in the table, or use a filter, a random draw or the outliers above the table."));
        ids.disableProperty().bind(chain.currentProperty().isNull());
        HBox.setHgrow(ids, Priority.ALWAYS);
        Button pick = new Button("Pick");
        pick.setId("pick-typed");
        pick.setMinWidth(Region.USE_PREF_SIZE);
        pick.setTooltip(new Tooltip("Pick the typed rows (Enter)"));
        pick.disableProperty().bind(chain.currentProperty().isNull());
        pick.setOnAction(e -> model.pickTyped());
        Button clear = new Button("Clear");
        clear.setId("clear-picks");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setTooltip(new Tooltip("Pick no rows (Esc)"));
        clear.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.pickedProperty().get().isEmpty(), model.pickedProperty()));
        clear.setOnAction(e -> model.clearPicks());
        HBox row = new HBox(6, ids, pick, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node pickLines(RowPicks model) {
        Label summary = new Label();
        summary.setId("pick-summary");
        summary.getStyleClass().add("pick-summary");
        summary.textProperty().bind(model.pickSummaryProperty());
        Label message = new Label();
        message.setId("pick-message");
        message.setWrapText(true);
        message.textProperty().bind(model.pickMessageProperty());
        Nodes.showWhen(message, model.pickMessageProperty().isNotEmpty());
        model.pickRefusedProperty()
                .addListener((o, was, now) ->
                        message.getStyleClass().setAll("label", now ? "problem-line" : "section-hint"));
        message.getStyleClass().setAll("label", "section-hint");
        return new VBox(2, summary, message);
    }

    private static Node plan(ForgetPlanner model) {
        Label heading = new Label("What forgetting them would do");
        heading.getStyleClass().add("panel-caption");
        Label headline = new Label();
        headline.setId("plan-headline");
        headline.getStyleClass().add("plan-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(planText(model, PlanSummary::headline, model.planStatusProperty()));
        Label engine = line("plan-engine", planText(model, PlanSummary::engine, null));
        Nodes.showWhen(engine, engine.textProperty().isNotEmpty());
        Label work = line("plan-work", planText(model, PlanSummary::work, null));
        VBox box = new VBox(3, heading, headline, engine, work);
        box.setId("plan");
        box.getStyleClass().add("plan-box");
        model.planProperty().addListener((o, was, now) -> {
            box.getStyleClass().removeAll("plan-certified");
            if (now != null && now.certified()) {
                box.getStyleClass().add("plan-certified");
            }
        });
        Tooltip.install(
                box,
                Tips.teach("Worked out by the model before anything is done. Certified (Q-k-means):"
                        + " the engine has replayed every kept iteration without the rows and no centroid left its grid cell,"
                        + " so forgetting only updates the kept sums. Predicted work is the share of a training from scratch"
                        + " (in point–centroid distances) the request will redo."));
        return box;
    }

    private static StringBinding planText(
            ForgetPlanner model, Function<PlanSummary, String> part, ObservableValue<String> otherwise) {
        return Bindings.createStringBinding(
                () -> {
                    PlanSummary plan = model.planProperty().get();
                    return plan != null ? part.apply(plan) : otherwise == null ? "" : otherwise.getValue();
                },
                model.planProperty(),
                otherwise == null ? model.planProperty() : otherwise);
    }

    private static Node forgetButton(ModelChain model, RowPicks picks) {
        Button forget = new Button();
        forget.setId("forget");
        forget.getStyleClass().add("forget-button");
        forget.setMaxWidth(Double.MAX_VALUE);
        wrapping(forget);
        forget.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.forgettingProperty().get()
                                ? "Forgetting…"
                                : picks.pickedProperty().get().isEmpty()
                                        ? "Forget the picked rows"
                                        : "Forget "
                                                + Figures.rows(picks.pickedProperty()
                                                        .get()
                                                        .size()),
                        model.forgettingProperty(),
                        picks.pickedProperty()));
        forget.setTooltip(new Tooltip("Forget the picked rows from the current model, in the background; the new model"
                + " becomes current (Ctrl+F)"));
        forget.disableProperty().bind(model.forgetExecutableProperty().not());
        forget.setOnAction(e -> model.forget());
        return forget;
    }

    private static Node report(ModelChain model) {
        KeyValueGrid grid = new KeyValueGrid(10, 3);
        grid.setId("report");
        grid.getStyleClass().add("report-grid");
        Label caption = new Label();
        caption.setId("report-headline");
        caption.getStyleClass().add("panel-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(reportText(model, r -> "Last request: " + r.headline()));
        grid.addWide(caption);
        String[][] rows = {
            {"Method", "report-method"}, {"Exact", "report-exact"}, {"Wall time here", "report-time"},
            {"Work redone", "report-work"}, {"Engine", "report-engine"}, {"Quality", "report-loss"},
            {"What moved", "report-centroids"}
        };
        java.util.List<Function<RequestReport, String>> parts = java.util.List.of(
                RequestReport::method,
                RequestReport::exactness,
                RequestReport::wallTime,
                RequestReport::work,
                RequestReport::engine,
                RequestReport::loss,
                RequestReport::centroids);
        String[] help = {
            "How the engine forgot the rows",
            "Exact: the result is the model a retrain from scratch without the rows, with the same seed, gives."
                    + " Check it with the button below.",
            "Wall time of the forget request in this window, measured by the engine. A compliance session runs the"
                    + " request again on its own copy: its log and certificate give the session's run (named on the"
                    + " session bar)",
            "The share of a training from scratch the request redid, in the family's own work units (point–centroid"
                    + " distances, sample-gradient evaluations, multiply-adds)",
            "The engine's own line about the request",
            "The model's quality before → after: k-means loss (mean squared distance to the nearest centroid, lower is"
                    + " better) or, for a family that learns the label, its figure on the held-out rows",
            "k-means: the centroids after the request compared bit for bit with those before (distances in the"
                    + " encoded features' units). Linear models: how far the parameters moved."
        };
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.getStyleClass().add("report-key");
            key.setTooltip(Tips.teach(help[i]));
            Label value = line(rows[i][1], reportText(model, parts.get(i)));
            // A line that would say nothing new (the engine repeating the method) is left out with its name.
            grid.addPair(key, value, value.textProperty().isNotEmpty());
        }
        Nodes.showWhen(grid, model.reportProperty().isNotNull());
        return grid;
    }

    private static StringBinding reportText(ModelChain model, Function<RequestReport, String> part) {
        return Bindings.createStringBinding(
                () -> model.reportProperty().get() == null
                        ? ""
                        : part.apply(model.reportProperty().get()),
                model.reportProperty());
    }

    private static Node verifyButton(ModelChain model) {
        Button verify = new Button("Check against a retrain from scratch");
        verify.setId("verify");
        verify.getStyleClass().add("verify-button");
        verify.setMaxWidth(Double.MAX_VALUE);
        wrapping(verify);
        verify.textProperty()
                .bind(Bindings.when(model.verifyingProperty())
                        .then("Retraining from scratch to compare…")
                        .otherwise("Check against a retrain from scratch"));
        verify.setTooltip(Tips.teach("Trains the same model from scratch on the rows that remain, with the same"
                + " seed, and compares every learned number bit for bit with the model forgetting made. This is the"
                + " promise of exact unlearning, checked (Ctrl+R)."));
        verify.disableProperty().bind(model.verifyExecutableProperty().not());
        verify.setOnAction(e -> model.verify());
        return verify;
    }

    private static Node verification(ModelChain model) {
        Label result = new Label();
        result.setId("verification");
        result.setWrapText(true);
        result.setMaxWidth(Double.MAX_VALUE);
        result.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            Verification v = model.verificationProperty().get();
                            return v == null ? "" : v.mark() + " " + v.text();
                        },
                        model.verificationProperty()));
        model.verificationProperty()
                .addListener((o, was, now) -> result.getStyleClass()
                        .setAll(
                                "label",
                                now == null || now.identical()
                                        ? "verified-same"
                                        : now.agreement().equal() ? "verified-close" : "verified-different"));
        result.getStyleClass().setAll("label", "verified-same");
        Nodes.showWhen(result, model.verificationProperty().isNotNull());
        return result;
    }

    private static Label line(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.getStyleClass().add("report-value");
        return label;
    }

    /**
     * A wide button whose words wrap in a narrow column (presentation mode's larger type, beside the lessons)
     * rather than widening the column's content past its edge.
     */
    private static void wrapping(Button button) {
        button.setWrapText(true);
        button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        button.setMinWidth(120);
        button.setMinHeight(Region.USE_PREF_SIZE);
    }
}
