package org.unlearn.views.audit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.views.common.Section;

/**
 * The Audit view: the session and its log's integrity at a glance, the request history (select one for its
 * figures) with a search by subject reference, Verify forgetting, Export certificate…, and a form for a new
 * erasure request.
 */
public final class AuditView extends VBox {
    /**
     * @param saveAs asks where to save a file, given a suggested name; empty when the user cancels
     */
    public AuditView(AuditViewModel model, Function<String, Optional<Path>> saveAs) {
        this(model, saveAs, () -> {}, () -> {});
    }

    /**
     * @param newSession  File ▸ New session…, offered before a session is open
     * @param openSession File ▸ Open session…
     */
    public AuditView(
            AuditViewModel model, Function<String, Optional<Path>> saveAs, Runnable newSession, Runnable openSession) {
        setId("audit-view");
        getStyleClass().add("audit-view");
        setSpacing(8);
        setPadding(new Insets(12));

        Label title = new Label();
        title.setId("audit-title");
        title.getStyleClass().add("data-title");
        title.textProperty().bind(model.titleProperty());
        // Wraps rather than cut: at 1024x700 the session's title lost its end ("· ever…", everything saved).
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label integrity = new Label();
        integrity.setId("audit-integrity");
        integrity.textProperty().bind(model.integrityProperty());
        integrity
                .styleProperty()
                .bind(Bindings.when(model.logIntactProperty())
                        .then("-fx-text-fill: #2f855a; -fx-font-weight: bold;")
                        .otherwise("-fx-text-fill: #c53030; -fx-font-weight: bold;"));
        Label result = new Label();
        result.setId("audit-result");
        result.setWrapText(true);
        // Its lines are taken from the lists above: a request's confirmation was cut at "never train…" at 1024x700.
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        result.textProperty().bind(model.resultProperty());

        Button verify = new Button("Verify forgetting");
        verify.setId("audit-verify");
        verify.setOnAction(e -> model.verifyForgetting());
        Button certificate = new Button("Export certificate…");
        certificate.setId("audit-certificate");
        certificate.setOnAction(e -> saveAs.apply(
                        model.selectedProperty().get() == null
                                ? "certificate.pdf"
                                : "certificate-"
                                        + model.selectedProperty().get().id() + ".pdf")
                .ifPresent(p -> model.exportCertificate(p, false)));
        Button all = new Button("Export session certificate…");
        all.setId("audit-certificate-all");
        all.setOnAction(e -> saveAs.apply("session-certificate.pdf").ifPresent(p -> model.exportCertificate(p, true)));
        Button rows = new Button("Export remaining rows…");
        rows.setId("audit-export-data");
        rows.setTooltip(new javafx.scene.control.Tooltip(
                "The session's data without the forgotten rows, as CSV, to replace the source file with"));
        rows.setOnAction(e -> saveAs.apply("remaining-rows.csv").ifPresent(model::exportData));
        TextField search = new TextField();
        search.setId("audit-search");
        search.setPromptText("Search by subject reference");
        search.textProperty().bindBidirectional(model.subjectSearchProperty());
        HBox commands = new HBox(8, verify, certificate, all, rows, search);
        HBox.setHgrow(search, Priority.ALWAYS);
        for (Button b : new Button[] {verify, certificate, all, rows}) {
            b.disableProperty().bind(model.openProperty().not().or(model.busyProperty()));
        }

        TableView<AuditViewModel.RequestRow> table = new TableView<>(model.shownRequests());
        table.setId("audit-requests");
        Label empty = new Label();
        empty.setId("audit-requests-empty");
        empty.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> HistoryPlaceholder.text(
                                model.subjectSearchProperty().get()),
                        model.subjectSearchProperty()));
        table.setPlaceholder(empty);
        // Widths share the table in proportion; the time and the last header keep room to be read at 1024x700.
        table.getColumns().add(column("Request", 60, r -> r.id()));
        table.getColumns().add(column("Subject", 150, r -> r.subject()));
        table.getColumns().add(column("Received", 175, r -> r.received()));
        table.getColumns().add(column("Method", 95, r -> r.method()));
        table.getColumns().add(column("Rows", 55, r -> r.rows()));
        table.getColumns().add(column("Status", 120, r -> r.status()));
        table.getColumns().add(column("Equal to a retrain", 140, r -> r.exact()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        TextArea details = new TextArea();
        details.setId("audit-details");
        details.setEditable(false);
        details.setPrefRowCount(10);
        details.setWrapText(true);
        table.setPrefHeight(180);
        table.setMinHeight(90);
        details.setMinHeight(60);
        details.textProperty().bind(model.detailsProperty());
        // The history and the figures share what height there is, so a long history scrolls in its table and
        // the form below stays in view at 1024x700.
        SplitPane lists = new SplitPane(
                new Section("Erasure requests", null, table),
                new Section("Figures of the selected request", null, details));
        lists.setId("audit-lists");
        lists.setOrientation(javafx.geometry.Orientation.VERTICAL);
        lists.setDividerPositions(0.6);
        VBox.setVgrow(lists, Priority.ALWAYS);
        // A damaged session refused while another is open: its rebuild is offered here, the open one kept.
        Button rebuild = new Button("Rebuild its model by retraining");
        rebuild.setId("audit-rebuild");
        rebuild.setOnAction(e -> model.rebuild());
        org.unlearn.views.common.Nodes.showWhen(
                rebuild, model.rebuildableProperty().isNotNull());
        VBox session = new VBox(8, title, integrity, commands, lists, form(model), result, rebuild);
        VBox.setVgrow(session, Priority.ALWAYS);
        Region hint = hint(newSession, openSession, model);
        org.unlearn.views.common.Nodes.showWhen(session, model.openProperty());
        org.unlearn.views.common.Nodes.showWhen(hint, model.openProperty().not());
        getChildren().addAll(hint, session);
    }

    /** Before a session is open: what one is, and how to start or open one. */
    private static Region hint(Runnable newSession, Runnable openSession, AuditViewModel model) {
        Label what = new Label("No session is open");
        what.getStyleClass().add("data-title");
        Label text = new Label("A session is a folder that keeps the evidence a privacy officer needs: its own"
                + " copy of the data (each erasure rewrites it without the rows), the model's recipe, every"
                + " erasure request with what was done and how it compared with a retrain from scratch, and an"
                + " audit log sealed so that an edit, a cut or a reordering shows. Start one from the dataset"
                + " open (and the model trained in Train and forget), or open one made before or with the"
                + " command line (unlearn session create).");
        text.setWrapText(true);
        text.setMaxWidth(720);
        Button create = new Button("New session…");
        create.setId("audit-hint-new");
        create.setOnAction(e -> newSession.run());
        Button open = new Button("Open session…");
        open.setId("audit-hint-open");
        open.setOnAction(e -> openSession.run());
        Label refused = new Label();
        refused.setId("audit-hint-result");
        refused.setWrapText(true);
        refused.setMaxWidth(720);
        refused.textProperty().bind(model.resultProperty());
        Button rebuild = new Button("Rebuild its model by retraining");
        rebuild.setId("audit-hint-rebuild");
        rebuild.setOnAction(e -> model.rebuild());
        org.unlearn.views.common.Nodes.showWhen(
                rebuild, model.rebuildableProperty().isNotNull());
        VBox hint = new VBox(12, what, text, new HBox(8, create, open), refused, rebuild);
        hint.setId("audit-hint");
        hint.setPadding(new Insets(24));
        return hint;
    }

    private static GridPane form(AuditViewModel model) {
        TextField rows = field("audit-rows", "row ids, e.g. 12, 40-45", model.rowsProperty());
        TextField filter =
                field("audit-filter", "or a filter, e.g. Age > 70 and Job == \"fixed\"", model.filterProperty());
        TextField subject = field("audit-subject", "case number, never their data", model.subjectProperty());
        TextField reason = field("audit-reason", "why, e.g. GDPR art. 17", model.reasonProperty());
        ChoiceBox<ErasureRequest.Method> method = new ChoiceBox<>();
        method.setId("audit-method");
        method.getItems().setAll(ErasureRequest.Method.values());
        method.valueProperty().bindBidirectional(model.methodProperty());
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(ErasureRequest.Method m) {
                return m == null
                        ? ""
                        : switch (m) {
                            case EXACT -> "exact";
                            case APPROXIMATE -> "approximate now, consolidated";
                            case QUEUE -> "queue for the next request";
                        };
            }

            @Override
            public ErasureRequest.Method fromString(String s) {
                return ErasureRequest.Method.of(s);
            }
        });
        Button forget = new Button("Forget");
        forget.setId("audit-forget");
        forget.setDefaultButton(false);
        forget.setOnAction(e -> model.forget());
        forget.disableProperty()
                .bind(model.openProperty()
                        .not()
                        .or(model.busyProperty())
                        .or(model.rowsProperty()
                                .isEmpty()
                                .and(model.filterProperty().isEmpty())));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Rows"), rows, new Label("Filter"), filter);
        grid.addRow(1, new Label("Subject"), subject, new Label("Reason"), reason);
        grid.addRow(2, new Label("Method"), method, forget);
        GridPane.setHgrow(filter, Priority.ALWAYS);
        GridPane.setHgrow(reason, Priority.ALWAYS);
        return grid;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static <T> TableColumn<AuditViewModel.RequestRow, T> column(
            String title, double width, Function<AuditViewModel.RequestRow, T> value) {
        TableColumn<AuditViewModel.RequestRow, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width >= 140 ? width - 10 : 50);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
