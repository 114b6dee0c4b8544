package org.unlearn.views.data;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Section;
import org.unlearn.views.plane.PlaneView;

/**
 * The opened dataset: a header (file, size, dialect), the columns with their roles, the first rows and the
 * encoding on the left; the rows projected to two dimensions and the label's classes on the right.
 */
public final class DataView extends BorderPane {
    /** The data view alone, with no way on to training. */
    public DataView(DataViewModel model) {
        this(model, null);
    }

    /**
     * @param trainModel what the header's "Train a model…" button does (shows the forget view), or null for no button
     */
    public DataView(DataViewModel model, Runnable trainModel) {
        getStyleClass().add("data-view");
        setTop(header(model, trainModel));
        SplitPane left = new SplitPane(columns(model), rowsAndEncoding(model));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.5);
        SplitPane right = new SplitPane(projection(model), classes(model));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.72);
        SplitPane both = new SplitPane(left, right);
        both.setDividerPositions(0.52);
        both.getStyleClass().add("data-split");
        setCenter(both);
    }

    private static Region header(DataViewModel model, Runnable trainModel) {
        Label title = new Label();
        title.setId("data-title");
        title.getStyleClass().add("data-title");
        title.textProperty().bind(model.titleProperty());
        Tooltip path = new Tooltip();
        path.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.dataProperty().get() == null
                                ? ""
                                : model.dataProperty()
                                        .get()
                                        .file()
                                        .toAbsolutePath()
                                        .toString(),
                        model.dataProperty()));
        title.setTooltip(path);
        Label details = new Label();
        details.setId("data-details");
        details.getStyleClass().add("data-details");
        details.textProperty().bind(model.detailsProperty());
        VBox text = new VBox(2, title, details);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox header = new HBox(16, text);
        header.setAlignment(Pos.CENTER_LEFT);
        if (trainModel != null) {
            Button train = new Button("Train a model…");
            train.setId("train-a-model");
            train.getStyleClass().addAll("open-file", "train-model");
            train.setMinWidth(Region.USE_PREF_SIZE);
            train.setTooltip(
                    new Tooltip("Train a k-means model on these rows, then pick rows and forget them (Ctrl+3)"));
            train.disableProperty().bind(model.loadedProperty().not());
            train.setOnAction(e -> trainModel.run());
            header.getChildren().add(train);
        }
        header.setPadding(new Insets(14, 20, 10, 20));
        header.getStyleClass().add("data-header");
        return header;
    }

    private static Region columns(DataViewModel model) {
        return new Section(
                "Columns",
                new ReadOnlyStringWrapper(
                        "Pick a role to change how a column is used; the encoding and the picture follow."),
                new ColumnsTable(model));
    }

    private static Region rowsAndEncoding(DataViewModel model) {
        Tab rows = new Tab();
        rows.textProperty().bind(rowsTabTitle(model));
        rows.setContent(previewWithPager(model));
        ListView<String> steps = new ListView<>(model.encodingSteps());
        steps.setId("encoding-steps");
        steps.getStyleClass().add("encoding-steps");
        steps.setFixedCellSize(26);
        Label summary = new Label();
        summary.textProperty().bind(model.encodingSummaryProperty());
        summary.getStyleClass().add("section-hint");
        VBox encoding = new VBox(6, summary, steps);
        encoding.setPadding(new Insets(8));
        VBox.setVgrow(steps, Priority.ALWAYS);
        Tab encodingTab = new Tab("Encoding steps", encoding);
        encodingTab.setId("encoding-tab");
        TabPane tabs = new TabPane(rows, encodingTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("data-tabs");
        return tabs;
    }

    private static Region previewWithPager(DataViewModel model) {
        ColumnPager pager = model.previewColumns();
        Button earlier = new Button("◀");
        earlier.setId("columns-earlier");
        earlier.setTooltip(new Tooltip("Earlier columns"));
        earlier.disableProperty().bind(pager.earlierProperty().not());
        earlier.setOnAction(e -> pager.showEarlier());
        Button later = new Button("▶");
        later.setId("columns-later");
        later.setTooltip(new Tooltip("Later columns"));
        later.disableProperty().bind(pager.laterProperty().not());
        later.setOnAction(e -> pager.showLater());
        Label text = new Label();
        text.setId("columns-page");
        text.textProperty().bind(pager.textProperty());
        HBox bar = new HBox(6, earlier, text, later);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        Nodes.showWhen(bar, pager.textProperty().isNotEmpty());
        PreviewTable table = new PreviewTable(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(bar, table);
    }

    private static StringBinding rowsTabTitle(DataViewModel model) {
        return Bindings.createStringBinding(
                () -> {
                    Preview p = model.previewProperty().get();
                    if (p == null) {
                        return "Rows";
                    }
                    return p.isPartial()
                            ? "First " + Figures.count(p.rows().size()) + " of " + Figures.count(p.totalRows())
                                    + " rows"
                            : "All " + Figures.count(p.totalRows()) + " rows";
                },
                model.previewProperty());
    }

    private static Region projection(DataViewModel model) {
        Label status = new Label();
        status.setId("scatter-status");
        status.setWrapText(true);
        status.textProperty().bind(model.scatterStatusProperty());
        Button again = new Button("Compute the projection");
        again.setOnAction(e -> model.project());
        Nodes.showWhen(again, model.canProjectProperty());
        PlaneView plane = new PlaneView(model.picture(), status, again);
        plane.setId("scatter");
        return new Section("Rows in two dimensions (PCA of the encoded features)", null, plane);
    }

    private static Region classes(DataViewModel model) {
        return new Section("Classes of the label", model.labelSummaryProperty(), new ClassCountsView(model));
    }
}
