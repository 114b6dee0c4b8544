package org.unlearn.views.audit;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.unlearn.views.common.Nodes;

/**
 * One line above the forget view: whether its requests are recorded in a compliance session, the optional
 * subject reference and reason they are recorded with, and, with no session open, a button to start one
 * from the dataset and model shown.
 */
public final class SessionBar extends HBox {
    /** @param startSession starts a session from the dataset and model shown (File ▸ New session…) */
    public SessionBar(SessionLink link, Runnable startSession) {
        super(8);
        setId("session-bar");
        getStyleClass().add("session-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(Insets.EMPTY);
        Label line = new Label();
        line.setId("session-bar-line");
        line.textProperty().bind(link.lineProperty());
        line.setMinWidth(120);
        Tooltip whole = new Tooltip(); // the line whole first: beside the title it may be cut
        whole.textProperty()
                .bind(line.textProperty()
                        .concat("\n\nWhile a session is open and this is its data, each forget here is an erasure"
                                + " request in the session, with its audit log (View ▸ Audit). A session keeps its"
                                + " own copy of the data, every request and a tamper-evident log."));
        line.setTooltip(whole);
        TextField subject = field("session-subject", "Subject (optional)", 150);
        subject.textProperty().bindBidirectional(link.subjectProperty());
        subject.setTooltip(new Tooltip("A case or ticket number to find the request by; never the person's data"));
        TextField reason = field("session-reason", "Reason (optional)", 145);
        reason.textProperty().bindBidirectional(link.reasonProperty());
        reason.setTooltip(new Tooltip("Why the rows are erased, e.g. GDPR art. 17"));
        Nodes.showWhen(subject, link.recordingProperty());
        Nodes.showWhen(reason, link.recordingProperty());
        Button start = new Button("Start a session…");
        start.setId("session-start");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(e -> startSession.run());
        start.setTooltip(new Tooltip("Copy this dataset into a session folder with this model, so that what"
                + " is forgotten from now on is recorded"));
        Nodes.showWhen(
                start,
                link.recordingProperty().not().and(link.otherDataProperty().not()));
        Button use = new Button("Use the session's data");
        use.setId("session-use-data");
        use.setMinWidth(Region.USE_PREF_SIZE);
        use.setOnAction(e -> link.useSessionData());
        Nodes.showWhen(use, link.otherDataProperty());
        getChildren().addAll(line, subject, reason, start, use);
    }

    private static TextField field(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(12);
        f.setPrefWidth(width);
        f.setMinWidth(90);
        return f;
    }
}
